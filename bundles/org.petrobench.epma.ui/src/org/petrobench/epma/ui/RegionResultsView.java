package org.petrobench.epma.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.petrobench.core.io.Numbers;
import org.petrobench.epma.BulkComposition;
import org.petrobench.epma.PhaseDensities;
import org.petrobench.epma.Transect;
import org.petrobench.epma.io.BulkCsv;
import org.petrobench.ui.UserMessages;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ChartCanvas;
import org.petrobench.ui.plot.ExportMenu;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The results of shapes drawn on the map: a "Bulk" tab (the phase densities, editable; oxide
 * wt% ± 1σ and density of the last region, Export CSV) and a "Profile" tab (plot and table of the last transect, Send to P-T).
 */
final class RegionResultsView {

    private final TabFolder tabs;
    private final TabItem bulkTab;
    private final TabItem profileTab;
    private final Label bulkTitle;
    private final Table bulkTable;
    private final Button exportBulk;
    private final Composite densityBox;
    /** ρ_k per phase (g/cm³), editable; in phase order. */
    private final Map<String, Text> densityFields = new LinkedHashMap<>();
    private final ChartCanvas profileChart;
    private final Table profileTable;
    private final Label profileTitle;
    private final Button sendToPt;
    private BulkComposition bulk;

    /** @param send called with the last transect when the user presses "Send to P-T" */
    RegionResultsView(Composite parent, Runnable send) {
        tabs = new TabFolder(parent, SWT.TOP);
        bulkTab = new TabItem(tabs, SWT.NONE);
        bulkTab.setText("Bulk composition");
        Composite b = new Composite(tabs, SWT.NONE);
        b.setLayout(new GridLayout(2, false));
        bulkTitle = new Label(b, SWT.NONE);
        bulkTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bulkTitle.setText("draw a rectangle or polygon on the quantified map");
        exportBulk = new Button(b, SWT.PUSH);
        exportBulk.setText("Export CSV...");
        exportBulk.setEnabled(false);
        exportBulk.addListener(SWT.Selection, e -> exportBulk());
        densityBox = new Composite(b, SWT.NONE);
        densityBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        densityBox.setLayout(new GridLayout(1, false));
        new Label(densityBox, SWT.NONE).setText("phase densities appear after quantification");
        bulkTable = table(b, "Oxide", "wt%", "\u00b11\u03c3 wt%");
        bulkTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        ExportMenu.attach(bulkTable, () -> "bulk composition");
        bulkTab.setControl(b);

        profileTab = new TabItem(tabs, SWT.NONE);
        profileTab.setText("Zoning profile");
        Composite p = new Composite(tabs, SWT.NONE);
        p.setLayout(new GridLayout(2, false));
        profileTitle = new Label(p, SWT.NONE);
        profileTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        profileTitle.setText("draw a transect (clicks, double-click ends) on the quantified map");
        sendToPt = new Button(p, SWT.PUSH);
        sendToPt.setText("Send to P-T");
        sendToPt.setToolTipText("opens the profile, recast to garnet end-members, in the P-T perspective (garnet host only)");
        sendToPt.setEnabled(false);
        sendToPt.addListener(SWT.Selection, e -> send.run());
        SashForm sash = new SashForm(p, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        profileChart = new ChartCanvas(sash);
        ExportMenu.attach(profileChart);
        profileTable = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        profileTable.setHeaderVisible(true);
        ExportMenu.attach(profileTable, () -> "zoning profile");
        profileTab.setControl(p);
    }

    Composite control() {
        return tabs;
    }

    private static Table table(Composite parent, String... headers) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        for (String h : headers) {
            TableColumn c = new TableColumn(t, SWT.NONE);
            c.setText(h);
            c.setWidth(100);
        }
        return t;
    }

    /**
     * One field per phase for ρ_k in g/cm³ (EPMA.md §11), prefilled with the {@link PhaseDensities}
     * default (blank when none is known); the user's values are kept while the phases stay the same.
     */
    void setPhases(List<String> phases, String subphaseSeparator) {
        if (new ArrayList<>(densityFields.keySet()).equals(phases)) {
            return;
        }
        for (Control c : densityBox.getChildren()) {
            c.dispose();
        }
        densityFields.clear();
        densityBox.setLayout(new GridLayout(1 + 2 * Math.max(1, phases.size()), false));
        new Label(densityBox, SWT.NONE).setText(phases.isEmpty() ? "phase densities appear after quantification"
                : "densities g/cm\u00b3:");
        for (String p : phases) {
            new Label(densityBox, SWT.NONE).setText(p);
            Text t = new Text(densityBox, SWT.BORDER);
            t.setLayoutData(new GridData(45, SWT.DEFAULT));
            double d = PhaseDensities.defaultDensity(p, subphaseSeparator);
            t.setText(Double.isNaN(d) ? "" : Numbers.shortest(d));
            t.setToolTipText("density of " + p + " in g/cm\u00b3 used for the bulk composition (default: Deer, Howie & Zussman 1992)");
            densityFields.put(p, t);
        }
        densityBox.getParent().layout(true, true);
    }

