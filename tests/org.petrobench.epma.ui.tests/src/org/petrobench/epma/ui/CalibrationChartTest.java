package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.CalibrationParameters.Source;
import org.petrobench.epma.Membership;
import org.petrobench.epma.Phase;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.SpotReport;
import org.petrobench.epma.SpotReport.SpotCheck;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;

/**
 * The calibration charts on a hand-made result of one element (Si) and two phases, Ol and Qtz,
 * on a 2 × 2 map. Five spots: four in-map spots with §5 checks and one outside the map.
 * <pre>
 * spot  phase  pixel  P(own)  M     Pk    flagged   ω (threshold 0.5, minSpots 3)
 * a     Ol     1      0.9     100   210   no        0.9
 * b     Ol     2      0.6     120   250   no        0.6
 * c     Qtz    3      0.8     10    18    no        0.8
 * d     Ol     4      0.3     80    100   no        0   (below the threshold)
 * f     Ol     2      0.6     50    400   yes       0   (flagged)
 * β′ = Σ ω M Pk / Σ ω M² = (0.9·100·210 + 0.6·120·250 + 0.8·10·18)/(0.9·100² + 0.6·120² + 0.8·10²)
 *    = 37044/17720 = 2.0905192
 * </pre>
 * With minSpots 4 only three spots reach the threshold and §8.2 falls back to every clean in-map
 * spot weighted by its membership: ω = 0.9, 0.6, 0.8, 0.3, 0.
 */
class CalibrationChartTest {

    private static final double[] M = { 100, 120, 10, 80, 50 };
    private static final double[] PK = { 210, 250, 18, 100, 400 };
    private static final String[] IDS = { "a", "b", "c", "d", "f" };
    private static final String[] PHASE = { "Ol", "Ol", "Qtz", "Ol", "Ol" };
    private static final int[] PIXEL = { 0, 1, 2, 3, 1 };
    private static final boolean[] FLAGGED = { false, false, false, false, true };
    /** Net and wt% of the spots a–f and the out-of-map spot g (Ol). */
    private static final double[] NET = { 20, 25, 4, 18, 30, 22 };
    private static final double[] WT = { 41.0, 50.5, 100.0, 36.9, 60.0, 44.0 };

    private static QuantifiedMaps result(int minSpots, double betaPrime, double[][] alpha, Source[][] source,
            boolean[][] pooled) {
        MapGeometry g = MapGeometry.lineAlongX(2, 2, 0, 0, 0, 1, 1);
        // P(Ol), P(Qtz) per pixel: pixel 0 0.9/0.1, 1 0.6/0.4, 2 0.2/0.8, 3 0.3/0.7
        float[][] p = { { 0.9f, 0.6f, 0.2f, 0.3f }, { 0.1f, 0.4f, 0.8f, 0.7f } };
        Membership membership = new Membership(Membership.Kind.POSTERIOR, List.of("Ol", "Qtz"), p);
        List<QuantifiedElement> elements = List.of(new QuantifiedElement("Si", "SiO2"));
        CalibrationParameters params = new CalibrationParameters(elements, List.of("Ol", "Qtz"), 1.0, alpha,
                new double[][] { { 0.01, 0.02 } }, pooled, new double[][] { { 5, 6 } }, new double[][] { { 1, 1 } },
                new boolean[][] { { false, false } }, new double[] { betaPrime }, new double[] { 0.01 },
                new int[][] { { 3, 1 } }, source);
        List<SpotReport> reports = new ArrayList<>();
        for (int s = 0; s < M.length; s++) {
            SpotCheck c = new SpotCheck(M[s], M[s] - 2, M[s] + 3, PK[s], PK[s] - 4, PK[s] + 5, 0, 1, 0, 1, FLAGGED[s]);
            reports.add(new SpotReport(IDS[s], PHASE[s], PIXEL[s] / 2 + 1, PIXEL[s] % 2 + 1, true, FLAGGED[s],
                    FLAGGED[s] ? "multi-phase-pixel: Si" : "", List.of(c)));
        }
        reports.add(new SpotReport("g", "Ol", 0, 0, true, null, "outside-map (alpha/gamma only)", List.of()));
        QuantifierSettings d = QuantifierSettings.defaults();
        QuantifierSettings settings = new QuantifierSettings(d.clustering(), d.unmixing(), d.validation(), d.ciLevel(),
                d.piLevel(), minSpots, d.clusterSignals(), d.emRelTol(), d.emMaxIter(), d.emRateFloor(),
                d.betaMembershipThreshold(), d.groupSubphases(), d.subphaseSeparator(), d.phases(), d.extraPhases(),
                d.knownCompositions(), d.fixedParameters(), d.centres(), d.deadTimeNs(), d.threads());
        return new QuantifiedMaps(g, elements, new float[][] { new float[4] }, new double[] { 1 }, new double[] { 0 },
                List.of(new Phase("Ol", 4, true), new Phase("Qtz", 1, true)), membership, params,
                new double[][] { { 1 }, { 1 } }, reports, null, settings, new Diagnostics());
    }

