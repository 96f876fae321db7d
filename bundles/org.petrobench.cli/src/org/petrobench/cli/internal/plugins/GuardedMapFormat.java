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
final class GuardedMapFormat implements MapFormat {

    private final MapFormat format;
    private final long readSeconds;
    private final PrintStream err;
    private final String subject;

    GuardedMapFormat(MapFormat format, long readSeconds, PrintStream err) {
        this.format = format;
        this.readSeconds = readSeconds;
        this.err = err;
        this.subject = PluginCall.describe("map format", format);
    }

    @Override
    public String id() {
        return format.id();
    }

    @Override
    public String name() {
        return format.name();
    }

    @Override
    public String version() {
        return format.version();
    }

    @Override
    public String reference() {
        return format.reference();
    }

    @Override
    public List<String> filePatterns() {
        return format.filePatterns();
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        try {
            return PluginCall.run(subject, "sniffing " + folderOrFile, FormatGuard.SNIFF_SECONDS, Monitor.silent(),
                    m -> format.sniff(folderOrFile));
        } catch (InputException | DataException | IOException | RuntimeException e) {
            err.println("warning: " + (e.getMessage() == null ? subject + ": " + e : e.getMessage())
                    + "; the format is skipped for this file");
            return false;
        }
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        return PluginCall.run(subject, "reading " + folderOrFile, readSeconds, monitor, m -> format.read(folderOrFile, options, m));
    }

    @Override
    public String toString() {
        return subject;
    }
}
