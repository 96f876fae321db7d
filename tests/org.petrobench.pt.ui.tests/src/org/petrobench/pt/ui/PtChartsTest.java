package org.petrobench.pt.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.Hyperparameter;
import org.petrobench.pt.path.Hyperparameters;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.SmcSettings;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ChartExport;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Frame;
import org.petrobench.ui.plot.Layer;

/**
 * The P-T plots built from a hand-made six-point path and profile (no engine): a linear
 * thermometer on Grt.X (rows 0, 1, 4, 5) and a linear barometer on Pl.Y (rows 0, 4), so rows 2–3
 * are a prior-only gap. Every expected number below is worked out by hand from these inputs.
 */
class PtChartsTest {

    private static final double[] D = { 0, 10, 20, 30, 40, 50 };
    private static final double NAN = Double.NaN;

    private final ThermodynamicModel thermometer = new LinearModel("t-lin", ModelKind.THERMOMETER, "Grt.X", 700, 100,
            50);
    private final ThermodynamicModel barometer = new LinearModel("p-lin", ModelKind.BAROMETER, "Pl.Y", 4000, 2000,
            1000);

    private static ZoningProfile profile() {
        Map<String, double[]> c = new LinkedHashMap<>();
        c.put("Grt.X", new double[] { 0.8, 0.5, NAN, NAN, 0.2, 0.75 });
        c.put("Grt.X_sd", new double[] { 0.3, NAN, NAN, NAN, NAN, NAN });
        c.put("Pl.Y", new double[] { 0.25, NAN, NAN, NAN, 0.5, NAN });
        return new ZoningProfile("hand-made", D, new CompositionTable(6, c));
    }

    private static Hyperparameters hyperparameters(double stepSdP, double stepSdT) {
        List<Hyperparameter> rows = new ArrayList<>();
        rows.add(new Hyperparameter("stepsd_P", stepSdP, NAN, NAN, NAN, "kbar", ""));
        rows.add(new Hyperparameter("stepsd_T", stepSdT, NAN, NAN, NAN, "K", ""));
        rows.add(new Hyperparameter("sigma_t-lin", 20, NAN, NAN, NAN, "K", ""));
        rows.add(new Hyperparameter("sigma_p-lin", 300, NAN, NAN, NAN, "bar", ""));
        rows.add(new Hyperparameter("log_evidence", -2.5, NAN, NAN, NAN, "", ""));
        // 3 (P) × 2 (T) grid, row-major [iP·2 + iT]; the maximum −3 lies at iP = 1, iT = 1
        return new Hyperparameters(rows, new double[] { 0.1, 1, 10 }, new double[] { 1, 10 },
                new double[] { -50, -40, -10, -3, -30, -25 }, new double[0]);
    }

    /** P_k = 5 + 0.1k kbar, T_k = 800 + 10k K; τ given only when {@code withTime}; no calibration part. */
    private static PtPath path(boolean withTime, Hyperparameters h) {
        return path(withTime, h, NAN);
    }

    /** As above, with the systematic calibration sd of P {@code calP} kbar at every point. */
    private static PtPath path(boolean withTime, Hyperparameters h, double calP) {
        int n = D.length;
        double[] p = new double[n];
        double[] t = new double[n];
        double[] pSd = new double[n];
        double[] tSd = new double[n];
        double[] cov = new double[n];
        double[] pLo = new double[n];
        double[] pHi = new double[n];
        double[] tLo = new double[n];
        double[] tHi = new double[n];
        double[] nan = new double[n];
        double[] pCal = new double[n];
        for (int k = 0; k < n; k++) {
            p[k] = 5 + 0.1 * k;
            t[k] = 800 + 10 * k;
            pSd[k] = 0.5 + 0.1 * k;
            tSd[k] = 20 + k;
            cov[k] = 0.5 * pSd[k] * tSd[k];
            pLo[k] = p[k] - 1.96 * pSd[k];
            pHi[k] = p[k] + 1.96 * pSd[k];
            tLo[k] = t[k] - 1.96 * tSd[k];
            tHi[k] = t[k] + 1.96 * tSd[k];
            nan[k] = NAN;
            pCal[k] = calP;
        }
        boolean[] constrained = { true, true, false, false, true, true };
        double[] tau = withTime ? new double[] { 0, 0.1, 0.3, 0.5, 0.8, 1 } : null;
        double[] tauLo = withTime ? new double[] { 0, 0.05, 0.2, 0.4, 0.7, 1 } : null;
        double[] tauHi = withTime ? new double[] { 0, 0.2, 0.4, 0.6, 0.9, 1 } : null;
        return new PtPath(withTime ? "smc" : "mrf", List.of("t-lin", "p-lin"), D, p, t, pSd, tSd, cov, pLo, pHi, tLo,
                tHi, pCal, nan, constrained, tau, tauLo, tauHi, h, null);
    }

