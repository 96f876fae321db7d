package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.isocon.QPathPoint;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.testing.TestWindow;
import org.petrobench.ui.testing.UiTestRig;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The isocon perspective's part with the real solver services on the bundled demo table, the
 * Grant example of ISOCON.md §8.1, whose hand-computed answer with grant, the frame {Al2O3, TiO2,
 * Zr} and meanRatio is r = 1.25, s = 0.8, V-ratio = 1.25·2.70/2.60 = 1.298077 and ΔSiO2 = +30 wt%;
 * Δ = r·C^A/C^O − 1 = +50, 0, 0, 0, −50, +100 % and ΔC = +30, 0, 0, 0 ppm, −1.5, +4 for SiO2,
 * Al2O3, TiO2, Zr, K2O, CaO (C^O = 60, 16, 0.8, 200, 3, 4; C^A = 72, 12.8, 0.64, 160, 1.2, 6.4).
 */
class IsoconPerspectiveUiTest {

    @RegisterExtension
    final TestWindow window = new TestWindow(1200, 800);

    private static <T> List<T> services(Class<T> type, int atLeast) throws InterruptedException {
        return UiTestRig.services(IsoconPerspectiveUiTest.class, type, atLeast);
    }

    private IsoconPart part() throws Exception {
        IsoconPart part = new IsoconPart();
        part.datasets = new OpenDatasets();
        part.solvers = services(IsoconSolver.class, 3);
        part.autoRunDemo = false;
        part.create(window.shell());
        window.shell().open();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof IsoconDatasetOpener).findFirst().orElseThrow();
        opener.demo(Monitor.silent()).forEach(part.datasets::add);
        window.flush();
        return part;
    }

    private static int pixels(ImageData img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                if (((c.red << 16) | (c.green << 8) | c.blue) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The demo table's protolith and altered sample (ISOCON.md §8.1), written out independently of the bundle. */
    private static final String[] DEMO_NAMES = { "SiO2", "Al2O3", "TiO2", "Zr", "K2O", "CaO" };
    private static final double[] DEMO_C0 = { 60, 16, 0.8, 200, 3, 4 };
    private static final double[] DEMO_CA = { 72, 12.8, 0.64, 160, 1.2, 6.4 };

    /** The cell of {@code column} in the first row whose {@code keyColumn} is {@code key}. */
    private static String cell(DataTable t, String keyColumn, String key, String column) {
        int k = t.header().indexOf(keyColumn);
        int c = t.header().indexOf(column);
        assertTrue(k >= 0 && c >= 0, "columns " + keyColumn + ", " + column + " in " + t.header());
        for (List<String> row : t.rows()) {
            if (row.get(k).equals(key)) {
                return row.get(c);
            }
        }
        throw new AssertionError("no row with " + keyColumn + " = " + key + " in " + t.rows());
    }

    private static double number(DataTable t, String keyColumn, String key, String column) {
        return Double.parseDouble(cell(t, keyColumn, key, column));
    }

    /** Ticks a check box as a user would (the selection event included). */
    private void toggle(Button b, boolean on) throws InterruptedException {
        b.setSelection(on);
        b.notifyListeners(SWT.Selection, new Event());
        window.flush();
    }

    private Job run(IsoconPart part, String method, String immobile, int bootstrap) throws Exception {
        part.methodCombo().setText(method);
        part.immobileField().setText(immobile);
        part.settingsForm().setField("bootstrap", Integer.toString(bootstrap));
        Job job = part.runSolver();
        window.finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        return job;
    }

    @Test
    void grantOnTheDemoTableGivesTheHandComputedMassChange(@TempDir Path dir) throws Exception {
        IsoconPart part = part();
        assertEquals(2, part.dataTable().getItemCount());
        assertEquals("P1", part.dataTable().getItem(0).getText(0));
        assertTrue(part.dataTable().getItem(0).getChecked(), "the first row starts as protolith");
        part.methodCombo().setText("grant");
        part.immobileField().setText("Al2O3, TiO2, Zr");
        part.settingsForm().setField("slope", "meanRatio");
        part.settingsForm().setField("bootstrap", "0");
        Job job = part.runSolver();
        window.finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));

        TableItem a1 = part.massTable().getItem(0);
        assertEquals("A1", a1.getText(0));
        assertEquals(1.25, Double.parseDouble(a1.getText(1)), 1e-9);
        assertEquals(0.8, Double.parseDouble(a1.getText(3)), 1e-9);
        // shown with 6 significant digits, as the output files write numbers (ISOCON.md §6)
        assertEquals(1.298077, Double.parseDouble(a1.getText(4)), 5e-6);
        TableItem silica = null;
        for (TableItem t : part.transferTable().getItems()) {
            if (t.getText(1).equals("SiO2")) {
                silica = t;
            }
        }
        assertNotNull(silica);
        assertEquals(30.0, Double.parseDouble(silica.getText(3)), 1e-9);
        assertEquals(0.5, Double.parseDouble(silica.getText(5)), 1e-9);

        // the isocon line (category 0 blue) and the immobile points (category 3 red) are drawn
        ImageData diagram = part.isoconCanvas().snapshot();
        assertTrue(pixels(diagram, Palette.category(0)) > 200, "isocon line");
        assertTrue(pixels(diagram, Palette.category(3)) > 50, "immobile components");
        assertTrue(pixels(part.barsCanvas().snapshot(), Palette.category(0)) > 500, "mass-change bars");

        Path method = dir.resolve("isocon.json");
        part.saveMethod(method);
        String json = Files.readString(method);
        assertTrue(json.contains("\"method\" : \"grant\""), json);
        assertTrue(json.contains("\"TiO2\""), json);
        assertTrue(json.contains("\"slope\" : \"meanRatio\""), json);
    }

    @Test
    void tabsAreDistinctAndNamedAfterTheirViews() throws Exception {
        IsoconPart part = part();
        List<String> titles = java.util.Arrays.stream(part.tabFolder().getItems()).map(CTabItem::getText).toList();
        assertEquals(titles.size(), titles.stream().distinct().count(), "no two tabs share a title: " + titles);
        assertEquals(List.of("Isocon diagram", "Mass-change bars", "q-path", "\u03c4-path", "Gresens diagram",
                "Mass ratios", "Transfer", "Immobile set"), titles);
    }

    @Test
    void grantViewsShowTheHandComputedNumbers() throws Exception {
        IsoconPart part = part();
        run(part, "grant", "Al2O3, TiO2, Zr", 0);

        // isocon diagram: TiO2×50 and Zr/5 share the point (40, 32); their labels no longer do
        DataTable iso = part.isoconCanvas().chart().data();
        assertEquals(40, number(iso, "component", "TiO2", "x_scaled"), 1e-9);
        assertEquals(40, number(iso, "component", "Zr", "x_scaled"), 1e-9);
        assertEquals(32, number(iso, "component", "Zr", "y_scaled"), 1e-9);
        assertNotEquals(number(iso, "component", "TiO2", "label_y"), number(iso, "component", "Zr", "label_y"));
        assertFalse(part.fanToggle().getEnabled(), "no bootstrap, no fan");
        // an edited scale factor re-draws the diagram with it (SiO2 ×1: the point (60, 72))
        part.editFactor(0, " 1 ");
        window.flush();
        iso = part.isoconCanvas().chart().data();
        assertEquals("1", cell(iso, "component", "SiO2", "factor"));
        assertEquals(60, number(iso, "component", "SiO2", "x_scaled"), 1e-9);
        assertEquals(72, number(iso, "component", "SiO2", "y_scaled"), 1e-9);
        assertEquals("SiO2", cell(iso, "component", "SiO2", "label"));
        assertEquals("1", part.factorTable().getItem(0).getText(1));

        // relative bars: Δ in %, no whiskers without a bootstrap
        DataTable rel = part.barsCanvas().chart().data();
        double[] percent = { 50, 0, 0, 0, -50, 100 };
        for (int i = 0; i < DEMO_NAMES.length; i++) {
            assertEquals(percent[i], number(rel, "component", DEMO_NAMES[i], "delta_rel_percent"), 1e-9, DEMO_NAMES[i]);
        }
        assertEquals("", cell(rel, "component", "SiO2", "lo95_percent"));
        // log scale: 100·ln(1 + Δ)
        toggle(part.logScaleToggle(), true);
        DataTable log = part.barsCanvas().chart().data();
        assertEquals(100 * Math.log(1.5), number(log, "component", "SiO2", "bar_height"), 1e-9);
        assertEquals(100 * Math.log(0.5), number(log, "component", "K2O", "bar_height"), 1e-9);
        assertEquals(100 * Math.log(2), number(log, "component", "CaO", "bar_height"), 1e-9);
        // absolute: ΔC in a wt% panel and a ppm panel
        toggle(part.absoluteToggle(), true);
        DataTable majors = part.barsCanvas().chart().data();
        assertEquals(5, majors.rows().size());
        assertEquals(30, number(majors, "component", "SiO2", "delta_abs"), 1e-9);
        assertEquals(-1.5, number(majors, "component", "K2O", "delta_abs"), 1e-9);
        assertEquals(4, number(majors, "component", "CaO", "delta_abs"), 1e-9);
        assertEquals("wt%", cell(majors, "component", "SiO2", "unit"));
        assertTrue(part.barsTraceCanvas().getVisible(), "the ppm panel is shown");
        DataTable traces = part.barsTraceCanvas().chart().data();
        assertEquals(1, traces.rows().size());
        assertEquals(0, number(traces, "component", "Zr", "delta_abs"), 1e-9);
        assertEquals("ppm", cell(traces, "component", "Zr", "unit"));
        assertTrue(pixels(part.barsCanvas().snapshot(), Palette.category(0)) > 500, "absolute bars are drawn");
        toggle(part.absoluteToggle(), false);
        assertFalse(part.barsTraceCanvas().getVisible(), "no ppm panel in the relative view");

        // grant has densities: the Gresens diagram at the run's volume factor
        DataTable gresens = part.gresensCanvas().chart().data();
        assertEquals(1.25 * 2.70 / 2.60, number(gresens, "component", "SiO2", "chosen_fv"), 1e-12);
        assertEquals(30, number(gresens, "component", "SiO2", "delta_x_at_chosen_fv"), 1e-9);
        // the τ-path belongs to the sparse method
        assertFalse(part.tauPathCanvas().chart().hasContent());
    }

    @Test
    void censoredCellsAreMarkedInTheIsoconDiagram(@TempDir Path dir) throws Exception {
        IsoconPart part = part();
        Path table = dir.resolve("censored.csv");
        // the Grant example without CaO, K2O of A1 below a detection limit of 0.2 wt%
        Files.writeString(table, "sample,SiO2_wt%,Al2O3_wt%,TiO2_wt%,Zr_ppm,K2O_wt%\n"
                + "P1,60.0,16.0,0.80,200,3.0\nA1,72.0,12.8,0.64,160,<0.2\n");
        DatasetOpener opener = services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof IsoconDatasetOpener).findFirst().orElseThrow();
        opener.open(table, Monitor.silent()).forEach(part.datasets::add);
        window.flush();
        part.settingsForm().setField("belowDetection", "halfLimit");
        run(part, "grant", "Al2O3, TiO2, Zr", 0);
        Chart iso = part.isoconCanvas().chart();
        assertEquals("true", cell(iso.data(), "component", "K2O", "censored"));
        assertEquals("false", cell(iso.data(), "component", "SiO2", "censored"));
        assertEquals(0.1, number(iso.data(), "component", "K2O", "CA"), 1e-12, "half the limit");
        Layer.Points crosses = iso.layers().stream()
                .filter(l -> l instanceof Layer.Points p && p.marker() == Layer.Marker.CROSS).map(l -> (Layer.Points) l)
                .findFirst().orElseThrow();
        int k2o = 4;
        assertEquals(number(iso.data(), "component", "K2O", "x_scaled"), crosses.x()[k2o], 1e-12);
        assertTrue(Double.isNaN(crosses.x()[0]), "SiO2 is not crossed");
        assertFalse(part.gresensCanvas().chart().hasContent(), "no densities, no Gresens diagram");
    }

    @Test
    void gresensShowsTheCompositionVolumeDiagram() throws Exception {
        IsoconPart part = part();
        run(part, "gresens", "Al2O3, TiO2, Zr", 0);
        IsoconSolution solution = part.lastSolution();
        double fv = 1.25 * 2.70 / 2.60;
        assertEquals(fv, Double.parseDouble(part.massTable().getItem(0).getText(4)), 5e-6);

        DataTable majors = part.gresensCanvas().chart().data();
        assertTrue(part.gresensCanvas().chart().title().contains("A1"), part.gresensCanvas().chart().title());
        // zero crossings (R2) by hand: (ρO/ρA)(C^O/C^A), and as the engine reports them in run.json
        double[] engine = (double[]) solution.details().get("zeroCrossings");
        for (int i = 0; i < DEMO_NAMES.length; i++) {
            if (DEMO_NAMES[i].equals("Zr")) {
                continue;
            }
            double hand = 2.70 / 2.60 * DEMO_C0[i] / DEMO_CA[i];
            assertEquals(hand, number(majors, "component", DEMO_NAMES[i], "zero_crossing_fv"), 1e-12, DEMO_NAMES[i]);
            assertEquals(engine[i], number(majors, "component", DEMO_NAMES[i], "zero_crossing_fv"), 1e-12);
            assertEquals(fv, number(majors, "component", DEMO_NAMES[i], "chosen_fv"), 1e-9);
        }
        assertEquals(30, number(majors, "component", "SiO2", "delta_x_at_chosen_fv"), 1e-9);
        assertEquals(-1.5, number(majors, "component", "K2O", "delta_x_at_chosen_fv"), 1e-9);
        assertEquals("true", cell(majors, "component", "TiO2", "frame"));
        assertTrue(part.gresensTraceCanvas().getVisible(), "Zr (ppm) has its own panel");
        DataTable traces = part.gresensTraceCanvas().chart().data();
        assertEquals(0, number(traces, "component", "Zr", "delta_x_at_chosen_fv"), 1e-9);
        assertEquals(fv, number(traces, "component", "Zr", "zero_crossing_fv"), 1e-9);

        ImageData image = part.gresensCanvas().snapshot();
        assertTrue(pixels(image, Palette.category(0)) > 100, "the SiO2 line is drawn");
        assertTrue(pixels(image, Palette.RED) > 50, "the chosen f_v is drawn");
        assertTrue(pixels(part.gresensTraceCanvas().snapshot(), Palette.category(0)) > 100, "the Zr line is drawn");
    }

    @Test
    void sparseShowsTheQPath() throws Exception {
        IsoconPart part = part();
        run(part, "sparse", "", 0);
        IsoconSolution solution = part.lastSolution();
        assertFalse(solution.qPath().isEmpty());
        assertTrue(part.qPathCanvas().chart().hasContent());
        assertTrue(pixels(part.qPathCanvas().snapshot(), Palette.category(0)) > 100, "r(q) of A1 is drawn");

        // bottom panel: with one sample, m_i(q) = |r(q)·C^A/C^O − 1|
        DataTable mobility = part.qMobilityCanvas().chart().data();
        assertEquals(solution.qPath().size() * DEMO_NAMES.length, mobility.rows().size());
        for (List<String> row : mobility.rows()) {
            double q = Double.parseDouble(row.get(0));
            QPathPoint at = solution.qPath().stream().filter(p -> p.q() == q).findFirst().orElseThrow();
            int i = List.of(DEMO_NAMES).indexOf(row.get(1));
            double expected = Math.abs(at.massRatio()[0] * DEMO_CA[i] / DEMO_C0[i] - 1);
            assertEquals(expected, Double.parseDouble(row.get(2)), 1e-9, row.toString());
            assertEquals(Boolean.toString(at.immobile().contains(row.get(1))), row.get(3), row.toString());
        }
        assertTrue(pixels(part.qMobilityCanvas().snapshot(), Palette.RED) > 100, "the \u03c4 line is drawn");

        // τ-path at the run's τ: the solver's immobile set
        DataTable tau = part.tauPathCanvas().chart().data();
        for (int i = 0; i < DEMO_NAMES.length; i++) {
            assertEquals(Boolean.toString(solution.immobileSet().immobile()[i]),
                    cell(tau, "component", DEMO_NAMES[i], "immobile_at_tau"), DEMO_NAMES[i]);
        }
        ImageData bars = part.tauPathCanvas().snapshot();
        assertTrue(pixels(bars, Palette.category(3)) > 100, "immobile components");
        assertTrue(pixels(bars, Palette.category(0)) > 500, "mobile components");
        // τ = 0.6 takes in SiO2 and K2O (mobility 0.5 at r = 1.25) but not CaO (1.0), without a new run
        part.tauSpinner().setSelection(600);
        part.tauSpinner().notifyListeners(SWT.Selection, new Event());
        window.flush();
        tau = part.tauPathCanvas().chart().data();
        assertEquals("true", cell(tau, "component", "SiO2", "immobile_at_tau"));
        assertEquals("true", cell(tau, "component", "K2O", "immobile_at_tau"));
        assertEquals("false", cell(tau, "component", "CaO", "immobile_at_tau"));
        assertTrue(part.tauPathCanvas().chart().title().contains("SiO2"), part.tauPathCanvas().chart().title());
        assertSame(solution, part.lastSolution(), "re-labelled without re-solving");
    }

    @Test
    void aBootstrapGivesTheFanAndTheWhiskers(@TempDir Path dir) throws Exception {
        IsoconPart part = part();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof IsoconDatasetOpener).findFirst().orElseThrow();
        opener.open(replicatedTable(dir), Monitor.silent()).forEach(part.datasets::add);
        window.flush();
        part.dataTable().getItem(1).setChecked(true);
        run(part, "grant", "Al2O3, Zr", 200);
        IsoconSolution solution = part.lastSolution();
        double p025 = solution.uncertainty().massRatioP025()[0];
        double p975 = solution.uncertainty().massRatioP975()[0];
        assertTrue(p025 < solution.transfer().massRatio()[0] && solution.transfer().massRatio()[0] < p975,
                p025 + " < r < " + p975);

        assertTrue(part.fanToggle().getEnabled(), "the percentiles of r are known");
        assertFalse(part.isoconCanvas().chart().layers().stream().anyMatch(l -> l instanceof Layer.Polygon),
                "no fan until asked for");
        toggle(part.fanToggle(), true);
        Chart iso = part.isoconCanvas().chart();
        Layer.Polygon fan = iso.layers().stream().filter(l -> l instanceof Layer.Polygon).map(l -> (Layer.Polygon) l)
                .findFirst().orElseThrow();
        double extent = fan.x()[1];
        assertEquals(extent / p975, fan.y()[1], 1e-9, "lower slope 1/r(97.5 %)");
        assertEquals(extent / p025, fan.y()[2], 1e-9, "upper slope 1/r(2.5 %)");
        assertEquals(1 / p975, number(iso.data(), "component", "SiO2", "slope_p2.5"), 1e-12);
        // the sds of the replicated table give 2σ error bars
        Layer.Points mobile = iso.layers().stream().filter(l -> l instanceof Layer.Points p && !p.filled())
                .map(l -> (Layer.Points) l).findFirst().orElseThrow();
        assertTrue(mobile.yError() != null && mobile.yError()[0] > 0, "y error bars");

        // whiskers: Δ ± 1.96·sd of the bootstrap, in %
        DataTable rel = part.barsCanvas().chart().data();
        int n = solution.problem().componentCount();
        int silica = solution.problem().indexOf("SiO2");
        double delta = solution.transfer().deltaRel(0, silica);
        double sd = solution.uncertainty().deltaRelSd()[silica];
        assertTrue(sd > 0, "the bootstrap spread of \u0394");
        List<String> row = rel.rows().stream().filter(r -> r.get(0).equals("A1") && r.get(1).equals("SiO2"))
                .findFirst().orElseThrow();
        assertEquals(100 * (delta - 1.959964 * sd), Double.parseDouble(row.get(3)), 1e-4);
        assertEquals(100 * (delta + 1.959964 * sd), Double.parseDouble(row.get(4)), 1e-4);
        assertEquals(3 * n, rel.rows().size(), "three samples");

        // all samples in one isocon diagram, one colour and one isocon line each
        toggle(part.overlayToggle(), true);
        Chart all = part.isoconCanvas().chart();
        assertEquals(3 * n, all.data().rows().size());
        for (int j = 0; j < 3; j++) {
            String name = solution.problem().sample(j);
            List<String> a = all.data().rows().stream().filter(r -> r.get(0).equals(name) && r.get(1).equals("SiO2"))
                    .findFirst().orElseThrow();
            double g = Double.parseDouble(a.get(2));
            assertEquals(g * solution.problem().altered(j, silica), Double.parseDouble(a.get(4)), 1e-9, name);
            assertEquals(solution.transfer().isoconSlope()[j], Double.parseDouble(a.get(6)), 1e-12, name);
        }
        assertTrue(pixels(part.isoconCanvas().snapshot(), Palette.category(2)) > 100, "the third sample's colour");
    }

    /**
     * A table with replicates and analytical sds, so that the bootstrap has something to
     * resample: two protolith replicates and three altered samples that gained mass by 10, 20 and
     * 30 % with Zr and Al2O3 immobile (C^A = C^O / r for those), values made up for this test.
     */
    private static Path replicatedTable(Path dir) throws java.io.IOException {
        StringBuilder b = new StringBuilder("sample,SiO2_wt%,Al2O3_wt%,Zr_ppm,K2O_wt%,SiO2_sd,Al2O3_sd,Zr_sd,K2O_sd\n");
        b.append("P1,60.0,16.0,200,3.0,0.6,0.16,4,0.05\n");
        b.append("P2,61.0,16.2,204,3.1,0.6,0.16,4,0.05\n");
        double[] r = { 1.1, 1.2, 1.3 };
        for (int j = 0; j < 3; j++) {
            b.append(String.format(java.util.Locale.ROOT, "A%d,%.3f,%.3f,%.2f,%.3f,0.6,0.16,4,0.05%n", j + 1,
                    62.0 + 3 * j, 16.1 / r[j], 202 / r[j], 2.0 - 0.4 * j));
        }
        Path f = dir.resolve("replicated.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void aLongBootstrapCanBeCancelled(@TempDir Path dir) throws Exception {
        IsoconPart part = part();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof IsoconDatasetOpener).findFirst().orElseThrow();
        Path table = replicatedTable(dir);
        assertTrue(opener.canOpen(table), "a composition table is recognised by its header");
        opener.open(table, Monitor.silent()).forEach(part.datasets::add);
        window.flush();
        assertEquals(5, part.dataTable().getItemCount());
        part.dataTable().getItem(1).setChecked(true);
        part.methodCombo().setText("sparse");
        // a million bootstrap replicates: far longer than the test waits before cancelling
        part.settingsForm().setField("bootstrap", "1000000");
        Job longJob = part.runSolver();
        while (longJob.getState() != Job.RUNNING && longJob.getResult() == null) {
            window.display().readAndDispatch();
            Thread.sleep(5);
        }
        assertEquals(null, longJob.getResult(), "the job is still running when cancelled");
        part.runStrip().cancel();
        window.finish(longJob);
        assertEquals(IStatus.CANCEL, longJob.getResult().getSeverity());
        assertEquals("cancelled", part.runStrip().statusText());
    }
}
