package org.petrobench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.petrobench.ui.preferences.PreferencesDialog;

import jakarta.inject.Named;

/** Window › Preferences. */
public final class PreferencesHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        new PreferencesDialog(shell).open();
    }
}
