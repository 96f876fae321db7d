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
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.petrobench.core.Diagnostics;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
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
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ChartCanvas;
import org.petrobench.ui.plot.ExportMenu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The isocon perspective's part: the composition table (checked rows = protolith), the solver
 * and its settings (q, τ, bootstrap, the immobile set for grant/gresens); a run in the background
 * gives the plots of ISOCON.md §7 (isocon diagram per sample with editable scale factors and the
 * bootstrap fan, mass-change bars in relative, log and absolute form, the q-path with mobilities,
 * the τ-path, the Gresens diagram) and the result tables, with the chosen frame (immobile set, q,
 * stable q-range) in the header.
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
    private CTabFolder tabs;
    private Combo sample;
    private Button fan;
    private Button overlay;
    private Table factorTable;
    private Button logScale;
    private Button absolute;
    private Spinner tau;
    private ChartCanvas isocon;
    private ChartCanvas bars;
    private ChartCanvas barsTrace;
    private ChartCanvas qPath;
    private ChartCanvas qMobility;
    private ChartCanvas tauPath;
    private ChartCanvas gresens;
    private ChartCanvas gresensTrace;
    private Table massTable;
    private Table transferTable;
    private Table immobileTable;
    private BulkCompositions shownData;
    private IsoconSolution last;
    /** Scale factors g_i of the isocon diagram for the last solution's components (user-editable). */
    private double[] factors;
    /** The isocon diagram's points (scaled) and their tooltips, for the mouse read-out. */
    private double[] pointX = new double[0];
    private double[] pointY = new double[0];
    private String[] pointTips = new String[0];
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
        right.setLayout(new GridLayout(2, false));
        header = new Label(right, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        header.setText("no result yet: open a composition table, check the protolith and press Run");
        new Label(right, SWT.NONE).setText("Sample");
        sample = new Combo(right, SWT.READ_ONLY);
        sample.setToolTipText("the altered sample of the isocon and Gresens diagrams");
        sample.addListener(SWT.Selection, e -> {
            showIsocon();
            showGresens();
        });
        tabs = new CTabFolder(right, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

        Composite isoconBox = tab("Isocon diagram", 3);
        fan = new Button(isoconBox, SWT.CHECK);
        fan.setText("bootstrap 95 % fan of slopes");
        fan.setToolTipText("the isocon slopes between the 2.5 and 97.5 % bootstrap percentiles of r (needs a bootstrap)");
        fan.addListener(SWT.Selection, e -> showIsocon());
        overlay = new Button(isoconBox, SWT.CHECK);
        overlay.setText("all samples (one colour each)");
        overlay.addListener(SWT.Selection, e -> showIsocon());
        Button resetFactors = new Button(isoconBox, SWT.PUSH);
        resetFactors.setText("Automatic factors");
        resetFactors.setToolTipText("scale factors g from {1, 2, 5}\u00d710^k spreading the points (ISOCON.md \u00a77)");
        resetFactors.addListener(SWT.Selection, e -> {
            factors = null;
            showIsocon();
        });
        isocon = new ChartCanvas(isoconBox);
        isocon.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        isocon.addListener(SWT.MouseMove, e -> isocon.setToolTipText(tooltip(e.x, e.y)));
        factorTable = new Table(isoconBox, SWT.BORDER | SWT.FULL_SELECTION);
        factorTable.setHeaderVisible(true);
        factorTable.setLinesVisible(true);
        factorTable.setToolTipText("scale factors g: click a factor to edit it (cosmetic, never a weight)");
        GridData factorLayout = new GridData(SWT.FILL, SWT.FILL, false, true);
        factorLayout.widthHint = 150;
        factorTable.setLayoutData(factorLayout);
        for (String c : new String[] { "component", "g" }) {
            TableColumn col = new TableColumn(factorTable, SWT.NONE);
            col.setText(c);
            col.setWidth(c.equals("g") ? 55 : 85);
        }
        factorEditor();

        Composite barsBox = tab("Mass-change bars", 2);
        logScale = new Button(barsBox, SWT.CHECK);
        logScale.setText("log scale (100 ln(1+\u0394), labelled in %)");
        logScale.addListener(SWT.Selection, e -> showBars());
        absolute = new Button(barsBox, SWT.CHECK);
        absolute.setText("absolute (\u0394C per protolith mass; wt% and ppm panels)");
        absolute.addListener(SWT.Selection, e -> showBars());
        bars = canvas(barsBox, 2);
        barsTrace = canvas(barsBox, 2);
        showPanel(barsTrace, false);

        Composite qBox = tab("q-path", 1);
        SashForm qSash = new SashForm(qBox, SWT.VERTICAL);
        qSash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        qPath = new ChartCanvas(qSash);
        qMobility = new ChartCanvas(qSash);

        Composite tauBox = tab("\u03c4-path", 2);
        new Label(tauBox, SWT.NONE).setText("\u03c4 (re-labels without re-solving)");
        tau = new Spinner(tauBox, SWT.BORDER);
        tau.setDigits(3);
        tau.setMinimum(1);
        tau.setMaximum(999);
        tau.setIncrement(5);
        tau.setPageIncrement(50);
        tau.setSelection(100);
        tau.addListener(SWT.Selection, e -> showTauPath());
        tauPath = canvas(tauBox, 2);

        Composite gresensBox = tab("Gresens diagram", 1);
        gresens = canvas(gresensBox, 1);
        gresensTrace = canvas(gresensBox, 1);
        showPanel(gresensTrace, false);

        massTable = tableTab(tabs, "Mass ratios", "sample", "mass_ratio", "mass_ratio_sd", "isocon_slope",
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

    /** A tab whose page is a composite with a grid of {@code columns}. */
    private Composite tab(String title, int columns) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite box = new Composite(tabs, SWT.NONE);
        box.setLayout(new GridLayout(columns, false));
        item.setControl(box);
        return box;
    }

    private static ChartCanvas canvas(Composite parent, int span) {
        ChartCanvas c = new ChartCanvas(parent);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, span, 1));
        return c;
    }

    /** Shows or hides a control in a grid, giving its space to the others. */
    private static void showPanel(ChartCanvas c, boolean visible) {
        ((GridData) c.getLayoutData()).exclude = !visible;
        c.setVisible(visible);
        c.getParent().layout(true);
    }

    /** Edits the g column of the factor table in place. */
    private void factorEditor() {
        TableEditor editor = new TableEditor(factorTable);
        editor.grabHorizontal = true;
        factorTable.addListener(SWT.MouseDown, e -> {
            TableItem item = factorTable.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            if (item == null || item.getBounds(1).x > e.x) {
                return;
            }
            int i = factorTable.indexOf(item);
            Text text = new Text(factorTable, SWT.NONE);
            text.setText(item.getText(1));
            text.selectAll();
            text.setFocus();
            Runnable commit = () -> {
                if (!text.isDisposed()) {
                    String value = text.getText();
                    text.dispose();
                    editFactor(i, value);
                }
            };
            text.addListener(SWT.FocusOut, ev -> commit.run());
            text.addListener(SWT.Traverse, ev -> {
                if (ev.detail == SWT.TRAVERSE_RETURN) {
                    commit.run();
                } else if (ev.detail == SWT.TRAVERSE_ESCAPE) {
                    text.dispose();
                }
            });
            editor.setEditor(text, item, 1);
        });
    }

    /** Sets the scale factor of component {@code i} from the user's text (a positive number). */
    void editFactor(int i, String text) {
        if (factors == null || i < 0 || i >= factors.length) {
            return;
        }
        double g;
        try {
            g = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            g = Double.NaN;
        }
        if (!(g > 0) || Double.isInfinite(g)) {
            UserMessages.error(factorTable.getShell(), "Scale factor",
                    "expected a positive number for the factor of " + factorTable.getItem(i).getText(0) + ", found '"
                            + text.trim() + "'");
            return;
        }
        factors[i] = g;
        showIsocon();
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
        IsoconProblem p = solution.problem();
        if (last == null || !last.problem().components().equals(p.components())) {
            factors = null;
        }
        last = solution;
        String previous = sample.getText();
        sample.removeAll();
        p.samples().forEach(sample::add);
        sample.select(Math.max(0, sample.indexOf(previous)));
        sample.getParent().layout(true);
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
        tau.setSelection((int) Math.round(solution.settings().tau() * 1000));
        showPlots();
    }

    private void showPlots() {
        showIsocon();
        showBars();
        showQPath();
        showTauPath();
        showGresens();
    }

    private int selectedSample() {
        return Math.max(0, sample.getSelectionIndex());
    }

    /** The isocon diagram of the selected sample with the current scale factors. */
    private void showIsocon() {
        IsoconSolution s = last;
        if (s == null) {
            return;
        }
        IsoconProblem p = s.problem();
        int n = p.componentCount();
        int j = selectedSample();
        String[] names = p.components().toArray(new String[0]);
        String[] units = new String[n];
        for (int i = 0; i < n; i++) {
            units[i] = p.unit(i).label();
        }
        double[] c0 = p.protolithMean();
        if (factors == null) {
            factors = ComponentScale.automatic(c0, 100);
        }
        MassTransfer t = s.transfer();
        IsoconDiagram.Protolith o = new IsoconDiagram.Protolith(names, units, c0, protolithSd(p));
        IsoconDiagram.Altered a = altered(s, j);
        double[] cA = a.cA();
        fan.setEnabled(Double.isFinite(a.massRatioP025()) && Double.isFinite(a.massRatioP975()));
        if (overlay.getSelection()) {
            List<IsoconDiagram.Altered> all = new ArrayList<>();
            for (int jj = 0; jj < p.sampleCount(); jj++) {
                all.add(altered(s, jj));
            }
            isocon.setChart(IsoconDiagram.overlay(o, all, factors));
        } else {
            isocon.setChart(IsoconDiagram.chart(o, a, factors, fan.getSelection()));
        }
        factorTable.removeAll();
        pointX = new double[n];
        pointY = new double[n];
        pointTips = new String[n];
        for (int i = 0; i < n; i++) {
            new TableItem(factorTable, SWT.NONE).setText(new String[] { names[i], fmtShort(factors[i]) });
            pointX[i] = factors[i] * c0[i];
            pointY[i] = factors[i] * cA[i];
            pointTips[i] = String.format(Locale.ROOT, "%s: C\u1d3c = %s, C\u1d2c = %s %s, \u0394 = %+.1f %%, \u0394C = %+.4g %s",
                    names[i], fmt(c0[i]), fmt(cA[i]), units[i], 100 * t.deltaRel(j, i), t.deltaAbs(j, i), units[i]);
        }
    }

    /** Altered sample {@code j} of a solution as the isocon diagram takes it. */
    private static IsoconDiagram.Altered altered(IsoconSolution s, int j) {
        IsoconProblem p = s.problem();
        int n = p.componentCount();
        double[] cA = new double[n];
        double[] sdA = new double[n];
        boolean[] censored = new boolean[n];
        double[] altSd = p.alteredSd();
        for (int i = 0; i < n; i++) {
            cA[i] = p.altered(j, i);
            sdA[i] = altSd[j * n + i];
            censored[i] = p.isCensored(j, i);
        }
        double volumeSlope = Double.NaN;
        if (p.hasDensities() && Double.isFinite(p.densities()[j])) {
            volumeSlope = p.protolithDensity() / p.densities()[j];
        }
        MassTransfer t = s.transfer();
        Uncertainty u = s.uncertainty();
        return new IsoconDiagram.Altered(p.sample(j), cA, sdA, censored, t.isoconSlope()[j], t.massRatio()[j],
                u.massRatioP025()[j], u.massRatioP975()[j], volumeSlope, s.immobileSet().immobile());
    }

    /**
     * 1σ of C_i^O for the x error bars: the spread of the replicates, or with a single protolith
     * analysis its analytical sd (NaN when neither is known).
     */
    private static double[] protolithSd(IsoconProblem p) {
        double[] sd = p.protolithSpread();
        if (p.protolithCount() == 1) {
            double[] analytical = p.protolithSd();
            for (int i = 0; i < sd.length; i++) {
                sd[i] = analytical[i] > 0 ? analytical[i] : Double.NaN;
            }
        }
        return sd;
    }

    /** The tooltip of the isocon point under the mouse (within 8 pixels), or null. */
    private String tooltip(int x, int y) {
        org.petrobench.ui.plot.Frame f = isocon.frame();
        if (f == null) {
            return null;
        }
        String best = null;
        double bestDistance = 8;
        for (int i = 0; i < pointX.length; i++) {
            double d = Math.hypot(f.px(pointX[i]) - x, f.py(pointY[i]) - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = pointTips[i];
            }
        }
        return best;
    }

    /** Relative (linear or log) bars, or the absolute view in one panel per unit. */
    private void showBars() {
        IsoconSolution s = last;
        if (s == null) {
            return;
        }
        IsoconProblem p = s.problem();
        int n = p.componentCount();
        int m = s.transfer().sampleCount();
        String[] samples = p.samples().toArray(new String[0]);
        String[] names = p.components().toArray(new String[0]);
        int[] order = MassChangeBars.byMobility(s.immobileSet().mobility());
        if (absolute.getSelection()) {
            double[][] dAbs = new double[m][n];
            double[][] sd = new double[m][n];
            boolean any = false;
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < n; i++) {
                    dAbs[j][i] = s.transfer().deltaAbs(j, i);
                    sd[j][i] = s.uncertainty().deltaAbsSd()[j * n + i];
                    any |= Double.isFinite(sd[j][i]);
                }
            }
            List<UnitPanel> panels = UnitPanel.of(units(p));
            bars.setChart(MassChangeBars.absolute(samples, names, dAbs, any ? sd : null, order, panels.get(0)));
            showPanel(barsTrace, panels.size() > 1);
            if (panels.size() > 1) {
                barsTrace.setChart(MassChangeBars.absolute(samples, names, dAbs, any ? sd : null, order, panels.get(1)));
            }
            return;
        }
        showPanel(barsTrace, false);
        double[][] delta = new double[m][n];
        double[][] lo = new double[m][n];
        double[][] hi = new double[m][n];
        boolean any = false;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                delta[j][i] = s.transfer().deltaRel(j, i);
                double sd = s.uncertainty().deltaRelSd()[j * n + i];
                lo[j][i] = delta[j][i] - MassChangeBars.Z95 * sd;
                hi[j][i] = delta[j][i] + MassChangeBars.Z95 * sd;
                any |= Double.isFinite(sd);
            }
        }
        bars.setChart(MassChangeBars.chart(samples, names, delta, any ? lo : null, any ? hi : null, order,
                logScale.getSelection()));
    }

    private static ConcentrationUnit[] units(IsoconProblem p) {
        ConcentrationUnit[] u = new ConcentrationUnit[p.componentCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = p.unit(i);
        }
        return u;
    }

    /** Cells counted in the mobility: present and not censored (ISOCON.md §5.5). */
    private static boolean[] usable(IsoconProblem p) {
        double[] a = p.alteredValues();
        boolean[] censored = p.censored();
        boolean[] use = new boolean[a.length];
        for (int k = 0; k < a.length; k++) {
            use[k] = !Double.isNaN(a[k]) && !censored[k];
        }
        return use;
    }

    private void showQPath() {
        IsoconSolution s = last;
        if (s == null) {
            return;
        }
        if (s.qPath().isEmpty()) {
            qPath.setChart(new Chart("q-path: only for the sparse method"));
            qMobility.setChart(new Chart(""));
            return;
        }
        IsoconProblem p = s.problem();
        Object stable = s.details().get("stableQRange");
        qPath.setChart(QPathChart.chart(s.qPath(), p.samples(), s.settings().q(),
                stable instanceof double[] d ? d : null));
        qMobility.setChart(QPathChart.mobility(s.qPath(), p.components(), p.protolithMean(), p.alteredValues(),
                usable(p), s.settings().tau(), s.settings().q()));
    }

    /** The τ-path at the spinner's τ: sparse only, with the mobilities of the raw sparse r. */
    private void showTauPath() {
        IsoconSolution s = last;
        if (s == null) {
            return;
        }
        if (!(s.details().get("rawMassRatio") instanceof double[] raw)) {
            tauPath.setChart(new Chart("\u03c4-path: only for the sparse method"));
            return;
        }
        IsoconProblem p = s.problem();
        double[] mobility = MassTransfer.mobility(p.protolithMean(), p.alteredValues(), usable(p), raw);
        tauPath.setChart(TauPath.chart(p.components(), mobility, p.frameCandidates(), tau.getSelection() / 1000.0));
    }

    /** Gresens' diagram of the selected sample (needs densities); f_v is the run's volume ratio. */
    private void showGresens() {
        IsoconSolution s = last;
        if (s == null) {
            return;
        }
        IsoconProblem p = s.problem();
        int j = selectedSample();
        if (!p.hasDensities()) {
            gresens.setChart(new Chart("Gresens diagram: needs densities (column density_g_cm3)"));
            showPanel(gresensTrace, false);
            return;
        }
        int n = p.componentCount();
        double[] cA = new double[n];
        for (int i = 0; i < n; i++) {
            cA[i] = p.altered(j, i);
        }
        String[] names = p.components().toArray(new String[0]);
        double fv = s.transfer().volumeRatio()[j];
        List<UnitPanel> panels = UnitPanel.of(units(p));
        boolean[] frame = s.immobileSet().immobile();
        gresens.setChart(GresensDiagram.chart(p.sample(j), names, p.protolithMean(), cA, p.protolithDensity(),
                p.densities()[j], fv, frame, panels.get(0)));
        showPanel(gresensTrace, panels.size() > 1);
        if (panels.size() > 1) {
            gresensTrace.setChart(GresensDiagram.chart(p.sample(j), names, p.protolithMean(), cA,
                    p.protolithDensity(), p.densities()[j], fv, frame, panels.get(1)));
        }
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

    ChartCanvas qMobilityCanvas() {
        return qMobility;
    }

    ChartCanvas barsTraceCanvas() {
        return barsTrace;
    }

    ChartCanvas tauPathCanvas() {
        return tauPath;
    }

    ChartCanvas gresensCanvas() {
        return gresens;
    }

    ChartCanvas gresensTraceCanvas() {
        return gresensTrace;
    }

    Button logScaleToggle() {
        return logScale;
    }

    Button absoluteToggle() {
        return absolute;
    }

    Button fanToggle() {
        return fan;
    }

    Button overlayToggle() {
        return overlay;
    }

    Spinner tauSpinner() {
        return tau;
    }

    Combo sampleCombo() {
        return sample;
    }

    Table factorTable() {
        return factorTable;
    }

    CTabFolder tabFolder() {
        return tabs;
    }

    @PreDestroy
    public void dispose() {
        datasets.removeListener(listener);
    }
}
