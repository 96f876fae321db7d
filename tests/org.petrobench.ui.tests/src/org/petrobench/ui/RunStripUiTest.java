package org.petrobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;

/** Methods run off the UI thread, can be cancelled, and report failures as one-line dialogs. */
class RunStripUiTest {

    private Display display;
    private Shell shell;
    private RunStrip strip;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        strip = new RunStrip(shell, "Run", () -> {
        });
        shell.setSize(600, 80);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    /** Pumps the event loop until the job ended and its last UI updates ran. */
    private void finish(Job job) throws InterruptedException {
        while (job.getState() != Job.NONE) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // queued asyncExecs
            }
            Thread.sleep(5);
        }
    }

    @Test
    void resultArrivesOnTheUiThreadAndWorkRunsOffIt() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<Object> result = new AtomicReference<>();
        Job job = strip.start("Sum", m -> {
            worker.set(Thread.currentThread());
            return 6 * 7;
        }, r -> {
            assertNotNull(Display.getCurrent(), "result handled on the UI thread");
            result.set(r);
        });
        finish(job);
        assertEquals(42, result.get());
        assertTrue(worker.get() != display.getThread(), "work ran off the UI thread");
        assertTrue(strip.statusText().startsWith("Sum: done"), strip.statusText());
    }

    @Test
    void cancellingARunningJobStopsItAndDropsTheResult() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();
        Job job = strip.start("Endless", m -> {
            m.begin("endless", 1000);
            running.countDown();
            while (true) {
                m.checkCanceled();
                m.worked(1);
                Thread.sleep(2);
            }
        }, result::set);
        assertTrue(running.await(30, TimeUnit.SECONDS));
        strip.cancel();
        finish(job);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals("cancelled", strip.statusText());
        assertEquals(null, result.get());
    }

    @Test
    void aFailureShowsADialogWithTheOneLineMessageOnly() throws Exception {
        ErrorDialogs dialogs = new ErrorDialogs(display);
        try {
            Job job = strip.start("Quantify", m -> {
                throw new DataException("no spot inside the map\n\tat org.example.Engine.run(Engine.java:12)");
            }, r -> {
            });
            finish(job);
            long end = System.currentTimeMillis() + 10_000;
            while (dialogs.seen().isEmpty() && System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            assertEquals(1, dialogs.seen().size());
            assertEquals("Quantify failed", dialogs.seen().get(0).title());
            assertTrue(dialogs.seen().get(0).texts().contains("no spot inside the map"), dialogs.seen().toString());
            assertTrue(dialogs.seen().get(0).texts().stream().noneMatch(t -> t.contains("Engine.java")));
            assertEquals("failed: no spot inside the map", strip.statusText());
        } finally {
            dialogs.stop();
        }
    }
}
