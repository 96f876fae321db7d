package org.petrobench.ui.testing;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh top-level window of a fixed size for each UI test, disposed after it; register with
 * {@code @RegisterExtension final TestWindow window = new TestWindow(w, h);}.
 */
public final class TestWindow implements BeforeEachCallback, AfterEachCallback {

    private final int width;
    private final int height;
    private Display display;
    private Shell shell;

    public TestWindow(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        shell.dispose();
    }

    public Display display() {
        return display;
    }

    /** The window; parts are created in it and it is opened by the test. */
    public Shell shell() {
        return shell;
    }

    /** Runs queued UI updates (see {@link UiTestRig#flush}). */
    public void flush() throws InterruptedException {
        UiTestRig.flush(display);
    }

    /** Runs the event loop until {@code job} has ended (see {@link UiTestRig#finish}). */
    public void finish(Job job) throws InterruptedException {
        UiTestRig.finish(display, job);
    }
}
