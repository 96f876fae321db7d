package org.petrobench.cli.internal;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.petrobench.core.Contribution;
import org.petrobench.core.Monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** What a running command may use: services, output streams, progress, JSON, the version. */
public final class BatchContext {

    private final ServiceLookup services;
    private final PrintStream out;
    private final PrintStream err;
    private final String version;
    private final boolean debug;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BatchContext(ServiceLookup services, PrintStream out, PrintStream err, String version, boolean debug) {
        this.services = services;
        this.out = out;
        this.err = err;
        this.version = version;
        this.debug = debug;
    }

    /** Every service of a type; contributions sorted by id so listings are stable. */
    public <T> List<T> services(Class<T> type) {
        List<T> all = services.all(type);
        if (Contribution.class.isAssignableFrom(type)) {
            return all.stream().sorted(Comparator.comparing(s -> ((Contribution) s).id())).toList();
        }
        return all;
    }

    /** The service of a type with an id; an unknown id is a usage error that lists the installed ids. */
    public <T extends Contribution> T service(Class<T> type, String id, String option) throws UsageException {
        List<T> all = services(type);
        for (T s : all) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new UsageException(option + ": no " + type.getSimpleName() + " with id '" + id + "' is installed (installed: "
                + all.stream().map(Contribution::id).collect(Collectors.joining(", ")) + ")");
    }

    /** Standard output: data only (tables, results). */
    public PrintStream out() {
        return out;
    }

    /** Standard error: messages and progress. */
    public PrintStream err() {
        return err;
    }

    /** Progress of long work on stderr: a bar on a terminal, percentage lines otherwise. */
    public Monitor monitor() {
        return new TerminalMonitor(err, System.console() != null);
    }

    public ObjectMapper json() {
        return json;
    }

    /** The PetroBench version (the version of this bundle). */
    public String version() {
        return version;
    }

    public boolean debug() {
        return debug;
    }

    /** Prints a warning line on stderr. */
    public void warn(String message) {
        err.println("warning: " + message);
    }
}