    private static SpotSet spots() {
        List<Spot> list = new ArrayList<>();
        String[] ids = { "a", "b", "c", "d", "f", "g" };
        String[] phases = { "Ol", "Ol", "Qtz", "Ol", "Ol", "Ol" };
        for (int s = 0; s < ids.length; s++) {
            list.add(new Spot(ids[s], phases[s], 0, 0, 0, 0.01, new double[] { WT[s] }, new double[] { NET[s] },
                    new double[] { 1 }, new double[] { 1 }, new double[] { Double.NaN }));
        }
        return new SpotSet(List.of(new ElementConditions("Si", "SiO2", 1, 1, 10, 5)), list, "test", Path.of("test"),
                new Diagnostics());
    }

    private static double handBeta(double[] w) {
        double sxy = 0;
        double sxx = 0;
        for (int s = 0; s < M.length; s++) {
            sxy += w[s] * M[s] * PK[s];
            sxx += w[s] * M[s] * M[s];
        }
        return sxy / sxx;
    }

    private static Layer.Line line(Chart c, String prefix) {
        return c.layers().stream().filter(l -> l instanceof Layer.Line x && x.legend() != null
                && x.legend().startsWith(prefix)).map(l -> (Layer.Line) l).findFirst().orElseThrow(
                        () -> new AssertionError("no line " + prefix));
    }

    private static Layer.Points points(Chart c, String legend) {
        return c.layers().stream().filter(l -> l instanceof Layer.Points x && legend.equals(x.legend()))
                .map(l -> (Layer.Points) l).findFirst().orElseThrow(() -> new AssertionError("no points " + legend));
    }

