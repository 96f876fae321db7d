package org.petrobench.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.petrobench.core.CanceledException;
import org.petrobench.core.Monitor;

/**
 * A part's "Run" row: runs a method as an Eclipse {@link Job} off the UI thread, shows its
 * progress, lets the user cancel it, hands the result to the part on the UI thread, and shows a
 * failure as a dialog with its one-line message.
 */
public final class RunStrip extends Composite {

    /** The work of one run, off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Monitor monitor) throws Exception;
    }

    private static final String PLUGIN = "org.petrobench.ui";

    private final Button run;
    private final ProgressBar bar;
    private final Button cancel;
    private final Label status;
    private volatile Job job;

    /** @param onRun what the Run button does (usually collects settings and calls {@link #start}) */
    public RunStrip(Composite parent, String runLabel, Runnable onRun) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(4, false));
        run = new Button(this, SWT.PUSH);
        run.setText(runLabel);
        run.addListener(SWT.Selection, e -> onRun.run());
        bar = new ProgressBar(this, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> cancel());
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("ready");
    }

    /**
     * Starts {@code work} as a job named {@code name}; {@code onResult} receives its value on the
     * UI thread unless the run was cancelled or failed. Returns the scheduled job.
     */
    public <T> Job start(String name, Work<T> work, Consumer<T> onResult) {
        checkWidget();
        if (job != null) {
            job.cancel();
        }
        Display display = getDisplay();
        long started = System.nanoTime();
        Job j = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor progress) {
                IProgressMonitor shown = new Shown(progress == null ? new NullProgressMonitor() : progress, display);
                try {
                    T result = work.run(new JobMonitor(shown));
                    if (shown.isCanceled()) {
                        finish(this, "cancelled");
                        return Status.CANCEL_STATUS;
                    }
                    display.asyncExec(() -> {
                        if (!isDisposed() && job == this) {
                            onResult.accept(result);
                        }
                    });
                    finish(this, String.format(java.util.Locale.ROOT, "%s: done in %.1f s", name,
                            (System.nanoTime() - started) / 1e9));
                    return Status.OK_STATUS;
                } catch (CanceledException | OperationCanceledException c) {
                    finish(this, "cancelled");
                    return Status.CANCEL_STATUS;
                } catch (Exception | LinkageError failure) {
                    String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                            : UserMessages.firstLine(failure.getMessage());
                    finish(this, "failed: " + message);
                    UserMessages.error(display.isDisposed() ? null : getShellSafely(), name + " failed", message);
                    return new Status(IStatus.ERROR, PLUGIN, name + " failed: " + message, failure);
                }
            }
        };
        j.setUser(true);
        job = j;
        bar.setSelection(0);
        status.setText(name + " ...");
        run.setEnabled(false);
        cancel.setEnabled(true);
        j.schedule();
        return j;
    }

    private org.eclipse.swt.widgets.Shell getShellSafely() {
        org.eclipse.swt.widgets.Shell[] s = new org.eclipse.swt.widgets.Shell[1];
        if (!isDisposed()) {
            getDisplay().syncExec(() -> s[0] = isDisposed() ? null : getShell());
        }
        return s[0];
    }

    private void finish(Job which, String text) {
        if (isDisposed()) {
            return;
        }
        getDisplay().asyncExec(() -> {
            if (isDisposed() || job != which) {
                return;
            }
            status.setText(text);
            run.setEnabled(true);
            cancel.setEnabled(false);
            bar.setSelection(text.startsWith("cancelled") || text.startsWith("failed") ? 0 : bar.getMaximum());
        });
    }

    /** Asks the running job to stop. */
    public void cancel() {
        Job j = job;
        if (j != null) {
            j.cancel();
            status.setText("cancelling ...");
        }
    }

    /** The job of the latest run (null before the first). */
    public Job job() {
        return job;
    }

    /** What the status label says ("ready", "... done in 0.3 s", "cancelled", "failed: ..."). */
    public String statusText() {
        return status.getText();
    }

    /** Lets the Run button be pressed (or not), e.g. until data are open. */
    public void setRunnable(boolean runnable) {
        run.setEnabled(runnable && (job == null || job.getState() == Job.NONE));
    }

    /** Forwards progress to the bar, at most a few times a second. */
    private final class Shown extends ProgressMonitorWrapper {
        private final Display display;
        private double total = IProgressMonitor.UNKNOWN;
        private double done;
        private long lastShown;

        Shown(IProgressMonitor inner, Display display) {
            super(inner);
            this.display = display;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            total = totalWork;
            done = 0;
        }

        @Override
        public void worked(int work) {
            super.worked(work);
            done += work;
            long now = System.nanoTime();
            if (total > 0 && now - lastShown > 100_000_000L) {
                lastShown = now;
                int value = (int) Math.min(1000, done / total * 1000);
                display.asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        bar.setSelection(value);
                    }
                });
            }
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(name);
                }
            });
        }
    }
}
