package org.petrobench.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasetJob;
import org.petrobench.ui.OpenDatasets;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** File › Open File...: a profile CSV, a composition table, or any file of a map/spot folder. */
public final class OpenFileHandler {

    @Inject
    @Optional
    @Service
    List<DatasetOpener> openers;

    @Execute
    public void execute(@Named("activeShell") Shell shell, OpenDatasets datasets) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open a dataset (profile or composition CSV, or a file in a map/spot folder)");
        dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.cnd;*.qnt;*.map", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            OpenDatasetJob.open(Path.of(chosen), openers == null ? List.of() : openers, datasets, shell).schedule();
        }
    }
}
