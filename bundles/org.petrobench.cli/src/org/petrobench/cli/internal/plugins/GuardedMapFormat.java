package org.petrobench.cli.internal.plugins;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/** A {@link MapFormat} whose sniff and read run as time-bounded {@link PluginCall}s. */
final class GuardedMapFormat extends GuardedFormat<MapFormat> implements MapFormat {

    GuardedMapFormat(MapFormat format, long readSeconds, PrintStream err) {
        super("map format", format, readSeconds, err);
    }

    @Override
    public List<String> filePatterns() {
        return format.filePatterns();
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        return guardedSniff(folderOrFile, format::sniff);
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        return PluginCall.run(subject, "reading " + folderOrFile, readSeconds, monitor, m -> format.read(folderOrFile, options, m));
    }
}
