package org.petrobench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.petrobench.ui.InstalledPlugins;
import org.petrobench.ui.about.AboutDialog;

import jakarta.inject.Named;

/** Help › About PetroBench. */
public final class AboutHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        new AboutDialog(shell, InstalledPlugins.ofRunningFramework()).open();
    }
}
