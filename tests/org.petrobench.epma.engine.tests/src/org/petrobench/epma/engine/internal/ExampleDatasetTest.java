package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.petrobench.core.Monitor;
import org.petrobench.epma.PhaseSummary;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.SpotReport;

/**
 * EPMA.md §13 T1 on the qntmap example (synthetic by Yasumoto; truth from its README): Qtz SiO2
 * 100, MgO 0; Ol SiO2 42.71, MgO 57.29; modal fractions Ol 0.90, Qtz 0.10 — in each clustering
 * variant.
 */
class ExampleDatasetTest {

    static QuantifiedMaps run(String clustering, boolean unmix) throws Exception {
        QuantifierSettings s = QuantifierSettings.defaults().withClustering(clustering).withUnmixing(unmix);
        return new YasumotoQuantifier().quantify(ExampleData.maps(), ExampleData.spots(), s, Monitor.silent());
    }

    @ParameterizedTest
    @CsvSource({ "em,false", "reference-lda,false", "em,true" })
    void phaseMeansAndModesMatchTheTruth(String clustering, boolean unmix) throws Exception {
        QuantifiedMaps q = run(clustering, unmix);
        assertEquals(List.of("Ol", "Qtz"), q.phaseNames());
        List<PhaseSummary> sum = PhaseSummary.of(q, PhaseSummary.Weighting.MEMBERSHIP);
        PhaseSummary ol = sum.get(0);
        PhaseSummary qtz = sum.get(1);
        System.out.printf("%s unmix=%s: Ol SiO2 %.4f MgO %.4f Total %.4f mode %.4f | Qtz SiO2 %.4f MgO %.4f Total %.4f mode %.4f%n",
                clustering, unmix, ol.mean()[0], ol.mean()[1], ol.mean()[2], ol.modalFraction(), qtz.mean()[0],
                qtz.mean()[1], qtz.mean()[2], qtz.modalFraction());
        assertEquals(42.71, ol.mean()[0], 0.5);
        assertEquals(57.29, ol.mean()[1], 0.5);
        assertEquals(100, ol.mean()[2], 0.5);
        assertEquals(100, qtz.mean()[0], 0.5);
        assertEquals(0, qtz.mean()[1], 0.5);
        assertEquals(100, qtz.mean()[2], 0.5);
        assertEquals(0.90, ol.modalFraction(), 0.01);
        assertEquals(0.10, qtz.modalFraction(), 0.01);
    }

    @ParameterizedTest
    @CsvSource({ "em", "reference-lda" })
    void spotsLandOnTheirPhaseAndNoneIsFlagged(String clustering) throws Exception {
        QuantifiedMaps q = run(clustering, false);
        SpotReport first = q.spots().get(0);
        assertEquals(23, first.line());
        assertEquals(83, first.column());
        for (SpotReport r : q.spots()) {
            assertEquals(Boolean.FALSE, r.outlier(), r.id());
            assertTrue(r.used(), r.id());
        }
        float[] mg = q.counts(1);
        for (SpotReport r : q.spots()) {
            if (r.phase().equals("Qtz")) {
                assertEquals(0f, mg[(r.line() - 1) * 100 + r.column() - 1], r.id());
            }
        }
        assertFalse(q.diagnostics().warnings().stream().anyMatch(w -> w.contains("phase drift")));
    }

    /** §13 T1: in Ol the mean se of SiO2 is within 20 % of the pixel-to-pixel sd (Poisson noise). */
    @org.junit.jupiter.api.Test
    void olivineStandardErrorMatchesTheScatter() throws Exception {
        QuantifiedMaps q = run("em", false);
        float[][] wt = q.wtMaps();
        float[][] se = q.seMaps();
        double sum = 0, sum2 = 0, seSum = 0;
        int n = 0;
        for (int i = 0; i < wt[0].length; i++) {
            if (q.membership().label(i) == 0) {
                sum += wt[0][i];
                sum2 += wt[0][i] * wt[0][i];
                seSum += se[0][i];
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        double meanSe = seSum / n;
        System.out.printf("Ol SiO2 sd %.4f, mean se %.4f%n", sd, meanSe);
        assertEquals(sd, meanSe, 0.2 * sd);
    }

    /** §13 T1: fixing Qtz SiO2 = 100 gives a Qtz mean of 100 ± 0.05. */
    @org.junit.jupiter.api.Test
    void knownCompositionFixesThePhaseMean() throws Exception {
        QuantifierSettings s = QuantifierSettings.defaults()
                .withKnownCompositions(List.of(new QuantifierSettings.KnownComposition("Qtz", "SiO2", 100)));
        QuantifiedMaps q = new YasumotoQuantifier().quantify(ExampleData.maps(), ExampleData.spots(), s, Monitor.silent());
        PhaseSummary qtz = PhaseSummary.of(q, PhaseSummary.Weighting.MEMBERSHIP).get(1);
        assertEquals(100, qtz.mean()[0], 0.05);
    }
}