    /**
     * The densities the user entered (blank fields are left out, so the default applies or the
     * bulk computation names the phase that lacks one).
     *
     * @throws IllegalArgumentException naming the phase whose field is not a number
     */
    Map<String, Double> densities() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Text> e : densityFields.entrySet()) {
            String v = e.getValue().getText().trim();
            if (v.isEmpty()) {
                continue;
            }
            try {
                out.put(e.getKey(), Double.parseDouble(v));
            } catch (NumberFormatException x) {
                throw new IllegalArgumentException("density of " + e.getKey() + ": expected a number in g/cm\u00b3, found '"
                        + v + "'");
            }
        }
        return out;
    }

    /** The density field of a phase (for tests), or null. */
    Text densityField(String phase) {
        return densityFields.get(phase);
    }

    /** @param densities ρ_k used, in the order of {@code phases} */
    void showBulk(BulkComposition c, List<String> phases, double[] densities) {
        bulk = c;
        bulkTable.removeAll();
        for (int e = 0; e < c.oxides().size(); e++) {
            TableItem it = new TableItem(bulkTable, SWT.NONE);
            it.setText(new String[] { c.oxides().get(e), fmt(c.wt()[e], 3), fmt(c.sd()[e], 3) });
        }
        TableItem rho = new TableItem(bulkTable, SWT.NONE);
        rho.setText(new String[] { "density g/cm\u00b3", fmt(c.density(), 4), "" });
        StringBuilder used = new StringBuilder();
        for (int k = 0; k < phases.size(); k++) {
            used.append(k == 0 ? "" : ", ").append(phases.get(k)).append(' ').append(Numbers.shortest(densities[k]));
        }
        bulkTitle.setText(c.name() + ": " + c.pixels() + " pixels with data, density-weighted (" + used + " g/cm\u00b3)");
        bulkTitle.getParent().layout(true, true);
        exportBulk.setEnabled(true);
        tabs.setSelection(bulkTab);
    }

    /**
     * @param host       host phase name, or null
     * @param sendable   whether the host can be sent to the P-T perspective
     */
    void showProfile(Transect t, String host, boolean sendable) {
        profileTable.setRedraw(false);
        profileTable.removeAll();
        for (TableColumn c : profileTable.getColumns()) {
            c.dispose();
        }
        column("distance \u00b5m");
        column("n");
        for (String o : t.oxides()) {
            column(o + " wt%");
            column(o + " \u03c3");
        }
        Chart chart = new Chart("zoning profile" + (host == null ? "" : " (" + host + ")")).axes("distance (\u00b5m)", "wt%");
        for (int o = 0; o < t.oxides().size(); o++) {
            double[] y = new double[t.stations()];
            for (int i = 0; i < y.length; i++) {
                y[i] = t.mean()[i][o];
            }
            chart.add(new Layer.Line(t.distanceUm(), y, Palette.category(o), t.oxides().get(o)));
        }
        for (int i = 0; i < t.stations(); i++) {
            String[] cells = new String[2 + 2 * t.oxides().size()];
            cells[0] = fmt(t.distanceUm()[i], 2);
            cells[1] = Integer.toString(t.n()[i]);
            for (int o = 0; o < t.oxides().size(); o++) {
                cells[2 + 2 * o] = fmt(t.mean()[i][o], 3);
                cells[3 + 2 * o] = fmt(t.sd()[i][o], 3);
            }
            new TableItem(profileTable, SWT.NONE).setText(cells);
        }
        profileTable.setRedraw(true);
        profileChart.setChart(chart);
        profileTitle.setText(t.stations() + " stations" + (host == null ? "" : " in " + host));
        sendToPt.setEnabled(sendable);
        tabs.setSelection(profileTab);
    }

    private void column(String text) {
        TableColumn c = new TableColumn(profileTable, SWT.NONE);
        c.setText(text);
        c.setWidth(80);
    }

    private void exportBulk() {
        FileDialog d = new FileDialog(tabs.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.csv" });
        d.setFileName("bulk.csv");
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) {
            return;
        }
        try {
            BulkCsv.write(Path.of(f), List.of(bulk));
        } catch (Exception e) {
            UserMessages.error(tabs.getShell(), "Export bulk composition", e);
        }
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    String bulkTitle() {
        return bulkTitle.getText();
    }

    Table bulkTable() {
        return bulkTable;
    }

    Table profileTable() {
        return profileTable;
    }

    ChartCanvas profileChart() {
        return profileChart;
    }

    Button sendToPtButton() {
        return sendToPt;
    }
}
