package org.petrobench.ui.preferences;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.osgi.service.prefs.BackingStoreException;
import org.petrobench.ui.PetroBenchPreferences;
import org.petrobench.ui.UserMessages;

/** Window › Preferences: computation threads, default colour map, demo data at start-up. */
public final class PreferencesDialog extends Dialog {

    private Spinner threads;
    private Combo colourMap;
    private Button demo;

    public PreferencesDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("PetroBench Preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Computation threads (0 = all cores):");
        threads = new Spinner(area, SWT.BORDER);
        threads.setValues(PetroBenchPreferences.threads(), 0, 256, 0, 1, 4);
        new Label(area, SWT.NONE).setText("Colour map of map viewers:");
        colourMap = new Combo(area, SWT.READ_ONLY);
        colourMap.setItems(PetroBenchPreferences.COLOUR_MAPS);
        colourMap.setText(PetroBenchPreferences.colourMap());
        demo = new Button(area, SWT.CHECK);
        demo.setText("Open the demo dataset at start-up");
        demo.setSelection(PetroBenchPreferences.openDemoOnStartup());
        return area;
    }

    @Override
    protected void okPressed() {
        try {
            PetroBenchPreferences.store(threads.getSelection(), colourMap.getText(), demo.getSelection());
        } catch (BackingStoreException e) {
            UserMessages.error(getShell(), "Preferences not saved", e);
        }
        super.okPressed();
    }
}