    private PtRun run(boolean withTime) {
        Record settings = withTime ? SmcSettings.defaults().withGrowthLaw(SmcSettings.GROWTH_LINEAR, 0) : null;
        return new PtRun(profile(), List.of(thermometer, barometer), settings, path(withTime, hyperparameters(1, 1)),
                new PointEstimate[6], new Diagnostics());
    }

    private static int column(DataTable t, String name) {
        int i = t.header().indexOf(name);
        assertTrue(i >= 0, "column " + name + " in " + t.header());
        return i;
    }

    private static <T extends Layer> List<T> layers(Chart c, Class<T> type) {
        return c.layers().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void coverageCountsWhatConstrainsEachPoint() {
        ModelCoverage c = run(false).coverage();
        assertEquals(List.of("t-lin", "p-lin"), c.modelIds());
        assertArrayEquals(new boolean[] { true, true, false, false, true, true }, c.defined()[0]);
        assertArrayEquals(new boolean[] { true, false, false, false, true, false }, c.defined()[1]);
        assertEquals(ModelCoverage.Constraint.PRESSURE_AND_TEMPERATURE, c.at(0));
        assertEquals(ModelCoverage.Constraint.ONE_OF_THEM, c.at(1));
        assertEquals(ModelCoverage.Constraint.PRIOR_ONLY, c.at(2));
        assertEquals(ModelCoverage.Constraint.ONE_OF_THEM, c.at(5));
    }

    @Test
    void residualsAreStandardisedByNoiseAndAnalyticalSd() {
        List<StandardisedResiduals.Channel> ch = run(false).residuals();
        assertEquals(2, ch.size());
        StandardisedResiduals.Channel t = ch.get(0);
        assertEquals("t-lin", t.name());
        assertArrayEquals(new int[] { 0, 1, 4, 5 }, t.rows());
        // row 0: f = 800 − (700 + 100·0.8) = 20 K; sd = √(20² + (100·0.3)²) = √1300
        assertEquals(20, t.residual()[0], 1e-9);
        assertEquals(20 / Math.sqrt(1300), t.z()[0], 1e-9);
        // row 1: f = 810 − 750 = 60, sd 20 → z = 3 (not flagged: |z| > 3 is); row 4: 840 − 720 = 120 → 6;
        // row 5: 850 − 775 = 75 → 3.75
        assertEquals(3, t.z()[1], 1e-9);
        assertEquals(6, t.z()[2], 1e-9);
        assertEquals(3.75, t.z()[3], 1e-9);
        assertEquals(2, t.flagged());
        StandardisedResiduals.Channel p = ch.get(1);
        // row 0: 5000 − (4000 + 2000·0.25) = 500 bar over 300; row 4: 5400 − 5000 = 400 over 300
        assertArrayEquals(new double[] { 500 / 300.0, 400 / 300.0 }, p.z(), 1e-9);
        assertEquals("noise estimate", p.sigmaSource());

        Chart c = DiagnosticCharts.residuals(ch);
        List<Layer.Points> pts = layers(c, Layer.Points.class);
        Layer.Points flagged = pts.get(pts.size() - 1);
        assertEquals("|z| > 3 (2 points)", flagged.legend());
        assertArrayEquals(new double[] { 40, 50 }, flagged.x());
        DataTable table = c.data();
        assertEquals(6, table.rows().size());
        int z = column(table, "z");
        int flag = column(table, "flagged");
        assertEquals(6.0, Double.parseDouble(table.rows().get(2).get(z)), 1e-12);
        assertEquals("true", table.rows().get(2).get(flag));
        assertEquals("false", table.rows().get(1).get(flag));
    }

    @Test
    void aModelWithoutNoiseEstimateIsStandardisedByItsCalibrationSd() {
        PtPath bare = path(false, new Hyperparameters(List.of(), new double[0], new double[0], new double[0],
                new double[0]));
        List<StandardisedResiduals.Channel> ch = StandardisedResiduals.of(profile(), List.of(barometer), bare);
        assertEquals("calibration sd", ch.get(0).sigmaSource());
        assertEquals(500 / 1000.0, ch.get(0).z()[0], 1e-9);
        assertNull(DiagnosticCharts.evidence(bare.hyperparameters(), 6, false), "no grid, no heat map");
    }

    @Test
    void distancePlotShadesThePriorOnlyGapAndTicksEachModel() {
        PtRun r = run(false);
        PathView path = r.pathView();
        List<double[]> gaps = PtCharts.priorOnlyGaps(path);
        assertEquals(1, gaps.size());
        // rows 2–3 unconstrained: shaded from the constrained neighbours at 10 and 40 µm
        assertArrayEquals(new double[] { 10, 40 }, gaps.get(0));

        Chart c = PtCharts.againstDistance(path, r.pointwiseView(), r.coverage(), false);
        Layer.Polygon gap = layers(c, Layer.Polygon.class).stream().filter(g -> g.rgb() == PtCharts.GAP).findFirst()
                .orElseThrow();
        assertArrayEquals(new double[] { 10, 40, 40, 10 }, gap.x());
        assertArrayEquals(c.yRange(), new double[] { gap.y()[0], gap.y()[2] }, "the shading spans the plot");
        Layer.Line ticks = layers(c, Layer.Line.class).stream().filter(l -> "p-lin defined".equals(l.legend()))
                .findFirst().orElseThrow();
        assertArrayEquals(new double[] { 0, 40 }, java.util.Arrays.stream(ticks.x()).filter(Double::isFinite)
                .distinct().toArray());
        List<Layer.Band> bands = layers(c, Layer.Band.class);
        assertEquals(2, bands.size());
        // 68 % band = MAP ± 1 sd: at point 3, 5.3 ± 0.8
        assertEquals(4.5, bands.get(1).lo()[3], 1e-12);
        assertEquals(6.1, bands.get(1).hi()[3], 1e-12);

        DataTable t = c.data();
        PtPath raw = r.path();
        int pk = column(t, "P_kbar");
        int tc = column(t, "T_C");
        int con = column(t, "constrained");
        int models = column(t, "models_defined");
        for (int k = 0; k < 6; k++) {
            List<String> row = t.rows().get(k);
            assertEquals(raw.pKbar()[k], Double.parseDouble(row.get(pk)));
            assertEquals(raw.tK()[k] - 273.15, Double.parseDouble(row.get(tc)), 1e-9);
            assertEquals(Boolean.toString(raw.constrained()[k]), row.get(con));
        }
        assertEquals("t-lin;p-lin", t.rows().get(0).get(models));
        assertEquals("", t.rows().get(2).get(models));

        String svg = ChartExport.svg(c, 800, 500);
        assertTrue(svg.contains("fill=\"#e3e3e3\""), "the gap is in the SVG");
        assertTrue(svg.contains("prior only (no model defined)"));
    }

    @Test
    void calibrationPartIsAnOuterBandUnlessTheBandsHoldIt() {
        PtPath path = path(false, hyperparameters(1, 1), 1.2);
        PtRun r = new PtRun(profile(), List.of(thermometer, barometer), MrfSettings.defaults(), path,
                new PointEstimate[6], new Diagnostics());
        Chart c = PtCharts.againstDistance(r.pathView(), null, null, false);
        Layer.Band outer = layers(c, Layer.Band.class).get(0);
        assertEquals(PtCharts.BAND_CALIBRATION, outer.rgb());
        // point 0: sd 0.5, σ_sys 1.2 → widened by 1.96 (√(0.25 + 1.44) − 0.5) = 1.96 · 0.8 = 1.568
        assertEquals(5 - 1.96 * 0.5 - 1.568, outer.lo()[0], 1e-9);
        assertEquals(5 + 1.96 * 0.5 + 1.568, outer.hi()[0], 1e-9);
        assertEquals("1.2", c.data().rows().get(0).get(column(c.data(), "P_calibration_sd")));

        PtRun included = new PtRun(profile(), List.of(thermometer, barometer),
                MrfSettings.defaults().withIncludeCalibration(true), path, new PointEstimate[6], new Diagnostics());
        Chart without = PtCharts.againstDistance(included.pathView(), null, null, false);
        assertTrue(layers(without, Layer.Band.class).stream().noneMatch(b -> b.rgb() == PtCharts.BAND_CALIBRATION),
                "bands that include the calibration part get no outer band");
    }

    @Test
    void diagramMarksConstraintsAndColoursByRelativeTime() {
        PtRun r = run(true);
        Chart c = PtCharts.diagram(r.pathView(), r.pointwiseView(), r.coverage(), "t");
        List<String> legends = c.layers().stream().map(Layer::legend).filter(l -> l != null).toList();
        assertTrue(legends.contains("P and T constrained here (2 points)"), legends.toString());
        assertTrue(legends.contains("one relation only (2 points)"), legends.toString());
        assertTrue(legends.contains("prior only (2 points)"), legends.toString());
        assertEquals("relative time \u03c4", c.colourBar().label());
        // segment k is coloured at τ_k on [0, 1]: the segment from point 4 starts at τ = 0.8
        List<Layer.Line> segments = layers(c, Layer.Line.class).stream().filter(l -> l.width() == 2.5f).toList();
        assertEquals(5, segments.size());
        assertEquals(ColourMap.VIRIDIS.rgb(0), segments.get(0).rgb());
        assertEquals(ColourMap.VIRIDIS.rgb(0.8), segments.get(4).rgb());
        assertEquals(ColourMap.VIRIDIS.rgb(0.3), segments.get(2).rgb());
        assertTrue(c.data().header().contains("t_rel"));

        Chart plain = PtCharts.diagram(run(false).pathView(), null, null, "t");
        assertEquals("distance from the core (\u00b5m)", plain.colourBar().label());
        assertEquals(ColourMap.VIRIDIS.rgb(40 / 50.0), layers(plain, Layer.Line.class).stream()
                .filter(l -> l.width() == 2.5f).toList().get(4).rgb());
    }

    @Test
    void theEllipseUnderTheMouseIsThatOfTheNearestPoint() {
        PathView path = run(false).pathView();
        // 100 × 100 pixels showing T 500–600 °C, P 0–10 kbar: point 0 (526.85 °C, 5 kbar) is at (26.85, 50)
        Frame frame = new Frame(0, 0, 100, 100, 500, 600, 0, 10, false);
        assertEquals(0, PtCharts.nearestPoint(path, frame, 27, 51, 12));
        // point 1 (536.85 °C, 5.1 kbar) is at (36.85, 49)
        assertEquals(1, PtCharts.nearestPoint(path, frame, 35, 49, 12));
        assertEquals(-1, PtCharts.nearestPoint(path, frame, 90, 10, 12));
        List<Layer> overlay = PtCharts.pointEllipse(path, 0);
        Layer.Polygon ellipse = (Layer.Polygon) overlay.get(0);
        double[][] expected = ConfidenceEllipse.trace(526.85, 5, 20, 0.5, 0.5, ellipse.x().length);
        assertArrayEquals(expected[0], ellipse.x(), 1e-9);
        assertArrayEquals(expected[1], ellipse.y(), 1e-9);
        assertEquals("point 0, 0 \u00b5m: 5.00 \u00b1 0.50 kbar, 527 \u00b1 20 \u00b0C",
                ((Layer.Labels) overlay.get(1)).text()[0]);
    }

    @Test
    void relativeTimePlotCarriesTheTauIntervals() {
        PtRun r = run(true);
        Chart c = PtCharts.againstRelativeTime(r.pathView(), r.growthLaw(), true);
        assertTrue(c.title().contains("linear growth law assumed"), c.title());
        Layer.Band b95 = layers(c, Layer.Band.class).get(0);
        assertArrayEquals(r.path().tRel(), b95.x());
        assertEquals(r.path().tHi95()[2] - 273.15, b95.hi()[2], 1e-9);
        Layer.Line intervals = layers(c, Layer.Line.class).stream().filter(l -> l.legend().startsWith("\u03c4 95"))
                .findFirst().orElseThrow();
        // point 3's bar runs from τ 0.4 to 0.6 at T = 830 K
        assertEquals(0.4, intervals.x()[9]);
        assertEquals(0.6, intervals.x()[10]);
        assertEquals(830 - 273.15, intervals.y()[9], 1e-9);
        DataTable t = c.data();
        int tau = column(t, "t_rel");
        int hi = column(t, "t_rel_hi95");
        for (int k = 0; k < 6; k++) {
            assertEquals(r.path().tRel()[k], Double.parseDouble(t.rows().get(k).get(tau)));
            assertEquals(r.path().tRelHi95()[k], Double.parseDouble(t.rows().get(k).get(hi)));
        }
    }

    @Test
    void evidenceHeatMapPutsTheMaximumAndTheEstimateInTheirCells() {
        // n = 6 points: SD_tot = step sd · √5; step sds 1/√5 kbar and √10/√5 K give SD_tot 1 kbar, √10 K
        Hyperparameters h = hyperparameters(1 / Math.sqrt(5), Math.sqrt(10) / Math.sqrt(5));
        Chart c = DiagnosticCharts.evidence(h, 6, false);
        assertNotNull(c);
        Layer.Raster raster = layers(c, Layer.Raster.class).get(0);
        assertEquals(2, raster.columns());
        assertEquals(3, raster.lines());
        int[] lut = ColourMap.VIRIDIS.table();
        // the maximum (iP 1, iT 1) is raster line 3 − 1 − 1 = 1, column 1, at the top of the scale
        assertEquals(0xff000000 | lut[255], raster.argb()[1 * 2 + 1]);
        // iP 0, iT 0: −50 − (−3) is below the clamp −20, the bottom of the scale (line 2)
        assertEquals(0xff000000 | lut[0], raster.argb()[2 * 2]);
        // iP 1, iT 0: −10 + 3 = −7 → round(13/20·255) = 166 (line 1);
        // iP 2, iT 1: −25 + 3 = −22 → clamped (line 0)
        assertEquals(0xff000000 | lut[166], raster.argb()[1 * 2]);
        assertEquals(0xff000000 | lut[0], raster.argb()[1]);
        Layer.Points estimate = layers(c, Layer.Points.class).get(0);
        assertEquals(0.5, estimate.x()[0], 1e-12, "√10 K lies halfway between 1 and 10 in log");
        assertEquals(1, estimate.y()[0], 1e-12);
        assertFalse(estimate.legend().contains("outside"));
        DataTable t = c.data();
        assertEquals(7, t.rows().size());
        assertEquals(List.of("grid", "1", "10", "-3"), t.rows().get(3));
        assertEquals("estimate", t.rows().get(6).get(0));
        assertEquals(-2.5, Double.parseDouble(t.rows().get(6).get(3)));

        Chart outside = DiagnosticCharts.evidence(hyperparameters(0.001, 1), 6, true);
        Layer.Points edge = layers(outside, Layer.Points.class).get(0);
        assertEquals(-0.5, edge.y()[0], "drawn on the grid's lower edge");
        assertTrue(edge.legend().endsWith("outside the grid"), edge.legend());
        assertTrue(outside.title().startsWith("Particle log-likelihood"));
    }
}
