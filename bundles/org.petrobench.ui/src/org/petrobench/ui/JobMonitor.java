package org.petrobench.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.petrobench.core.Monitor;

/** Adapts an Eclipse job's {@link IProgressMonitor} to the API's {@link Monitor}. */
public final class JobMonitor implements Monitor {

    private final IProgressMonitor progress;

    public JobMonitor(IProgressMonitor progress) {
        this.progress = progress;
    }

    @Override
    public void begin(String task, int totalWork) {
        progress.beginTask(task, totalWork < 0 ? IProgressMonitor.UNKNOWN : totalWork);
    }

    @Override
    public void worked(int units) {
        progress.worked(units);
    }

    @Override
    public void subTask(String name) {
        progress.subTask(name);
    }

    @Override
    public boolean isCanceled() {
        return progress.isCanceled();
    }

    @Override
    public void done() {
        progress.done();
    }
}
