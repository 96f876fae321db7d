package org.petrobench.example.broken;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/** A reader with a bug: sniff and read throw unchecked exceptions on every file. */
@Component(service = MapFormat.class)
public final class ThrowingMapFormat implements MapFormat {

    @Override
    public String id() {
        return "broken-throws";
    }

    @Override
    public String name() {
        return "Format whose reader throws (isolation test)";
    }

    @Override
    public String reference() {
        return "docs/plugin-guide.md, isolation";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("any");
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        throw new IllegalStateException("deliberately broken sniff");
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor) {
        throw new IllegalStateException("deliberately broken reader");
    }
}
