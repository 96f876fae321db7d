package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.PhaseSummary;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.io.ParametersCsv;

/**
 * EPMA.md §13 T2, last bullet: a second acquisition of the {@link SyntheticScene} at 2× dwell and
 * without spots, quantified from the first run's parameters.csv (β′ transfers, §8.2 Decision) and
 * its centres (scaled by E_m(new)/E_m(old), §6), meets the T2 tolerances: modal fractions within
 * 0.01, CORE means within max(0.2 wt%, 1 %), pure-pixel RMSE ≤ 1.10 × the Poisson limit of the new
 * counts, and a mean se within 15 % of the empirical RMSE per (phase, element) with ≥ 2 wt%.
 */
class SecondAcquisitionTest {

    static final int SIZE = 200;
    static SyntheticScene scene;
    static SyntheticScene.Acquisition second;
    static QuantifiedMaps first;
    static QuantifiedMaps again;

    @BeforeAll
    static void run(@TempDir Path tmp) throws Exception {
        scene = new SyntheticScene(SIZE, 5);
        first = new YasumotoQuantifier().quantify(scene.maps, scene.spotSet, QuantifierSettings.defaults(), Monitor.silent());
        Path parameters = tmp.resolve("parameters.csv");
        try (Writer w = Files.newBufferedWriter(parameters, StandardCharsets.UTF_8)) {
            ParametersCsv.write(first.parameters(), w);
        }
        second = scene.reacquire(2 * SyntheticScene.DWELL_S, 99);
        QuantifierSettings settings = QuantifierSettings.defaults().withFixedParameters(parameters.toString(),
                first.clustering().centres());
        again = new YasumotoQuantifier().quantify(second.maps(), null, settings, Monitor.silent());
    }

    private static int element(QuantifiedMaps q, int sceneElement) {
        for (int e = 0; e < q.elements().size(); e++) {
            if (q.elements().get(e).element().equals(SyntheticScene.ELEMENTS[sceneElement])) {
                return e;
            }
        }
        throw new AssertionError(SyntheticScene.ELEMENTS[sceneElement]);
    }

    @Test
    void theParametersAreTheFirstRunsWithBetaScaledToTheNewExposure() {
        assertEquals(2 * SyntheticScene.EXPOSURE, again.parameters().exposureSecUA(), 1e-15);
        assertEquals(first.phaseNames(), again.phaseNames());
        for (int e = 0; e < 6; e++) {
            int a = element(first, e);
            int b = element(again, e);
            assertEquals(first.parameters().betaPrime(a), again.parameters().betaPrime(b));
            assertEquals(first.parameters().beta(a) / 2, again.parameters().beta(b), 1e-12 * first.parameters().beta(a));
            for (int k = 0; k < 4; k++) {
                assertEquals(first.parameters().alpha(a, k), again.parameters().alpha(b, k));
                assertEquals(CalibrationParameters.Source.FIXED, again.parameters().source(b, k));
            }
        }
    }

    @Test
    void modalFractionsMatchTheTruth() {
        List<PhaseSummary> s = PhaseSummary.of(again, PhaseSummary.Weighting.MEMBERSHIP);
        for (int k = 0; k < 4; k++) {
            double truth = 0;
            for (int i = 0; i < SIZE * SIZE; i++) {
                truth += scene.fraction[k][i];
            }
            truth /= SIZE * SIZE;
            int q = again.phaseIndex(SyntheticScene.PHASES[k]);
            System.out.printf("2x dwell %s: modal truth %.4f got %.4f%n", SyntheticScene.PHASES[k], truth, s.get(q).modalFraction());
            assertEquals(truth, s.get(q).modalFraction(), 0.01);
        }
    }

    @Test
    void coreMeansMatchTheTruth() {
        List<PhaseSummary> core = PhaseSummary.of(again, PhaseSummary.Weighting.CORE);
        for (int k = 0; k < 4; k++) {
            int q = again.phaseIndex(SyntheticScene.PHASES[k]);
            for (int e = 0; e < 6; e++) {
                double sum = 0;
                int m = 0;
                for (int i = 0; i < SIZE * SIZE; i++) {
                    if (isCore(q, i)) {
                        sum += scene.wt(k, e, i % SIZE);
                        m++;
                    }
                }
                double truth = sum / m;
                double got = core.get(q).mean()[element(again, e)];
                System.out.printf("2x dwell CORE %s %s: truth %.3f got %.3f%n", SyntheticScene.PHASES[k], SyntheticScene.OXIDES[e],
                        truth, got);
                assertEquals(truth, got, Math.max(0.2, 0.01 * truth), SyntheticScene.PHASES[k] + " " + SyntheticScene.OXIDES[e]);
            }
        }
    }

    private static boolean isCore(int k, int i) {
        int l = i / SIZE;
        int c = i % SIZE;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                int l2 = l + a;
                int c2 = c + b;
                if (l2 < 0 || l2 >= SIZE || c2 < 0 || c2 >= SIZE || again.membership().label(l2 * SIZE + c2) != k) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void purePixelsAreAtThePoissonLimitOfTheNewCountsAndTheSeIsHonest() {
        float[][] wt = again.wtMaps();
        float[][] se = again.seMaps();
        double worst = 0;
        double worstSe = 0;
        for (int e = 0; e < 6; e++) {
            int me = element(again, e);
            double d2 = 0, lim2 = 0;
            int n = 0;
            for (int k = 0; k < 4; k++) {
                double pd2 = 0, pse = 0, truthSum = 0;
                int pn = 0;
                for (int i = 0; i < SIZE * SIZE; i++) {
                    if (!scene.pure(k, i)) {
                        continue;
                    }
                    double truth = scene.wt(k, e, i % SIZE);
                    double d = wt[me][i] - truth;
                    double ab = scene.alpha[k][e] * SyntheticScene.BETA_PRIME[e] / second.exposure();
                    d2 += d * d;
                    lim2 += ab * ab * second.counts()[e][i];
                    n++;
                    pd2 += d * d;
                    pse += se[me][i];
                    truthSum += truth;
                    pn++;
                }
                if (truthSum / pn >= 2) {
                    double rmse = Math.sqrt(pd2 / pn);
                    double meanSe = pse / pn;
                    System.out.printf("2x dwell %s %s: mean se %.4f, RMSE %.4f (%.1f %%)%n", SyntheticScene.PHASES[k],
                            SyntheticScene.OXIDES[e], meanSe, rmse, 100 * (meanSe / rmse - 1));
                    worstSe = Math.max(worstSe, Math.abs(meanSe / rmse - 1));
                }
            }
            double ratio = Math.sqrt(d2 / n) / Math.sqrt(lim2 / n);
            System.out.printf("2x dwell %s: RMSE/limit %.3f%n", SyntheticScene.OXIDES[e], ratio);
            worst = Math.max(worst, ratio);
        }
        System.out.printf("2x dwell: worst RMSE/limit %.3f, worst |mean se/RMSE - 1| %.3f%n", worst, worstSe);
        assertTrue(worst <= 1.10, "RMSE/limit " + worst);
        assertTrue(worstSe <= 0.15, "mean se against RMSE " + worstSe);
    }
}
