package org.petrobench.plugins.ui;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.petrobench.core.Monitor;
import org.petrobench.plugins.PluginFeature;
import org.petrobench.plugins.PluginInstallation;
import org.petrobench.plugins.UpdateSite;
import org.petrobench.ui.JobMonitor;

/**
 * Help › Plug-ins...: type or browse an update site, list its features, install the checked ones;
 * uninstall installed plug-ins. The same p2 installation as {@code ./petrobench plugins}
 * (docs/plugin-guide.md); changes take effect after a restart.
 */
final class PluginsDialog extends Dialog {

    private Text site;
    private Table available;
    private Table installed;
    private Label status;
    private URI shownSite;
    private boolean changed;

    PluginsDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** True when a plug-in was installed or uninstalled (a restart is due). */
    boolean changed() {
        return changed;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Plug-ins");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);

        Label l = new Label(area, SWT.NONE);
        l.setText("Update site (folder, .zip or URL):");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(l);
        site = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(site);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String folder = new DirectoryDialog(getShell()).open();
            if (folder != null) {
                site.setText(folder);
                showSite();
            }
        });
        Button show = new Button(area, SWT.PUSH);
        show.setText("Show features");
        show.addListener(SWT.Selection, e -> showSite());
        site.addListener(SWT.DefaultSelection, e -> showSite());

        available = table(area, "Feature", "Version", "Name");
        Button install = new Button(area, SWT.PUSH);
        install.setText("Install checked");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(install);
        install.addListener(SWT.Selection, e -> install());

        Label i = new Label(area, SWT.NONE);
        i.setText("Installed plug-ins:");
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(i);
        installed = table(area, "Feature", "Version", "From");
        Button uninstall = new Button(area, SWT.PUSH);
        uninstall.setText("Uninstall checked");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(uninstall);
        uninstall.addListener(SWT.Selection, e -> uninstall());

        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);
        refreshInstalled();
        return area;
    }

    private static Table table(Composite parent, String... columns) {
        Table t = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        for (String c : columns) {
            TableColumn col = new TableColumn(t, SWT.LEFT);
            col.setText(c);
            col.setWidth(c.equals("Version") ? 150 : 260);
        }
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 110).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Work on the p2 installation, with a cancellable progress dialog. */
    @FunctionalInterface
    private interface Step<T> {
        T run(PluginInstallation installation, Monitor monitor) throws Exception;
    }

    private <T> T run(String task, Step<T> step) {
        List<T> result = new ArrayList<>(1);
        try {
            new ProgressMonitorDialog(getShell()).run(true, true, pm -> {
                Monitor monitor = new JobMonitor(pm);
                monitor.begin(task, -1);
                try (PluginInstallation p = PluginInstallation.running()) {
                    result.add(step.run(p, monitor));
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(getShell(), "Plug-ins", c.getMessage() == null ? c.toString() : c.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return result.isEmpty() ? null : result.get(0);
    }

    private void showSite() {
        URI uri;
        try {
            uri = UpdateSite.parse(site.getText());
        } catch (Exception e) {
            MessageDialog.openError(getShell(), "Plug-ins", e.getMessage());
            return;
        }
        List<PluginFeature> features = run("Reading " + uri, (p, m) -> p.available(uri, m));
        available.removeAll();
        if (features == null) {
            return;
        }
        shownSite = uri;
        for (PluginFeature f : features) {
            new TableItem(available, SWT.NONE).setText(new String[] { f.id(), f.version(), f.name() });
        }
        status.setText(features.size() + " feature(s) on " + uri);
    }

    private void install() {
        List<String> ids = checked(available);
        if (shownSite == null || ids.isEmpty()) {
            status.setText("Show an update site's features and check the ones to install.");
            return;
        }
        URI uri = shownSite;
        List<PluginFeature> done = run("Installing", (p, m) -> p.install(uri, ids, m));
        if (done != null) {
            changed = true;
            status.setText("Installed " + String.join(", ", done.stream().map(PluginFeature::id).toList())
                    + "; restart PetroBench to use them.");
            refreshInstalled();
        }
    }

    private void uninstall() {
        List<String> ids = checked(installed);
        if (ids.isEmpty()) {
            status.setText("Check the installed plug-ins to remove.");
            return;
        }
        List<PluginFeature> done = run("Uninstalling", (p, m) -> p.uninstall(ids, m));
        if (done != null) {
            changed = true;
            status.setText("Uninstalled " + String.join(", ", done.stream().map(PluginFeature::id).toList())
                    + "; they are gone after a restart.");
            refreshInstalled();
        }
    }

    private void refreshInstalled() {
        List<PluginFeature> features = run("Reading installed plug-ins", (p, m) -> p.installed());
        installed.removeAll();
        if (features != null) {
            for (PluginFeature f : features) {
                new TableItem(installed, SWT.NONE).setText(new String[] { f.id(), f.version(), f.repository() });
            }
        }
    }

    private static List<String> checked(Table t) {
        List<String> ids = new ArrayList<>();
        for (TableItem item : t.getItems()) {
            if (item.getChecked()) {
                ids.add(item.getText(0));
            }
        }
        return ids;
    }
}
