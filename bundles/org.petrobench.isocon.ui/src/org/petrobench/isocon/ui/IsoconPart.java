package org.petrobench.isocon.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.petrobench.core.Diagnostics;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.Uncertainty;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.RunStrip;
import org.petrobench.ui.SavedMethod;
import org.petrobench.ui.SettingsForm;
import org.petrobench.ui.UserMessages;
import org.petrobench.ui.plot.ChartCanvas;
import org.petrobench.ui.plot.ExportMenu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The isocon perspective's part: the composition table (checked rows = protolith), the solver
 * and its settings (q, τ, bootstrap, the immobile set for grant/gresens); a run in the background
 * gives the isocon diagram per sample, mass-change bars, the q-path and the result tables, with
 * the chosen frame (immobile set, q, stable q-range) in the header.
 */
public final class IsoconPart {

    @Inject
    OpenDatasets datasets;

    @Inject
    @Optional
    @Service
    List<IsoconSolver> solvers;

    /** Run as soon as the bundled demo table is open (off in tests that drive the part themselves). */
    boolean autoRunDemo = true;

    private Table data;
    private Combo method;
    private Text immobileField;
    private SettingsForm<IsoconSettings> form;
    private RunStrip run;
    private Label header;
    private Combo sample;
    private Button logScale;
    private ChartCanvas isocon;
    private ChartCanvas bars;
    private ChartCanvas qPath;
    private Table massTable;
    private Table transferTable;
    private Table immobileTable;
    private BulkCompositions shownData;
    private IsoconSolution last;
    private final Consumer<List<OpenDatasets.Dataset>> listener = list -> {
        if (run != null && !run.isDisposed()) {
            run.getDisplay().asyncExec(this::showData);
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        new Label(left, SWT.NONE).setText("Composition table (check the protolith rows)");
        data = new Table(left, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        data.setHeaderVisible(true);
        data.setLinesVisible(true);
        GridData dataLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        dataLayout.heightHint = 140;
        data.setLayoutData(dataLayout);
        ExportMenu.attach(data, () -> "composition table");
        Composite row = new Composite(left, SWT.NONE);
        row.setLayout(new GridLayout(4, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText("Method");
        method = new Combo(row, SWT.READ_ONLY);
        new Label(row, SWT.NONE).setText("Immobile (grant/gresens)");
        immobileField = new Text(row, SWT.BORDER);
        immobileField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        immobileField.setToolTipText("frame components, comma-separated (empty: found by ratio clustering)");
        ScrolledComposite scroll = new ScrolledComposite(left, SWT.V_SCROLL | SWT.BORDER);
        GridData scrollLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        scrollLayout.heightHint = 220;
        scroll.setLayoutData(scrollLayout);
        form = new SettingsForm<>(scroll, IsoconSettings.class, IsoconSettings.defaults(), Set.of("method", "immobile"));
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        run = new RunStrip(left, "Run isocon", this::runSolver);
        run.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button save = new Button(left, SWT.PUSH);
        save.setText("Save method...");
        save.setToolTipText("the settings of this run as a method file for ./petrobench isocon --method-file");
        save.addListener(SWT.Selection, e -> saveMethod());

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        header = new Label(right, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setText("no result yet: open a composition table, check the protolith and press Run");
        CTabFolder tabs = new CTabFolder(right, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        CTabItem isoconTab = new CTabItem(tabs, SWT.NONE);
        isoconTab.setText("Isocon diagram");
        Composite isoconBox = new Composite(tabs, SWT.NONE);
        isoconBox.setLayout(new GridLayout(2, false));
        new Label(isoconBox, SWT.NONE).setText("Sample");
        sample = new Combo(isoconBox, SWT.READ_ONLY);
        sample.addListener(SWT.Selection, e -> showPlots());
        isocon = new ChartCanvas(isoconBox);
        isocon.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        isoconTab.setControl(isoconBox);

        CTabItem barsTab = new CTabItem(tabs, SWT.NONE);
        barsTab.setText("Mass change");
        Composite barsBox = new Composite(tabs, SWT.NONE);
        barsBox.setLayout(new GridLayout(1, false));
        logScale = new Button(barsBox, SWT.CHECK);
        logScale.setText("log scale (100 ln(1+\u0394), labelled in %)");
        logScale.addListener(SWT.Selection, e -> showPlots());
        bars = new ChartCanvas(barsBox);
        bars.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        barsTab.setControl(barsBox);

        CTabItem qTab = new CTabItem(tabs, SWT.NONE);
        qTab.setText("q-path");
        qPath = new ChartCanvas(tabs);
        qTab.setControl(qPath);

        massTable = tableTab(tabs, "Mass change", "sample", "mass_ratio", "mass_ratio_sd", "isocon_slope",
                "volume_ratio");
        transferTable = tableTab(tabs, "Transfer", "sample", "component", "unit", "delta_abs", "delta_abs_sd",
                "delta_rel", "delta_rel_sd");
        immobileTable = tableTab(tabs, "Immobile set", "component", "mobility", "immobile", "selected_fraction");
        tabs.setSelection(0);
        sash.setWeights(40, 60);

        if (solvers != null) {
            for (IsoconSolver s : solvers) {
                method.add(s.id());
            }
        }
        if (method.getItemCount() > 0) {
            method.select(Math.max(0, method.indexOf("sparse")));
        }
        datasets.addListener(listener);
        showData();
    }

    private static Table tableTab(CTabFolder tabs, String title, String... columns) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Table t = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String c : columns) {
            TableColumn col = new TableColumn(t, SWT.NONE);
            col.setText(c);
            col.setWidth(105);
        }
        ExportMenu.attach(t, () -> title);
        item.setControl(t);
        return t;
    }

    private BulkCompositions composition() {
        return datasets.latest(BulkCompositions.class).orElse(null);
    }

    /** Fills the composition table from the latest open table; the first row starts as protolith. */
    private void showData() {
        if (data.isDisposed()) {
            return;
        }
        BulkCompositions b = composition();
        if (b == shownData) {
            return;
        }
        shownData = b;
        data.removeAll();
        for (TableColumn c : data.getColumns()) {
            c.dispose();
        }
        if (b == null) {
            run.setRunnable(false);
            return;
        }
        TableColumn first = new TableColumn(data, SWT.NONE);
        first.setText("sample");
        first.setWidth(90);
        for (int i = 0; i < b.componentCount(); i++) {
            TableColumn c = new TableColumn(data, SWT.NONE);
            c.setText(b.column(i));
            c.setWidth(80);
        }
        for (int r = 0; r < b.rowCount(); r++) {
            TableItem item = new TableItem(data, SWT.NONE);
            String[] cells = new String[b.componentCount() + 1];
            cells[0] = b.sample(r);
            for (int i = 0; i < b.componentCount(); i++) {
                cells[i + 1] = switch (b.cell(r, i)) {
                case VALUE -> format(b.value(r, i));
                case MISSING -> "";
                case BELOW_DETECTION -> "<" + format(b.value(r, i));
                };
            }
            item.setText(cells);
            item.setChecked(r == 0);
        }
        run.setRunnable(solvers != null && !solvers.isEmpty());
        boolean demo = datasets.all().stream().anyMatch(d -> d.content() == b && d.name().startsWith("demo"));
        if (autoRunDemo && demo && last == null && run.job() == null && solvers != null && !solvers.isEmpty()) {
            runSolver();
        }
    }

    private static String format(double v) {
        return Double.isFinite(v) ? org.petrobench.core.io.Numbers.shortest(v) : "";
    }

    /** The checked rows: the protolith replicates. */
    List<String> protolith() {
        List<String> ids = new ArrayList<>();
        for (TableItem item : data.getItems()) {
            if (item.getChecked()) {
                ids.add(item.getText(0));
            }
        }
        return ids;
    }

    /** The settings as the form and the method/immobile fields say. */
    IsoconSettings settings() {
        List<String> immobile = Arrays.stream(immobileField.getText().split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return form.value().withMethod(method.getText()).withImmobile(immobile);
    }

    private IsoconSolver solver(String id) {
        for (IsoconSolver s : solvers) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** Starts the chosen solver on the open table; returns the job (null when it cannot start). */
    Job runSolver() {
        BulkCompositions b = composition();
        IsoconSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            UserMessages.error(run.getShell(), "Isocon", e.getMessage());
            return null;
        }
        IsoconSolver solver = solvers == null ? null : solver(s.method());
        List<String> protolith = protolith();
        if (b == null || solver == null || protolith.isEmpty()) {
            UserMessages.error(run.getShell(), "Isocon", b == null ? "open a composition table first"
                    : solver == null ? "no isocon solver '" + s.method() + "' is installed"
                            : "check at least one protolith row");
            return null;
        }
        return run.start("Isocon (" + solver.id() + ")", monitor -> {
            IsoconProblem problem = IsoconProblem.prepare(b, protolith, s, new Diagnostics());
            return solver.solve(problem, s, monitor);
        }, this::show);
    }

    /** Shows a solution in the header, plots and tables. */
    void show(IsoconSolution solution) {
        last = solution;
        IsoconProblem p = solution.problem();
        String previous = sample.getText();
        sample.removeAll();
        p.samples().forEach(sample::add);
        sample.select(Math.max(0, sample.indexOf(previous)));
        MassTransfer t = solution.transfer();
        Uncertainty u = solution.uncertainty();
        massTable.removeAll();
        transferTable.removeAll();
        for (int j = 0; j < t.sampleCount(); j++) {
            new TableItem(massTable, SWT.NONE).setText(new String[] { p.sample(j), fmt(t.massRatio()[j]),
                    fmt(u.massRatioSd()[j]), fmt(t.isoconSlope()[j]), fmt(t.volumeRatio()[j]) });
            for (int i = 0; i < t.componentCount(); i++) {
                int k = j * t.componentCount() + i;
                new TableItem(transferTable, SWT.NONE).setText(new String[] { p.sample(j), p.component(i),
                        p.unit(i).label(), fmt(t.deltaAbs(j, i)), fmt(u.deltaAbsSd()[k]), fmt(t.deltaRel(j, i)),
                        fmt(u.deltaRelSd()[k]) });
            }
        }
        immobileTable.removeAll();
        var set = solution.immobileSet();
        for (int i = 0; i < set.components().size(); i++) {
            new TableItem(immobileTable, SWT.NONE).setText(new String[] { set.components().get(i),
                    fmt(set.mobility()[i]), Boolean.toString(set.immobile()[i]),
                    set.selectedFraction() == null ? "" : fmt(set.selectedFraction()[i]) });
        }
        StringBuilder h = new StringBuilder();
        h.append(solution.solverId()).append(": immobile set {").append(String.join(", ", set.names())).append("}");
        if ("sparse".equals(solution.solverId())) {
            h.append(String.format(Locale.ROOT, ", q = %s, tau = %s", fmtShort(solution.settings().q()),
                    fmtShort(solution.settings().tau())));
            Object stable = solution.details().get("stableQRange");
            if (stable instanceof double[] range && range.length == 2) {
                h.append(", stable q-range ").append(fmtShort(range[0])).append("\u2013").append(fmtShort(range[1]));
            }
        }
        if (!solution.diagnostics().warnings().isEmpty()) {
            h.append("\nwarnings: ").append(String.join(" | ", solution.diagnostics().warnings()));
        }
        header.setText(h.toString());
        header.getParent().layout(true, true);
        showPlots();
    }

    private void showPlots() {
        IsoconSolution s = last;
        if (s == null) {
            return;
        }
        IsoconProblem p = s.problem();
        int n = p.componentCount();
        int j = Math.max(0, sample.getSelectionIndex());
        String[] names = p.components().toArray(new String[0]);
        String[] units = new String[n];
        double[] cA = new double[n];
        double[] sdA = new double[n];
        double[] altSd = p.alteredSd();
        for (int i = 0; i < n; i++) {
            units[i] = p.unit(i).label();
            cA[i] = p.altered(j, i);
            sdA[i] = altSd[j * n + i];
        }
        double[] c0 = p.protolithMean();
        double[] sd0 = p.protolithSpread();
        double volumeSlope = Double.NaN;
        if (p.hasDensities() && Double.isFinite(p.densities()[j])) {
            volumeSlope = p.protolithDensity() / p.densities()[j];
        }
        IsoconDiagram.Protolith o = new IsoconDiagram.Protolith(names, units, c0, sd0);
        IsoconDiagram.Altered a = new IsoconDiagram.Altered(p.sample(j), cA, sdA, s.transfer().isoconSlope()[j],
                s.transfer().massRatio()[j], volumeSlope, s.immobileSet().immobile());
        isocon.setChart(IsoconDiagram.chart(o, a, ComponentScale.automatic(c0, 100)));

        int m = s.transfer().sampleCount();
        double[][] delta = new double[m][n];
        double[][] lo = new double[m][n];
        double[][] hi = new double[m][n];
        boolean any = false;
        for (int jj = 0; jj < m; jj++) {
            for (int i = 0; i < n; i++) {
                delta[jj][i] = s.transfer().deltaRel(jj, i);
                double sd = s.uncertainty().deltaRelSd()[jj * n + i];
                lo[jj][i] = delta[jj][i] - 1.96 * sd;
                hi[jj][i] = delta[jj][i] + 1.96 * sd;
                any |= Double.isFinite(sd);
            }
        }
        int[] order = ascending(s.immobileSet().mobility());
        bars.setChart(MassChangeBars.chart(p.samples().toArray(new String[0]), names, delta, any ? lo : null,
                any ? hi : null, order, logScale.getSelection()));
        if (!s.qPath().isEmpty()) {
            Object stable = s.details().get("stableQRange");
            qPath.setChart(QPathChart.chart(s.qPath(), p.samples(), s.settings().q(),
                    stable instanceof double[] d ? d : null));
        } else {
            qPath.setChart(new org.petrobench.ui.plot.Chart("q-path: only for the sparse method"));
        }
    }

    /** Indices sorting {@code values} ascending, NaN last (mass-change bars: least mobile first). */
    static int[] ascending(double[] values) {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(Double.isNaN(values[a]) ? Double.POSITIVE_INFINITY : values[a],
                Double.isNaN(values[b]) ? Double.POSITIVE_INFINITY : values[b]));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private static String fmtShort(double v) {
        return org.petrobench.core.io.Numbers.shortest(v);
    }

    private void saveMethod() {
        SavedMethod.askAndSave(run.getShell(), "isocon-method.json", this::saveMethod);
    }

    /** Writes the method file ({@code ./petrobench isocon --method-file}). */
    void saveMethod(Path file) throws IOException {
        SavedMethod.write(file, "isocon", settings(), Map.of("protolith", protolith()));
    }

    IsoconSolution lastSolution() {
        return last;
    }

    RunStrip runStrip() {
        return run;
    }

    Combo methodCombo() {
        return method;
    }

    Text immobileField() {
        return immobileField;
    }

    SettingsForm<IsoconSettings> settingsForm() {
        return form;
    }

    Table massTable() {
        return massTable;
    }

    Table transferTable() {
        return transferTable;
    }

    Table dataTable() {
        return data;
    }

    ChartCanvas isoconCanvas() {
        return isocon;
    }

    ChartCanvas barsCanvas() {
        return bars;
    }

    ChartCanvas qPathCanvas() {
        return qPath;
    }

    @PreDestroy
    public void dispose() {
        datasets.removeListener(listener);
    }
}
