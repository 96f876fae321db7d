package org.petrobench.epma.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.PhaseSummary;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.SpotReport;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
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
 * EPMA quantification: the quantifier's settings, a run in the background, and its results: the
 * summary table (per phase means ± sd and modal fraction), the spot-calibration views (β: spot
 * peak vs map intensity with the fitted line; α: wt% vs net per phase; a check of the map against
 * the spots), the calibration parameters, the spot report and the phase map.
 */
public final class QuantifyPart {

    @Inject
    EpmaSession session;

    @Inject
    @Optional
    @Service
    List<EpmaQuantifier> quantifiers;

    /** Quantify the demo dataset as soon as it is open (off in tests that drive the part themselves). */
    boolean autoRunDemo = true;

    private SettingsForm<QuantifierSettings> form;
    private RunStrip run;
    private Label header;
    private Table summary;
    private Combo calibrationView;
    private Combo calibrationOxide;
    private ChartCanvas calibration;
    private Table parameters;
    private Table spots;
    private ChartCanvas phaseMap;
    private final Runnable listener = () -> {
        if (run != null && !run.isDisposed()) {
            run.getDisplay().asyncExec(this::showSession);
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        GridData scrollLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        scrollLayout.heightHint = 150;
        scroll.setLayoutData(scrollLayout);
        form = new SettingsForm<>(scroll, QuantifierSettings.class, QuantifierSettings.defaults());
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        run = new RunStrip(buttons, "Quantify", this::quantify);
        run.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button save = new Button(buttons, SWT.PUSH);
        save.setText("Save method...");
        save.setToolTipText("the settings as a method file for ./petrobench quantify --method-file");
        save.addListener(SWT.Selection, e -> saveMethod());
        header = new Label(parent, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setText("open maps and spots, then press Quantify");

        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        summary = tableTab(tabs, "Summary");
        CTabItem calItem = new CTabItem(tabs, SWT.NONE);
        calItem.setText("Calibration");
        Composite calBox = new Composite(tabs, SWT.NONE);
        calBox.setLayout(new GridLayout(4, false));
        new Label(calBox, SWT.NONE).setText("View");
        calibrationView = new Combo(calBox, SWT.READ_ONLY);
        for (CalibrationChart.View v : CalibrationChart.View.values()) {
            calibrationView.add(v.label);
        }
        calibrationView.select(0);
        calibrationView.addListener(SWT.Selection, e -> showCalibration());
        new Label(calBox, SWT.NONE).setText("Oxide");
        calibrationOxide = new Combo(calBox, SWT.READ_ONLY);
        calibrationOxide.addListener(SWT.Selection, e -> showCalibration());
        calibration = new ChartCanvas(calBox);
        calibration.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        calItem.setControl(calBox);
        parameters = tableTab(tabs, "Parameters");
        spots = tableTab(tabs, "Spots");
        CTabItem phaseItem = new CTabItem(tabs, SWT.NONE);
        phaseItem.setText("Phase map");
        phaseMap = new ChartCanvas(tabs);
        phaseItem.setControl(phaseMap);
        tabs.setSelection(0);
        session.addListener(listener);
        showSession();
    }

    private static Table tableTab(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Table t = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        ExportMenu.attach(t, () -> title);
        item.setControl(t);
        return t;
    }

    private static void columns(Table t, List<String> names) {
        t.removeAll();
        for (TableColumn c : t.getColumns()) {
            c.dispose();
        }
        for (String n : names) {
            TableColumn c = new TableColumn(t, SWT.NONE);
            c.setText(n);
            c.setWidth(Math.max(70, 9 * n.length()));
        }
    }

    private EpmaQuantifier quantifier() {
        return quantifiers == null || quantifiers.isEmpty() ? null : quantifiers.get(0);
    }

    /** Starts the quantification of the session's maps and spots; returns the job (null when it cannot start). */
    Job quantify() {
        XrayMapSet maps = session.maps();
        SpotSet spotSet = session.spots();
        EpmaQuantifier q = quantifier();
        QuantifierSettings settings;
        try {
            settings = form.value();
        } catch (IllegalArgumentException e) {
            UserMessages.error(run.getShell(), "Quantify", e.getMessage());
            return null;
        }
        if (maps == null || q == null) {
            UserMessages.error(run.getShell(), "Quantify", maps == null ? "open X-ray maps (and spots) first"
                    : "no EPMA quantifier is installed");
            return null;
        }
        return run.start("Quantify (" + q.id() + ")", monitor -> {
            var result = q.quantify(maps, spotSet, settings, monitor);
            monitor.checkCanceled();
            return Quantification.of(result);
        }, result -> {
            if (session.maps() == maps) {
                session.setQuantified(result);
            }
        });
    }

    private void showSession() {
        if (run.isDisposed()) {
            return;
        }
        run.setRunnable(session.maps() != null && quantifier() != null);
        Quantification q = session.quantified();
        if (q == null) {
            summary.removeAll();
            Job j = run.job();
            boolean idle = j == null || j.getState() == Job.NONE;
            if (autoRunDemo && session.isDemo() && session.spots() != null && idle && quantifier() != null) {
                quantify();
            }
            return;
        }
        showSummary(q);
        showParameters(q);
        showSpots(q);
        String previous = calibrationOxide.getText();
        calibrationOxide.removeAll();
        for (QuantifiedElement e : q.maps().elements()) {
            calibrationOxide.add(e.oxide());
        }
        calibrationOxide.select(Math.max(0, calibrationOxide.indexOf(previous)));
        showCalibration();
        var g = q.maps().geometry();
        int[] labels = new int[g.pixels()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = q.maps().membership().label(i);
        }
        phaseMap.setChart(MapCharts.phases("Phase map (" + q.maps().membership().kind().label() + ")", labels,
                g.lines(), g.columns(), q.maps().membership().phases().toArray(new String[0])));
        header.setText(String.format(Locale.ROOT, "%d phases, %d spots (%d outliers); %s",
                q.maps().phases().size(), q.maps().spots().size(), EpmaQuantities.outlierSpotIds(session).size(),
                q.maps().diagnostics().warnings().isEmpty() ? "no warnings"
                        : "warnings: " + String.join(" | ", q.maps().diagnostics().warnings())));
        header.getParent().layout(true, true);
    }

    private void showSummary(Quantification q) {
        List<QuantifiedElement> elements = q.maps().elements();
        List<String> names = new ArrayList<>(List.of("phase", "pixels", "modal_fraction"));
        for (QuantifiedElement e : elements) {
            names.add(e.oxide() + " (wt%)");
        }
        names.add("Total (wt%)");
        columns(summary, names);
        for (PhaseSummary s : PhaseSummary.of(q.maps(), PhaseSummary.Weighting.MEMBERSHIP)) {
            List<String> cells = new ArrayList<>(List.of(s.phase(), Integer.toString(s.pixels()),
                    String.format(Locale.ROOT, "%.4f", s.modalFraction())));
            for (int e = 0; e < s.mean().length; e++) {
                cells.add(Double.isFinite(s.mean()[e])
                        ? String.format(Locale.ROOT, "%.2f \u00b1 %.2f", s.mean()[e], s.sd()[e]) : "");
            }
            new TableItem(summary, SWT.NONE).setText(cells.toArray(new String[0]));
        }
    }

    private void showParameters(Quantification q) {
        columns(parameters, List.of("oxide", "element", "phase", "alpha", "alpha_se", "beta", "beta_se", "gamma",
                "gamma_se", "n_spots", "source"));
        for (CalibrationParameters.Row r : q.maps().parameters().rows()) {
            new TableItem(parameters, SWT.NONE).setText(new String[] { r.oxide(), r.element(), r.phase(), g(r.alpha()),
                    g(r.alphaSe()), g(r.beta()), g(r.betaSe()), g(r.gamma()), g(r.gammaSe()),
                    Integer.toString(r.nSpots()), r.source().label() });
        }
    }

    private void showSpots(Quantification q) {
        columns(spots, List.of("id", "phase", "line", "column", "used", "outlier", "reason"));
        for (SpotReport r : q.maps().spots()) {
            new TableItem(spots, SWT.NONE).setText(new String[] { r.id(), r.phase(), Integer.toString(r.line()),
                    Integer.toString(r.column()), Boolean.toString(r.used()),
                    r.outlier() == null ? "" : r.outlier().toString(), r.reason() });
        }
    }

    private void showCalibration() {
        Quantification q = session.quantified();
        int e = calibrationOxide.getSelectionIndex();
        int v = calibrationView.getSelectionIndex();
        if (q == null || e < 0 || v < 0) {
            return;
        }
        calibration.setChart(CalibrationChart.chart(CalibrationChart.View.values()[v], e, q, session.spots()));
    }

    /** Shows calibration view {@code view} of quantified element {@code element} (as the two selectors do). */
    void showCalibration(CalibrationChart.View view, int element) {
        calibrationView.select(view.ordinal());
        calibrationOxide.select(element);
        showCalibration();
    }

    private static String g(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.5g", v) : "";
    }

    private void saveMethod() {
        SavedMethod.askAndSave(run.getShell(), "quantify-method.json", this::saveMethod);
    }

    /** Writes the method file ({@code ./petrobench quantify --method-file}). */
    void saveMethod(Path file) throws IOException {
        SavedMethod.write(file, "quantify", form.value(), Map.of());
    }

    RunStrip runStrip() {
        return run;
    }

    Table summaryTable() {
        return summary;
    }

    Table spotsTable() {
        return spots;
    }

    ChartCanvas calibrationCanvas() {
        return calibration;
    }

    ChartCanvas phaseMapCanvas() {
        return phaseMap;
    }

    SettingsForm<QuantifierSettings> settingsForm() {
        return form;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }
}
