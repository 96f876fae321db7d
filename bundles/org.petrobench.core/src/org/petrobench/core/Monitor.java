package org.petrobench.core;

/**
 * Progress and cancellation for long work, usable without Eclipse. The UI adapts it to
 * {@code IProgressMonitor}; the batch mode prints progress lines on stderr.
 */
public interface Monitor {

    /** Starts a task of {@code totalWork} units (or -1 when unknown). */
    void begin(String task, int totalWork);

    /** Reports {@code units} more units done. */
    void worked(int units);

    /** Names the current step of the task. */
    default void subTask(String name) {
    }

    /** True once the user asked to stop. Long loops check it between blocks of work. */
    boolean isCanceled();

    /** Marks the task finished. */
    default void done() {
    }

    /** Throws {@link CanceledException} when the user asked to stop. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new CanceledException();
        }
    }

    /** A monitor that reports nothing and is never cancelled. */
    static Monitor silent() {
        return SilentMonitor.INSTANCE;
    }
}
