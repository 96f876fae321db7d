package org.petrobench.plugins.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Help › Plug-ins...: the dialog, then (after a change) the offer to restart. */
public final class PluginsHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, IWorkbench workbench) {
        PluginsDialog dialog = new PluginsDialog(shell);
        dialog.open();
        if (dialog.changed() && MessageDialog.openQuestion(shell, "Plug-ins",
                "Plug-ins take effect after a restart. Restart PetroBench now?")) {
            workbench.restart();
        }
    }
}
