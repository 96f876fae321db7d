package org.petrobench.cli.internal.plugins;

import java.io.PrintStream;
import java.util.List;

import org.petrobench.cli.internal.ServiceLookup;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.SpotFormat;

/**
 * The service lookup of the batch mode with every instrument format wrapped in a guard: a
 * plug-in's reader that throws, hangs or ignores cancellation then fails its own command with a
 * message naming the plug-in, and a sniff that misbehaves only drops that format from detection.
 * Limits: {@code -Dpetrobench.pluginTimeoutSeconds} for a read (default
 * {@value #DEFAULT_READ_SECONDS} s, generous for the largest maps), {@value #SNIFF_SECONDS} s for a
 * sniff, which reads only names and first bytes.
 */
public final class FormatGuard implements ServiceLookup {

    static final long DEFAULT_READ_SECONDS = 1800;
    static final long SNIFF_SECONDS = 10;

    private final ServiceLookup services;
    private final PrintStream err;
    private final long readSeconds;

    private FormatGuard(ServiceLookup services, PrintStream err, long readSeconds) {
        this.services = services;
        this.err = err;
        this.readSeconds = readSeconds;
    }

    /** Wraps {@code services}; warnings about misbehaving sniffs go to {@code err}. */
    public static ServiceLookup around(ServiceLookup services, PrintStream err) {
        return new FormatGuard(services, err, Long.getLong("petrobench.pluginTimeoutSeconds", DEFAULT_READ_SECONDS));
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> List<T> all(Class<T> type) {
        List<T> found = services.all(type);
        if (type == MapFormat.class) {
            return (List<T>) found.stream().map(f -> (MapFormat) new GuardedMapFormat((MapFormat) f, readSeconds, err)).toList();
        }
        if (type == SpotFormat.class) {
            return (List<T>) found.stream().map(f -> (SpotFormat) new GuardedSpotFormat((SpotFormat) f, readSeconds, err)).toList();
        }
        return found;
    }
}
