package org.petrobench.cli.internal.plugins;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.format.SpotFormat;

/** A {@link SpotFormat} whose sniff and read run as time-bounded {@link PluginCall}s. */
final class GuardedSpotFormat extends GuardedFormat<SpotFormat> implements SpotFormat {

    GuardedSpotFormat(SpotFormat format, long readSeconds, PrintStream err) {
        super("spot format", format, readSeconds, err);
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
    public SpotSet read(Path folderOrFile, Monitor monitor) throws InputException, DataException, IOException {
        return PluginCall.run(subject, "reading " + folderOrFile, readSeconds, monitor, m -> format.read(folderOrFile, m));
    }
}
