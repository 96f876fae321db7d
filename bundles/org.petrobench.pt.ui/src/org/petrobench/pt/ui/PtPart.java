package org.petrobench.pt.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.petrobench.core.Diagnostics;
import org.petrobench.pt.ModelSelection;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.Hyperparameter;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.pt.path.SmcSettings;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;
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
 * The P-T perspective's part: the open zoning profile, the model picker (installed
 * {@link ThermodynamicModel} services with references and validity), the inverter and its
 * settings; a run in the background gives the P-T diagram, P and T against distance, the
 * point-wise estimates and the hyperparameters.
 */
public final class PtPart {

    @Inject
    OpenDatasets datasets;

    @Inject
    @Optional
    @Service
    List<ThermodynamicModel> models;

    @Inject
    @Optional
    @Service
    List<PtPathInverter> inverters;

    /** How close (pixels) the mouse must come to a path point to show its ellipse. */
    private static final int HOVER_PIXELS = 12;

    /** Run as soon as the bundled demo profile is open (off in tests that drive the part themselves). */
    boolean autoRunDemo = true;

    private Label profileLabel;
    private ModelPicker picker;
    private Combo method;
    private Composite settingsHolder;
    private SettingsForm<?> settings;
    private RunStrip run;
    private Label header;
    private ChartCanvas diagram;
    private ChartCanvas pressure;
    private ChartCanvas temperature;
    private ChartCanvas pressureByTime;
    private ChartCanvas temperatureByTime;
    private ChartCanvas residuals;
    private ChartCanvas evidence;
    private Table pointwiseTable;
    private Table hyperTable;
    private PtRun last;
    /** The path point whose ellipse follows the mouse, −1 for none. */
    private int hovered = -1;
    private ZoningProfile shownProfile;
    private final Consumer<List<OpenDatasets.Dataset>> listener = list -> {
        if (run != null && !run.isDisposed()) {
            run.getDisplay().asyncExec(this::showProfile);
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        profileLabel = new Label(left, SWT.WRAP);
        profileLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        picker = new ModelPicker(left);
        picker.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite methodRow = new Composite(left, SWT.NONE);
        methodRow.setLayout(new GridLayout(2, false));
        new Label(methodRow, SWT.NONE).setText("Inverter");
        method = new Combo(methodRow, SWT.READ_ONLY);
        method.addListener(SWT.Selection, e -> showSettings());
        ScrolledComposite scroll = new ScrolledComposite(left, SWT.V_SCROLL | SWT.BORDER);
        GridData scrollLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        scrollLayout.heightHint = 190;
        scroll.setLayoutData(scrollLayout);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        settingsHolder = new Composite(scroll, SWT.NONE);
        settingsHolder.setLayout(new FillLayout());
        scroll.setContent(settingsHolder);
        run = new RunStrip(left, "Run P-T inversion", this::runInversion);
        run.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button save = new Button(left, SWT.PUSH);
        save.setText("Save method...");
        save.setToolTipText("the settings of this run as a method file for ./petrobench ptpath --method-file");
        save.addListener(SWT.Selection, e -> saveMethod());

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        header = new Label(right, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setText("no result yet: open a zoning profile and press Run");
        CTabFolder tabs = new CTabFolder(right, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        diagram = canvasTab(tabs, "P-T diagram");
        diagram.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        CTabItem along = new CTabItem(tabs, SWT.NONE);
        along.setText("P and T vs distance");
        SashForm stacked = new SashForm(tabs, SWT.VERTICAL);
        pressure = new ChartCanvas(stacked);
        temperature = new ChartCanvas(stacked);
        along.setControl(stacked);
        CTabItem byTime = new CTabItem(tabs, SWT.NONE);
        byTime.setText("P and T vs relative time");
        byTime.setToolTipText("SMC with a growth law: relative growth time under the assumed law");
        SashForm stackedByTime = new SashForm(tabs, SWT.VERTICAL);
        pressureByTime = new ChartCanvas(stackedByTime);
        temperatureByTime = new ChartCanvas(stackedByTime);
        byTime.setControl(stackedByTime);
        CTabItem diagnostics = new CTabItem(tabs, SWT.NONE);
        diagnostics.setText("Diagnostics");
        SashForm diagnosticsPane = new SashForm(tabs, SWT.VERTICAL);
        residuals = new ChartCanvas(diagnosticsPane);
        evidence = new ChartCanvas(diagnosticsPane);
        diagnostics.setControl(diagnosticsPane);
        pointwiseTable = tableTab(tabs, "Point-wise estimates", "index", "distance_um", "P_kbar", "T_C", "P_sd_kbar",
                "T_sd_K", "corr", "models");
        hyperTable = tableTab(tabs, "Hyperparameters", "parameter", "value", "sd_log", "lo95", "hi95", "unit", "note");
        tabs.setSelection(0);
        sash.setWeights(38, 62);

        picker.setModels(models == null ? List.of() : models);
        if (inverters != null) {
            for (PtPathInverter i : inverters) {
                method.add(i.id());
            }
        }
        if (method.getItemCount() > 0) {
            method.select(Math.max(0, method.indexOf("mrf")));
        }
        showSettings();
        datasets.addListener(listener);
        showProfile();
    }

    private static ChartCanvas canvasTab(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        ChartCanvas c = new ChartCanvas(tabs);
        item.setControl(c);
        return c;
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
            col.setWidth(c.equals("note") || c.equals("models") ? 260 : 95);
        }
        ExportMenu.attach(t, () -> title);
        item.setControl(t);
        return t;
    }

    private PtPathInverter inverter() {
        if (inverters == null) {
            return null;
        }
        for (PtPathInverter i : inverters) {
            if (i.id().equals(method.getText())) {
                return i;
            }
        }
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void showSettings() {
        if (settings != null) {
            settings.dispose();
            settings = null;
        }
        PtPathInverter i = inverter();
        if (i != null) {
            settings = new SettingsForm(settingsHolder, i.settingsType(), i.defaultSettings());
        }
        ((ScrolledComposite) settingsHolder.getParent()).setMinSize(settingsHolder.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        settingsHolder.getParent().getParent().layout(true, true);
    }

    private ZoningProfile profile() {
        return datasets.latest(ZoningProfile.class).orElse(null);
    }

    private void showProfile() {
        if (profileLabel.isDisposed()) {
            return;
        }
        ZoningProfile p = profile();
        profileLabel.setText(p == null ? "no zoning profile open (File > Open File..., or the demo dataset)"
                : "profile " + p.source() + ": " + p.size() + " points, " + String.join(", ", p.compositions().variables()));
        run.setRunnable(p != null && inverter() != null);
        profileLabel.getParent().layout(true, true);
        if (p != null && p != shownProfile) {
            shownProfile = p;
            java.util.Set<String> phases = new java.util.HashSet<>();
            for (String v : p.compositions().variables()) {
                phases.add(v.substring(0, Math.max(0, v.indexOf('.'))));
            }
            picker.checkApplicable(phases);
        }
        boolean demo = p != null && datasets.all().stream().anyMatch(d -> d.content() == p && d.name().startsWith("demo"));
        if (autoRunDemo && demo && last == null && run.job() == null && inverter() != null) {
            runInversion();
        }
    }

    /** Starts the inversion of the open profile with the chosen models and settings; returns the job. */
    Job runInversion() {
        ZoningProfile profile = profile();
        PtPathInverter inverter = inverter();
        if (profile == null || inverter == null) {
            UserMessages.error(run.getShell(), "P-T inversion", profile == null ? "open a zoning profile first"
                    : "no P-T inverter is installed");
            return null;
        }
        Record s;
        List<String> ids;
        List<String> assignments = new ArrayList<>();
        try {
            s = settings.value();
            ids = new ArrayList<>(picker.checkedIds());
            picker.changedParameters().forEach((k, v) -> assignments.add(k + "=" + v));
        } catch (IllegalArgumentException e) {
            UserMessages.error(run.getShell(), "P-T inversion", e.getMessage());
            return null;
        }
        List<ThermodynamicModel> installed = models == null ? List.of() : List.copyOf(models);
        return run.start("P-T inversion (" + inverter.id() + ")", monitor -> {
            Diagnostics diagnostics = new Diagnostics();
            List<ThermodynamicModel> selected = ModelSelection.select(installed, ids, assignments, profile.source(),
                    profile.compositions(), diagnostics);
            PointEstimate[] pointwise = new PointwiseThermobarometry(selected).estimateAll(profile.compositions(),
                    monitor);
            PtPath path = inverter.invert(profile, selected, s, monitor, diagnostics);
            return new PtRun(profile, selected, s, path, pointwise, diagnostics);
        }, this::show);
    }

    /** Draws the 95 % ellipse of the path point under the mouse (PT.md §8), or nothing when none is near. */
    void hover(int x, int y) {
        int k = last == null || diagram.frame() == null ? -1
                : PtCharts.nearestPoint(last.pathView(), diagram.frame(), x, y, HOVER_PIXELS);
        if (k != hovered) {
            hovered = k;
            diagram.setOverlay(k < 0 ? List.of() : PtCharts.pointEllipse(last.pathView(), k));
        }
    }

    /** Shows a finished run in every plot and table. */
    void show(PtRun r) {
        last = r;
        hovered = -1;
        diagram.setOverlay(List.of());
        PathView path = r.pathView();
        PathView pointwise = r.pointwiseView();
        ModelCoverage coverage = r.coverage();
        diagram.setChart(PtCharts.diagram(path, pointwise, coverage, "P-T path (" + r.path().method() + ")"));
        pressure.setChart(PtCharts.againstDistance(path, pointwise, coverage, false));
        temperature.setChart(PtCharts.againstDistance(path, pointwise, coverage, true));
        if (path.hasRelativeTime()) {
            pressureByTime.setChart(PtCharts.againstRelativeTime(path, r.growthLaw(), false));
            temperatureByTime.setChart(PtCharts.againstRelativeTime(path, r.growthLaw(), true));
        } else {
            pressureByTime.setChart(new Chart("no relative time: it needs the smc inverter with growthLaw linear or "
                    + "arrhenius"));
            temperatureByTime.setChart(new Chart(""));
        }
        residuals.setChart(DiagnosticCharts.residuals(r.residuals()));
        boolean smc = r.settings() instanceof SmcSettings;
        Chart grid = DiagnosticCharts.evidence(r.path().hyperparameters(), r.path().size(), smc);
        evidence.setChart(grid != null ? grid
                : new Chart("no hyperparameter grid in this run (fixed hyperparameters or static parameters)"));
        pointwiseTable.removeAll();
        for (PointEstimate e : r.pointwise()) {
            if (e == null) {
                continue;
            }
            new TableItem(pointwiseTable, SWT.NONE).setText(new String[] { Integer.toString(e.row()),
                    fmt(r.profile().distanceUm()[e.row()], 1), fmt(e.pBar() / 1000, 3), fmt(e.tK() - 273.15, 1),
                    fmt(e.pSd() / 1000, 3), fmt(e.tSd(), 1), fmt(e.correlation(), 2), String.join(";", e.modelIds()) });
        }
        hyperTable.removeAll();
        if (r.path().hyperparameters() != null) {
            for (Hyperparameter h : r.path().hyperparameters().rows()) {
                new TableItem(hyperTable, SWT.NONE).setText(new String[] { h.name(), fmt4(h.value()), fmt4(h.sdLog()),
                        fmt4(h.lo95()), fmt4(h.hi95()), h.unit(), h.note() });
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("method ").append(r.path().method()).append("; models ");
        List<String> badges = new ArrayList<>();
        for (ThermodynamicModel m : r.models()) {
            badges.add(m.id() + (m.status() == ModelStatus.VERIFIED ? "" : " [\u26a0 " + m.status().label() + "]"));
        }
        b.append(String.join(", ", badges));
        if (r.settings() instanceof MrfSettings m) {
            b.append("; bands ").append(m.bands()).append(m.includeCalibration() ? " incl. calibration" : "");
        }
        if (r.path().hasRelativeTime()) {
            b.append("; relative time from the assumed ").append(r.growthLaw()).append(" growth law: the profile "
                    + "carries no information about rates (PT.md \u00a76.5)");
        }
        if (!r.diagnostics().warnings().isEmpty()) {
            b.append("\nwarnings: ").append(String.join(" | ", r.diagnostics().warnings()));
        }
        header.setText(b.toString());
        header.getParent().layout(true, true);
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    private static String fmt4(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "";
    }

    private void saveMethod() {
        SavedMethod.askAndSave(run.getShell(), "ptpath-method.json", this::saveMethod);
    }

    /**
     * Writes the method file in the shape of {@code ptpath}'s {@code run.json} settings: the
     * inverter id, the models, the changed model parameters as {@code <id>.<name>=<value>}, and
     * the inverter's settings record under its id.
     */
    void saveMethod(Path file) throws IOException {
        Map<String, Object> settingsNode = new LinkedHashMap<>();
        PtPathInverter i = inverter();
        settingsNode.put("method", i == null ? "" : i.id());
        settingsNode.put("models", new ArrayList<>(new java.util.TreeSet<>(picker.checkedIds())));
        List<String> parameters = new ArrayList<>();
        picker.changedParameters().forEach((k, v) -> parameters.add(k + "=" + v));
        settingsNode.put("modelParameters", parameters);
        if (i != null && settings != null) {
            settingsNode.put(i.id(), settings.value());
        }
        SavedMethod.write(file, "ptpath", settingsNode, Map.of());
    }

    /** Chooses the inverter by id and shows its settings (for tests). */
    void selectInverter(String id) {
        int i = method.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no inverter '" + id + "' is installed");
        }
        method.select(i);
        showSettings();
        showProfile();
    }

    /** The latest run shown (for tests). */
    PtRun lastRun() {
        return last;
    }

    int hoveredPoint() {
        return hovered;
    }

    String headerText() {
        return header.getText();
    }

    RunStrip runStrip() {
        return run;
    }

    ChartCanvas diagramCanvas() {
        return diagram;
    }

    ChartCanvas pressureCanvas() {
        return pressure;
    }

    ChartCanvas temperatureCanvas() {
        return temperature;
    }

    ChartCanvas pressureByTimeCanvas() {
        return pressureByTime;
    }

    ChartCanvas temperatureByTimeCanvas() {
        return temperatureByTime;
    }

    ChartCanvas residualCanvas() {
        return residuals;
    }

    ChartCanvas evidenceCanvas() {
        return evidence;
    }

    Table pointwiseTable() {
        return pointwiseTable;
    }

    Table hyperparameterTable() {
        return hyperTable;
    }

    ModelPicker picker() {
        return picker;
    }

    SettingsForm<?> settingsForm() {
        return settings;
    }

    @PreDestroy
    public void dispose() {
        datasets.removeListener(listener);
    }
}
