package org.petrobench.ui.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.petrobench.core.io.AtomicWrite;

import jakarta.inject.Inject;

/**
 * Self-report of the running workbench, for the integration test and the README screenshots:
 * started with {@code -Dpetrobench.snapshot=<dir>}, it visits every perspective once the
 * workbench is up, saves {@code <perspective id>.png} and a {@code workbench.txt} listing the
 * window, perspectives and rendered parts, then closes the workbench. Inactive otherwise.
 */
public final class SnapshotAddon {

    /** System property naming the output folder. */
    public static final String PROPERTY = "petrobench.snapshot";

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication app,
            EModelService models, IWorkbench workbench) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Display display = Display.getCurrent();
        display.timerExec(1500, () -> {
            try {
                snapshot(Path.of(dir), app, models, display);
            } catch (IOException | RuntimeException e) {
                System.err.println("petrobench snapshot failed: " + e);
            } finally {
                workbench.close();
            }
        });
    }

    private static void snapshot(Path dir, MApplication app, EModelService models, Display display) throws IOException {
        Files.createDirectories(dir);
        awaitIdleJobs(display, 120_000);
        MWindow window = app.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        Shell shell = (Shell) window.getWidget();
        List<String> report = new ArrayList<>();
        report.add("window\t" + shell.getText() + "\tvisible=" + shell.isVisible());
        for (MPerspective p : models.findElements(window, null, MPerspective.class, null)) {
            parts.switchPerspective(p);
            settle(display, 800);
            awaitIdleJobs(display, 60_000);
            List<String> rendered = new ArrayList<>();
            for (MPart part : models.findElements(p, null, MPart.class, null)) {
                if (part.isToBeRendered() && part.getWidget() != null) {
                    rendered.add(part.getLabel());
                }
            }
            report.add("perspective\t" + p.getElementId() + "\t" + p.getLabel() + "\tparts=" + String.join("|", rendered));
            ShellImage.save(shell, dir.resolve(p.getElementId() + ".png"));
        }
        AtomicWrite.text(dir.resolve("workbench.txt"), w -> {
            for (String line : report) {
                w.write(line);
                w.write('\n');
            }
        });
    }

    /** Waits (painting) until background work such as the demo data and the runs it starts has finished. */
    static void awaitIdleJobs(Display display, long maxMillis) {
        long end = System.currentTimeMillis() + maxMillis;
        do {
            settle(display, 300);
        } while (!org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle() && System.currentTimeMillis() < end);
        settle(display, 1000);
    }

    /** Lets the UI lay out and paint for a while. */
    static void settle(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
