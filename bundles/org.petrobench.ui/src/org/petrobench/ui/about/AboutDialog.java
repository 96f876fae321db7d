package org.petrobench.ui.about;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.petrobench.ui.InstalledPlugins;

/** Help › About: the PetroBench version and every installed PetroBench plug-in with its version. */
public final class AboutDialog extends Dialog {

    private final InstalledPlugins installed;
    private Table table;

    public AboutDialog(Shell parent, InstalledPlugins installed) {
        super(parent);
        this.installed = installed;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About PetroBench");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label l = new Label(area, SWT.WRAP);
        l.setText("PetroBench - EPMA quantitative mapping, P-T paths from zoned minerals and mass transfer (isocon).\n"
                + "Open source (EPL-2.0). Installed plug-ins:");
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 300;
        gd.widthHint = 720;
        table.setLayoutData(gd);
        for (String c : new String[] { "plug-in", "name", "version", "state" }) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c);
            col.setWidth(c.equals("name") ? 300 : 170);
        }
        for (InstalledPlugins.Plugin p : installed.plugins()) {
            new TableItem(table, SWT.NONE).setText(new String[] { p.symbolicName(), p.name(), p.version(), p.state() });
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The plug-in table (for tests). */
    public Table table() {
        return table;
    }
}
