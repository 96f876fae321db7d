package org.petrobench.plugins.internal;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.petrobench.core.Monitor;

/**
 * p2 reports to an {@code IProgressMonitor}; this forwards its steps (as sub-tasks) and the
 * user's cancellation to a {@link Monitor}. p2's nested tasks restart their own totals, so their
 * units are not forwarded.
 */
public final class ProgressBridge extends NullProgressMonitor {

    private final Monitor monitor;

    public ProgressBridge(Monitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.isBlank()) {
            monitor.subTask(name);
        }
    }

    @Override
    public boolean isCanceled() {
        return super.isCanceled() || monitor.isCanceled();
    }
}
