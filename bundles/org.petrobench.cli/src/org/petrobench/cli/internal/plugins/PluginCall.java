package org.petrobench.cli.internal.plugins;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.petrobench.core.CanceledException;
import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/**
 * One call into a contributed service, run on its own daemon thread so that a plug-in that throws
 * or hangs cannot take the caller down: the call gets a {@link Monitor} that reports cancelled
 * when the caller cancels or the time limit passes; a call still running
 * {@value #GRACE_SECONDS} s after that is abandoned. Failures become a {@link DataException} naming
 * the service and its plug-in (bundle and version); the documented exceptions of the call
 * ({@link InputException}, {@link DataException}, {@link IOException}, {@link CanceledException})
 * pass unchanged.
 */
final class PluginCall {

    /** How long a cancelled call may take to notice it before it is abandoned. */
    static final long GRACE_SECONDS = 5;

    /** The work, given the monitor to poll. */
    @FunctionalInterface
    interface Work<T> {
        T run(Monitor monitor) throws Exception;
    }

    private PluginCall() {
    }

    /**
     * Runs {@code work} with at most {@code limitSeconds} of wall time.
     *
     * @param subject the service, e.g. "map format 'x' of plug-in org.lab.bundle 1.0.0" ({@link #describe})
     * @param what    e.g. "reading /data/maps" (for messages)
     */
    static <T> T run(String subject, String what, long limitSeconds, Monitor caller, Work<T> work)
            throws InputException, DataException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        DeadlineMonitor monitor = new DeadlineMonitor(caller, deadline);
        Callable<T> task = () -> work.run(monitor);
        FutureTask<T> future = new FutureTask<>(task);
        Thread worker = new Thread(future, "plug-in call: " + subject);
        worker.setDaemon(true);
        worker.start();
        try {
            return await(future, monitor, deadline);
        } catch (TimeoutException e) {
            worker.interrupt();
            if (caller.isCanceled()) {
                throw new CanceledException();
            }
            throw new DataException(subject + " did not finish " + what + " within " + limitSeconds
                    + " s and was stopped (set -Dpetrobench.pluginTimeoutSeconds=<s> in PETROBENCH_JAVA_OPTS for more time)");
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new CanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException i) {
                throw i;
            }
            if (cause instanceof DataException d) {
                throw d;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof CanceledException c) {
                if (monitor.expired() && !caller.isCanceled()) {
                    throw new DataException(subject + " did not finish " + what + " within " + limitSeconds
                            + " s and was stopped");
                }
                throw c;
            }
            throw new DataException(subject + " failed " + what + ": " + cause);
        }
    }

    /** Waits for the result; past the deadline (or on cancel) allows the grace period, then gives up. */
    private static <T> T await(FutureTask<T> future, DeadlineMonitor monitor, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || monitor.callerCanceled()) {
                return future.get(GRACE_SECONDS, TimeUnit.SECONDS);
            }
            try {
                return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                // poll the caller's cancellation at least five times a second
            }
        }
    }

    /** "map format 'x' of plug-in org.lab.bundle 1.0.0" */
    static String describe(String kind, Contribution service) {
        String id;
        try {
            id = service.id();
        } catch (RuntimeException e) {
            id = service.getClass().getName();
        }
        return kind + " '" + id + "' of plug-in " + owner(service);
    }

    /** The bundle (symbolic name and version) a service class comes from. */
    static String owner(Object service) {
        Bundle b = FrameworkUtil.getBundle(service.getClass());
        return b == null ? service.getClass().getName() : b.getSymbolicName() + " " + b.getVersion();
    }

    /** The caller's monitor, which also reports cancelled once the deadline has passed. */
    private static final class DeadlineMonitor implements Monitor {

        private final Monitor caller;
        private final long deadline;

        DeadlineMonitor(Monitor caller, long deadline) {
            this.caller = caller;
            this.deadline = deadline;
        }

        boolean expired() {
            return System.nanoTime() - deadline >= 0;
        }

        boolean callerCanceled() {
            return caller.isCanceled();
        }

        @Override
        public void begin(String task, int totalWork) {
            caller.begin(task, totalWork);
        }

        @Override
        public void worked(int units) {
            caller.worked(units);
        }

        @Override
        public void subTask(String name) {
            caller.subTask(name);
        }

        @Override
        public boolean isCanceled() {
            return caller.isCanceled() || expired();
        }

        @Override
        public void done() {
            caller.done();
        }
    }
}
