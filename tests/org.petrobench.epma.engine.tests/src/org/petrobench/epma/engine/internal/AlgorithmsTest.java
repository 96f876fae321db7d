package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.io.QuantifiedMapsWriter;

/** EPMA.md §13 T3 unit checks, each against a value computed independently (by hand or by the spec). */
class AlgorithmsTest {

    @Test
    void backgroundInterpolationWeightsEachSideByTheOtherDistance() {
        // §4 check: B⁻=100 at d⁻=1, B⁺=200 at d⁺=3 → 125
        assertEquals(125, Calibration.backgroundAtPeak(100, 200, 3, 1), 1e-12);
    }

    @Test
    void betaPrimeSeHasThePoissonCountingFloor() {
        // by hand: M = {100, 400}, Pk = {110, 390}, ω = 1, V(Pk) = {11, 39}, V(M) = {50, 200}
        // β′ = 167000/170000 = 0.98235294; §8.2 residual se = sqrt(147.059/170000) = 0.0294118
        // floor = sqrt(100²(11 + β′²·50) + 400²(39 + β′²·200))/170000 = 0.0361240 (the larger one is kept)
        double[] m = { 100, 400 }, pk = { 110, 390 }, w = { 1, 1 };
        double[] residualOnly = Calibration.betaPrime(m, pk, w);
        assertEquals(0.98235294, residualOnly[0], 1e-8);
        assertEquals(0.0294118, residualOnly[1], 1e-7);
        double[] b = Calibration.betaPrime(m, pk, w, new double[] { 11, 39 }, new double[] { 50, 200 });
        assertEquals(0.98235294, b[0], 1e-8);
        assertEquals(0.0361240, b[1], 1e-7);
        // tiny counting variances: the residual formula stays
        assertEquals(0.0294118, Calibration.betaPrime(m, pk, w, new double[] { 1e-6, 1e-6 }, new double[] { 1e-6, 1e-6 })[1], 1e-7);
    }

    @Test
    void garwoodIntervalsMatchThePublishedValues() {
        double[] zero = PoissonInterval.of(0, 1, 0.95);
        assertEquals(0, zero[0], 0);
        assertEquals(3.689, zero[1], 1e-3);
        double[] ten = PoissonInterval.of(10, 1, 0.95);
        assertEquals(4.795, ten[0], 1e-3);
        assertEquals(18.390, ten[1], 1e-3);
    }

    @Test
    void negativeBinomialQuantilesAndMeanAgreeWithADirectSum() {
        double size = 7.5, prob = 0.3;
        // independent: pmf by the recurrence p(y+1) = p(y)·(y+size)/(y+1)·(1−prob), p(0) = prob^size
        double p = Math.pow(prob, size), cdf = 0, mean = 0;
        long q05 = -1, q50 = -1, q995 = -1;
        for (int y = 0; y < 2000; y++) {
            cdf += p;
            mean += y * p;
            if (q05 < 0 && cdf >= 0.05) {
                q05 = y;
            }
            if (q50 < 0 && cdf >= 0.5) {
                q50 = y;
            }
            if (q995 < 0 && cdf >= 0.995) {
                q995 = y;
            }
            p *= (y + size) / (y + 1) * (1 - prob);
        }
        assertEquals(mean, NegativeBinomial.mean(size, prob), 1e-9);
        assertEquals(q05, NegativeBinomial.quantile(0.05, size, prob));
        assertEquals(q50, NegativeBinomial.quantile(0.5, size, prob));
        assertEquals(q995, NegativeBinomial.quantile(0.995, size, prob));
    }

    @Test
    void weightedMedianSlopeIgnoresAnOutlier() {
        double[] x = { 1, 2, 3, 4, 5 };
        double[] y = { 2, 4, 6, 8, 100 };
        // ratios 2,2,2,2,20 with weights 1..5 (W = 15): cumulative 1,3,6,10 ≥ 7.5 at the 4th → 2
        assertEquals(2, WeightedMedianSlope.of(y, x), 0);
        // exact half: weights 1,1 (W/2 = 1 reached exactly at the first) → average of 1 and 3
        assertEquals(2, WeightedMedianSlope.of(new double[] { 1, 3 }, new double[] { 1, 1 }), 0);
    }