    private static List<String> column(DataTable t, String name) {
        int i = t.header().indexOf(name);
        assertTrue(i >= 0, name + " in " + t.header());
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    private static double[] numbers(List<String> cells) {
        return cells.stream().mapToDouble(Double::parseDouble).toArray();
    }

    private static final double[][] ALPHA = { { 2.0, 25.0 } };
    private static final Source[][] FITTED = { { Source.FITTED, Source.POOLED } };
    private static final boolean[][] QTZ_POOLED = { { false, true } };

    @Test
    void betaChartShowsTheFitQuantitiesAndItsLine() {
        double[] w = { 0.9, 0.6, 0.8, 0, 0 };
        double beta = handBeta(w);
        assertEquals(37044.0 / 17720.0, beta, 1e-12);
        Chart c = CalibrationChart.beta(0, result(3, beta, ALPHA, FITTED, QTZ_POOLED));

        Layer.Line fit = line(c, CalibrationChart.BETA_LINE);
        assertEquals(beta, fit.y()[1] / fit.x()[1], 1e-12);
        // four tested clean spots as circles (Ol: a, b, d; Qtz: c), the flagged f as a cross
        assertArrayEquals(new double[] { 100, 120, 80 }, points(c, "Ol").x());
        assertArrayEquals(new double[] { 210, 250, 100 }, points(c, "Ol").y());
        assertArrayEquals(new double[] { 10 }, points(c, "Qtz").x());
        Layer.Points flagged = points(c, "Ol flagged");
        assertEquals(Layer.Marker.CROSS, flagged.marker());
        assertArrayEquals(new double[] { 50 }, flagged.x());

        // the exported table: one row per tested spot (not g), ω as in §8.2, and it reproduces β′
        DataTable t = c.data();
        assertEquals(List.of("a", "b", "c", "d", "f"), column(t, "spot"));
        double[] weight = numbers(column(t, "beta_weight"));
        assertArrayEquals(w, weight, 1e-6);
        assertEquals(beta, handFromTable(t), 1e-6);
    }

    @Test
    void betaWeightsFallBackToMembershipWhenTooFewSpotsReachTheThreshold() {
        double[] w = { 0.9, 0.6, 0.8, 0.3, 0 };
        QuantifiedMaps m = result(4, handBeta(w), ALPHA, FITTED, QTZ_POOLED);
        double[] shown = CalibrationChart.betaWeights(m);
        assertArrayEquals(new double[] { 0.9, 0.6, 0.8, 0.3, 0, 0 }, shown, 1e-6);
        assertEquals(m.parameters().betaPrime(0), handFromTable(CalibrationChart.beta(0, m).data()), 1e-6);
    }

    private static double handFromTable(DataTable t) {
        double[] mm = numbers(column(t, "M_cps_uA"));
        double[] pk = numbers(column(t, "Pk_cps_uA"));
        double[] w = numbers(column(t, "beta_weight"));
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < mm.length; i++) {
            sxy += w[i] * mm[i] * pk[i];
            sxx += w[i] * mm[i] * mm[i];
        }
        return sxy / sxx;
    }

    @Test
    void alphaChartShowsSpotsAndOneLinePerPhaseWithItsSource() {
        // §8.1 by hand for Ol over its clean spots a, b, d and g (outside the map; f is flagged):
        // Σ Net·C / Σ Net² = (20·41 + 25·50.5 + 18·36.9 + 22·44)/(20² + 25² + 18² + 22²) = 3714.7/1833
        double olAlpha = 3714.7 / 1833;
        double[][] alpha = { { olAlpha, 25.0 } };
        Chart c = CalibrationChart.alpha(0, 0, result(3, 2, alpha, FITTED, QTZ_POOLED), spots());
        Layer.Points ol = points(c, "Ol");
        assertArrayEquals(new double[] { 20, 25, 18, 22 }, ol.x());
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < ol.x().length; i++) {
            sxy += ol.x()[i] * ol.y()[i];
            sxx += ol.x()[i] * ol.x()[i];
        }
        Layer.Line olLine = line(c, CalibrationChart.ALPHA_LINE + "Ol");
        assertEquals(sxy / sxx, olLine.y()[1] / olLine.x()[1], 1e-12);
        assertEquals(Layer.Dash.SOLID, olLine.dash());
        assertTrue(olLine.legend().contains("(fitted"), olLine.legend());
        Layer.Line qtzLine = line(c, CalibrationChart.ALPHA_LINE + "Qtz");
        assertEquals(25.0, qtzLine.y()[1] / qtzLine.x()[1], 1e-12);
        assertEquals(Layer.Dash.DASHED, qtzLine.dash());
        assertTrue(qtzLine.legend().contains("(pooled"), qtzLine.legend());
        assertEquals(Layer.Marker.CROSS, points(c, "Ol flagged").marker());
        assertEquals(List.of("spot", "spot", "spot", "spot", "spot", "spot", "alpha", "alpha"), column(c.data(), "row"));

        Chart fixed = CalibrationChart.alpha(0, 0,
                result(3, 2, alpha, new Source[][] { { Source.FIXED, Source.POOLED } }, QTZ_POOLED), spots());
        Layer.Line olFixed = line(fixed, CalibrationChart.ALPHA_LINE + "Ol");
        assertEquals(Layer.Dash.DOTTED, olFixed.dash());
        assertTrue(olFixed.legend().contains("(fixed"), olFixed.legend());
    }
}
