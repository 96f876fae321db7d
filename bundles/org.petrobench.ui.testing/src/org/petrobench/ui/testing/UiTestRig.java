package org.petrobench.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the perspective UI tests share: the real services from the registry, and driving the SWT
 * event loop until queued updates and background jobs have run. Test support only (in no feature).
 */
public final class UiTestRig {

    private UiTestRig() {
    }

    /** The registered services of a type, waiting up to 10 s until at least {@code atLeast} are there. */
    public static <T> List<T> services(Class<?> testClass, Class<T> type, int atLeast) throws InterruptedException {
        BundleContext ctx = FrameworkUtil.getBundle(testClass).getBundleContext();
        ServiceTracker<T, T> t = new ServiceTracker<>(ctx, type, null);
        t.open();
        long end = System.currentTimeMillis() + 10_000;
        while (t.size() < atLeast && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        return new ArrayList<>(t.getTracked().values());
    }

    /** Runs queued UI updates (asyncExecs, paints) for a short while. */
    public static void flush(Display display) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // queued updates
            }
            Thread.sleep(5);
        }
    }

    /** Keeps the event loop running until {@code job} has ended, then flushes its UI updates. */
    public static void finish(Display display, Job job) throws InterruptedException {
        while (job.getState() != Job.NONE) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        flush(display);
    }
}
