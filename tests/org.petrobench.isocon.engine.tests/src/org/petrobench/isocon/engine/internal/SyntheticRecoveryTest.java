package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;

/** ISOCON.md §8.2 on the independent generator {@link SyntheticIsocon}; metrics are printed for the record. */
class SyntheticRecoveryTest {

    private static final int DATASETS = 60;

    /** Acceptance table of ISOCON.md §8.2 (N = 22, k = 5, M = 10, log form, q = 0.2, refit). */
    @ParameterizedTest
    @CsvSource({ "0.01, 0.010, 1.3, 0.95, 0.95", "0.03, 0.030, 1.3, 0.95, 0.90", "0.05, 0.060, 1.5, 0.90, 0.70" })
    void sparseMeetsTheAcceptanceTable(double noise, double maxRmse, double maxToOracle, double minPrecision, double minRecall)
            throws Exception {
        double[] rmse = new double[DATASETS];
        double[] oracle = new double[DATASETS];
        double precision = 0;
        double recall = 0;
        for (int d = 0; d < DATASETS; d++) {
            SyntheticIsocon s = new SyntheticIsocon(22, 5, 10, noise, 1000 + d);
            IsoconSolution sol = sparse(s, IsoconSettings.defaults().withBootstrap(0));
            rmse[d] = s.rmse(sol.transfer().massRatio());
            oracle[d] = s.rmse(oracle(s).transfer().massRatio());
            int[] c = s.confusion(sol.immobileSet().immobile());
            precision += c[1] == 0 ? 0 : (double) c[0] / c[1];
            recall += c[0] / 5.0;
        }
        precision /= DATASETS;
        recall /= DATASETS;
        double median = median(rmse);
        double ratio = median / median(oracle);
        System.out.printf(Locale.ROOT,
                "sparse noise %.0f%%: median RMSE %.4f (p95 %.4f), oracle median %.4f, ratio %.2f, precision %.3f, recall %.3f%n",
                noise * 100, median, percentile(rmse, 0.95), median(oracle), ratio, precision, recall);
        assertTrue(median <= maxRmse, "median RMSE " + median);
        assertTrue(ratio <= maxToOracle, "median / oracle median " + ratio);
        assertTrue(precision >= minPrecision, "precision " + precision);
        assertTrue(recall >= minRecall, "recall " + recall);
    }

    /**
     * The wider family: N 15–25, 3–6 immobile, 5–20 samples, r 0.7–1.5, 1–5 % noise, wt% and ppm
     * columns; sparse must keep the median RMSE ≤ 0.03 and the mean F1 ≥ 0.9.
     */
    @Test
    void sparseRecoversRandomConfigurations() throws Exception {
        Random pick = new Random(7);
        double[] rmse = new double[DATASETS];
        double f1 = 0;
        for (int d = 0; d < DATASETS; d++) {
            int n = 15 + pick.nextInt(11);
            int k = 3 + pick.nextInt(4);
            int m = 5 + pick.nextInt(16);
            double noise = 0.01 + 0.04 * pick.nextDouble();
            SyntheticIsocon s = new SyntheticIsocon(n, k, m, noise, 5000 + d);
            IsoconSolution sol = sparse(s, IsoconSettings.defaults().withBootstrap(0));
            rmse[d] = s.rmse(sol.transfer().massRatio());
            int[] c = s.confusion(sol.immobileSet().immobile());
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = (double) c[0] / k;
            f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        f1 /= DATASETS;
        System.out.printf(Locale.ROOT, "sparse random configurations: median RMSE %.4f (p95 %.4f), mean F1 %.3f%n", median(rmse),
                percentile(rmse, 0.95), f1);
        assertTrue(median(rmse) <= 0.03, "median RMSE " + median(rmse));
        assertTrue(f1 >= 0.9, "mean F1 " + f1);
    }

    /** Grant with the true immobile set: exact data give r exactly; 1 % noise stays within 0.01 (median RMSE). */
    @Test
    void grantWithTheTrueSetRecoversMassRatios() throws Exception {
        double[] rmse = new double[DATASETS];
        for (int d = 0; d < DATASETS; d++) {
            SyntheticIsocon exact = new SyntheticIsocon(22, 5, 10, 0, 300 + d);
            double e = exact.rmse(oracle(exact).transfer().massRatio());
            assertTrue(e < 1e-12, "exact data, RMSE " + e);
            SyntheticIsocon noisy = new SyntheticIsocon(22, 5, 10, 0.01, 300 + d);
            rmse[d] = noisy.rmse(new GrantSolver().solve(problem(noisy), IsoconSettings.defaults().withMethod("grant")
                    .withImmobile(noisy.trueSet()).withBootstrap(0), Monitor.silent()).transfer().massRatio());
        }
        System.out.printf(Locale.ROOT, "grant with the true set, 1%% noise: median RMSE %.4f, max %.4f%n", median(rmse),
                Arrays.stream(rmse).max().getAsDouble());
        assertTrue(median(rmse) <= 0.01, "median RMSE " + median(rmse));
    }

    static IsoconProblem problem(SyntheticIsocon s) throws Exception {
        return IsoconProblem.prepare(s.data, List.of("P"), IsoconSettings.defaults(), new Diagnostics());
    }

    static IsoconSolution sparse(SyntheticIsocon s, IsoconSettings settings) throws Exception {
        return new SparseSolver().solve(problem(s), settings, Monitor.silent());
    }

    /** The oracle isocon of §8.2: geometric mean over the true immobile set. */
    static IsoconSolution oracle(SyntheticIsocon s) throws Exception {
        return new GrantSolver().solve(problem(s), IsoconSettings.defaults().withMethod("grant").withImmobile(s.trueSet())
                .withMean(IsoconSettings.Mean.geometric).withBootstrap(0), Monitor.silent());
    }

    static double median(double[] x) {
        return percentile(x, 0.5);
    }

    static double percentile(double[] x, double p) {
        double[] s = x.clone();
        Arrays.sort(s);
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
