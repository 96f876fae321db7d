package org.petrobench.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasetJob;
import org.petrobench.ui.OpenDatasets;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** File › Open Folder...: a JEOL map folder (.map/N) or spot folder (.qnt), or a generic layout. */
public final class OpenFolderHandler {

    @Inject
    @Optional
    @Service
    List<DatasetOpener> openers;

    @Execute
    public void execute(@Named("activeShell") Shell shell, OpenDatasets datasets) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open a map or spot folder");
        String chosen = dialog.open();
        if (chosen != null) {
            OpenDatasetJob.open(Path.of(chosen), openers == null ? List.of() : openers, datasets, shell).schedule();
        }
    }
}
