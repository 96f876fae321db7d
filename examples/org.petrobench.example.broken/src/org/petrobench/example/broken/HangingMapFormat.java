package org.petrobench.example.broken;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/**
 * A reader that never returns and ignores both the monitor and interrupts, like one stuck on a
 * network file: PetroBench must give up on it after its time limit.
 */
@Component(service = MapFormat.class)
public final class HangingMapFormat implements MapFormat {

    @Override
    public String id() {
        return "broken-hangs";
    }

    @Override
    public String name() {
        return "Format whose reader hangs (isolation test)";
    }

    @Override
    public String reference() {
        return "docs/plugin-guide.md, isolation";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("none (never sniffed)");
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        return false;
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor) {
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ignored) {
                // deliberately deaf to interruption
            }
        }
    }
}