    @Test
    void emLogLikelihoodNeverDecreasesAndConverges() {
        float[][] x = new float[2][400];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 400; i++) {
            boolean a = i % 3 == 0;
            x[0][i] = (float) Math.round((a ? 50 : 20) + Math.sqrt(a ? 50 : 20) * r.nextGaussian());
            x[1][i] = (float) Math.round((a ? 5 : 30) + Math.sqrt(a ? 5 : 30) * r.nextGaussian());
        }
        PoissonMixtureEm em = new PoissonMixtureEm(x, new boolean[2], 1e-10, 500, 0.01);
        try (PixelBlocks b = new PixelBlocks(400, 2)) {
            PoissonMixtureEm.Fit f = em.fit(new double[][] { { 40, 10 }, { 25, 25 } }, b, Monitor.silent());
            assertTrue(f.monotone());
            assertTrue(f.converged());
            assertEquals(1.0 / 3, f.proportions()[0], 0.03);
        }
    }

    @Test
    void unmixingMeetsTheKktConditionsInsideAndOnAFace() {
        double[][] lambda = { { 100, 10, 5 }, { 10, 100, 5 }, { 5, 5, 100 } };
        double[] x = { 60, 55, 5 }; // near the face f3 = 0
        PoissonUnmixing.Solution s = PoissonUnmixing.solve(lambda, x);
        assertTrue(s.kkt());
        assertEquals(1, s.fractions()[0] + s.fractions()[1] + s.fractions()[2], 1e-12);
        double[] y = { 55, 55, 40 };
        assertTrue(PoissonUnmixing.solve(lambda, y).kkt());
    }

    @Test
    void referenceLdaOnASixPixelTable() {
        // 6 pixels × 2 signals; independent plain computation of G(α) at α = 1 (Pearson χ²)
        float[][] x = { { 10, 12, 11, 2, 3, 1 }, { 1, 2, 0, 9, 11, 10 } };
        double t = 0, g = 0;
        double[] c = new double[2], rsum = new double[6];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 6; i++) {
                c[j] += x[j][i];
                rsum[i] += x[j][i];
                t += x[j][i];
            }
        }
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 6; i++) {
                double nij = rsum[i] * c[j] / t;
                g += (x[j][i] - nij) * (x[j][i] - nij) / nij;
            }
        }
        float[][] logX = new float[2][6];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 6; i++) {
                logX[j][i] = (float) Math.log(x[j][i]);
            }
        }
        try (PixelBlocks b = new PixelBlocks(6, 1)) {
            ReferenceLda lda = new ReferenceLda(x);
            assertEquals(g, lda.chiSquare(1.0, logX, b), 1e-4 * g);
            ReferenceLda.Fit fit = lda.fit(new double[][] { { 11, 1 }, { 2, 10 } }, b);
            assertEquals(0.01, ReferenceLda.gridValue(0), 1e-15);
            assertEquals(1.0, ReferenceLda.gridValue(49), 1e-15);
            for (int i = 0; i < 6; i++) {
                assertEquals(1, fit.membership()[0][i] + fit.membership()[1][i], 1e-6);
                assertTrue(fit.membership()[i < 3 ? 0 : 1][i] > 0.5);
            }
        }
    }

    @Test
    void outputsAreByteIdenticalWithOneAndFourThreads(@TempDir Path dir) throws Exception {
        QuantifiedMaps one = new YasumotoQuantifier().quantify(ExampleData.maps(), ExampleData.spots(),
                QuantifierSettings.defaults().withThreads(1), Monitor.silent());
        QuantifiedMaps four = new YasumotoQuantifier().quantify(ExampleData.maps(), ExampleData.spots(),
                QuantifierSettings.defaults().withThreads(4), Monitor.silent());
        QuantifiedMapsWriter.write(one, dir.resolve("one"));
        QuantifiedMapsWriter.write(four, dir.resolve("four"));
        for (String f : new String[] { "summary.csv", "parameters.csv", "spots.csv", "phase-map.csv", "membership/Ol.csv",
                "wt/SiO2.csv", "wt/Total.csv", "se/MgO.csv" }) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("four").resolve(f)), f);
        }
        String summary = Files.readString(dir.resolve("one/summary.csv"));
        assertTrue(summary.startsWith("phase,pixels,modal_fraction,SiO2_mean,SiO2_sd,MgO_mean,MgO_sd,Total_mean,Total_sd\n"));
        assertTrue(Files.readString(dir.resolve("one/parameters.csv"))
                .startsWith("oxide,element,phase,alpha,alpha_se,beta,beta_se,gamma,gamma_se,n_spots,source\n"));
    }
}
