package org.petrobench.cli.internal.plugins;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/**
 * An instrument format (map or spot) whose sniff and read run as time-bounded {@link PluginCall}s;
 * the subclass adds the format's own {@code read} signature.
 */
abstract class GuardedFormat<F extends Contribution> {

    final F format;
    final long readSeconds;
    private final PrintStream err;
    final String subject;

    /** @param kind e.g. "map format", for messages */
    GuardedFormat(String kind, F format, long readSeconds, PrintStream err) {
        this.format = format;
        this.readSeconds = readSeconds;
        this.err = err;
        this.subject = PluginCall.describe(kind, format);
    }

    public String id() {
        return format.id();
    }

    public String name() {
        return format.name();
    }

    public String version() {
        return format.version();
    }

    public String reference() {
        return format.reference();
    }

    /** Runs the sniff within {@link FormatGuard#SNIFF_SECONDS}; a failing sniff skips the format with a warning. */
    final boolean guardedSniff(Path folderOrFile, Predicate<Path> sniff) {
        try {
            return PluginCall.run(subject, "sniffing " + folderOrFile, FormatGuard.SNIFF_SECONDS, Monitor.silent(),
                    m -> sniff.test(folderOrFile));
        } catch (InputException | DataException | IOException | RuntimeException e) {
            err.println("warning: " + (e.getMessage() == null ? subject + ": " + e : e.getMessage())
                    + "; the format is skipped for this file");
            return false;
        }
    }

    @Override
    public String toString() {
        return subject;
    }
}
