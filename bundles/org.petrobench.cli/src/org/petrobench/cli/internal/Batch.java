package org.petrobench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.petrobench.core.CanceledException;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;

/**
 * The batch mode without OSGi plumbing: picks the command, runs it and turns every failure into
 * CLI.md's exit codes and a one-line message on stderr (a stack trace only with {@code --debug}).
 */
public final class Batch {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;

    private final ServiceLookup services;
    private final PrintStream out;
    private final PrintStream err;
    private final String version;

    public Batch(ServiceLookup services, PrintStream out, PrintStream err, String version) {
        this.services = services;
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /** Runs {@code ./petrobench <args>} and returns the exit code. */
    public int run(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        boolean debug = rest.remove("--debug");
        BatchContext context = new BatchContext(services, out, err, version, debug);
        String name = rest.isEmpty() ? "help" : rest.remove(0);
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        }
        Optional<BatchCommand> command = find(context, name);
        if (command.isEmpty()) {
            err.println("petrobench: unknown command '" + name + "' (try ./petrobench help)");
            return BAD_USAGE;
        }
        try {
            return command.get().run(new CommandLine(name, rest), context);
        } catch (UsageException e) {
            err.println("petrobench " + name + ": " + e.getMessage());
            return BAD_USAGE;
        } catch (InputException e) {
            err.println("petrobench " + name + ": " + e.getMessage());
            trace(debug, e);
            return BAD_USAGE;
        } catch (DataException e) {
            err.println("petrobench " + name + ": " + e.getMessage());
            trace(debug, e);
            return FAILED;
        } catch (java.nio.file.FileSystemException e) {
            // an output or input path the system refuses (permissions, missing folder, read-only file system)
            err.println("petrobench " + name + ": " + e.getFile() + ": cannot be written or read (" + reason(e) + ")");
            trace(debug, e);
            return BAD_USAGE;
        } catch (CanceledException e) {
            err.println("petrobench " + name + ": cancelled");
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println("petrobench " + name + ": not enough memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB heap); give Java more with PETROBENCH_JAVA_OPTS=-Xmx8g");
            return FAILED;
        } catch (Exception | LinkageError e) {
            err.println("petrobench " + name + ": internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            trace(debug, e);
            return FAILED;
        }
    }

    /** The file system's reason in words; the JDK leaves it null for the common cases. */
    static String reason(java.nio.file.FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        return e.getClass().getSimpleName();
    }

    private void trace(boolean debug, Throwable e) {
        if (debug) {
            e.printStackTrace(err);
        }
    }

    static Optional<BatchCommand> find(BatchContext context, String name) {
        return context.services(BatchCommand.class).stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
