package org.petrobench.ui;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Opens the bundled demo dataset once the workbench is up when {@code ./petrobench} starts the GUI
 * ({@code -Dpetrobench.openDemo=true}) or the preference asks for it.
 */
public final class DemoOnStartupAddon {

    /** System property set by the launcher script. */
    public static final String PROPERTY = "petrobench.openDemo";

    @Inject
    @Optional
    @Service
    List<DatasetOpener> openers;

    @Inject
    OpenDatasets datasets;

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication app) {
        if (!Boolean.getBoolean(PROPERTY) && !PetroBenchPreferences.openDemoOnStartup()) {
            return;
        }
        Shell shell = app.getChildren().isEmpty() ? null : (Shell) app.getChildren().get(0).getWidget();
        OpenDatasetJob.demo(openers == null ? List.of() : openers, datasets, shell).schedule();
    }
}
