package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSettings.Delta;
import org.petrobench.isocon.IsoconSolution;

/** ISOCON.md §8.1 tests 4–6 and §5.3 properties of the sparse solver. */
class SparseIsoconTest {

    /** A one-protolith problem from ratios: C^O = 1 for every component, C^A_j = c_j. */
    static IsoconProblem ratios(double[][] c) throws InputException {
        int m = c.length;
        int n = c[0].length;
        double[] v = new double[(m + 1) * n];
        Arrays.fill(v, 0, n, 1.0);
        List<String> comps = new ArrayList<>();
        List<ConcentrationUnit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            comps.add(String.valueOf((char) ('A' + i)));
            units.add(ConcentrationUnit.WT_PERCENT);
        }
        List<String> samples = new ArrayList<>(List.of("O"));
        for (int j = 0; j < m; j++) {
            samples.add("S" + j);
            System.arraycopy(c[j], 0, v, (j + 1) * n, n);
        }
        return IsoconProblem.prepare(BulkCompositions.ofValues("ratios", samples, comps, units, v), List.of("O"),
                IsoconSettings.defaults(), new Diagnostics());
    }

    static SparseIsocon.Result raw(IsoconProblem p, Delta delta, double q) {
        Draw d = new DrawSource(p).point();
        double[] w = new double[p.componentCount()];
        Arrays.fill(w, 1);
        SparseObjective f = new SparseObjective(d, w, delta == Delta.log);
        return new SparseIsocon(f, q, IsoconSettings.defaultEpsSchedule(), 0.2, 5, null).solve();
    }

    @Test
    void weightedMedianExampleOfTheSpec() throws Exception {
        IsoconProblem p = ratios(new double[][] { { 0.8, 0.8, 0.8, 1.6, 0.4, 2.4 } });
        SparseIsocon.Result rel = raw(p, Delta.relative, 1);
        assertEquals(0.625, rel.massRatio()[0], 1e-6);
        assertEquals(2.75, rel.objective(), 1e-6);
        SparseIsocon.Result log = raw(p, Delta.log, 1);
        assertEquals(1.25, log.massRatio()[0], 1e-6);
        assertEquals(2.4849, log.objective(), 1e-4);
        SparseIsocon.Result relQ02 = raw(p, Delta.relative, 0.2);
        assertEquals(1.25, relQ02.massRatio()[0], 1e-6);
        assertEquals(3.0192, relQ02.objective(), 1e-4);
    }

    /**
     * Property (§5.3): one sample, q = 1: the relative form is minimised by the weighted median of the
     * tie-line ratios 1/c_i with weights c_i, the log form by their median with weights 1. The
     * median is computed here by sorting, independently of the solver.
     */
    @Test
    void singleSampleQ1IsTheWeightedMedianOfTieLineRatios() throws Exception {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + rnd.nextInt(12);
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = Math.exp(-1.2 + 2.4 * rnd.nextDouble());
            }
            IsoconProblem p = ratios(new double[][] { c });
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            double expectLog = weightedMedian(inverse(c), ones);
            double expectRel = weightedMedian(inverse(c), c);
            if (Double.isNaN(expectLog) || Double.isNaN(expectRel)) {
                continue;
            }
            assertEquals(expectLog, raw(p, Delta.log, 1).massRatio()[0], 1e-6, "log form, trial " + trial);
            assertEquals(expectRel, raw(p, Delta.relative, 1).massRatio()[0], 1e-6, "relative form, trial " + trial);
        }
    }

    /** Weighted median: the x_k at which the cumulative weight first exceeds half; NaN when a tie (plateau) makes it ambiguous. */
    static double weightedMedian(double[] x, double[] w) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double total = Arrays.stream(w).sum();
        double cum = 0;
        for (int k : order) {
            cum += w[k];
            if (Math.abs(cum - total / 2) < 1e-9 * total) {
                return Double.NaN;
            }
            if (cum > total / 2) {
                return Math.min(5, Math.max(0.2, x[k]));
            }
        }
        return Double.NaN;
    }

    static double[] inverse(double[] c) {
        return Arrays.stream(c).map(v -> 1 / v).toArray();
    }

    /** §8.1 test 5: exact multi-sample recovery. */
    @Test
    void exactMultiSampleRecovery() throws Exception {
        String[] names = { "SiO2", "TiO2", "Al2O3", "FeO", "MgO", "CaO", "Na2O", "K2O", "Zr", "Y" };
        double[] c0 = { 50, 1.5, 15, 10, 7, 10, 2.5, 0.5, 120, 30 };
        double[] r = { 0.80, 1.10, 1.40 };
        double[][] delta = new double[10][];
        delta[0] = new double[] { 0.3, -0.2, 0.6 };
        delta[3] = new double[] { -0.4, 0.5, 1.2 };
        delta[4] = new double[] { 0.8, -0.5, -0.3 };
        delta[5] = new double[] { -0.6, 1.5, 0.4 };
        delta[6] = new double[] { 1.0, 0.2, -0.7 };
        delta[7] = new double[] { 1.8, -0.6, 0.9 };
        double[] v = new double[40];
        System.arraycopy(c0, 0, v, 0, 10);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 10; i++) {
                double d = delta[i] == null ? 0 : delta[i][j];
                v[(j + 1) * 10 + i] = c0[i] * (1 + d) / r[j];
            }
        }
        List<ConcentrationUnit> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            units.add(i < 8 ? ConcentrationUnit.WT_PERCENT : ConcentrationUnit.PPM);
        }
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("exact", List.of("O", "A", "B", "C"),
                List.of(names), units, v), List.of("O"), IsoconSettings.defaults(), new Diagnostics());
        List<String> truth = List.of("TiO2", "Al2O3", "Zr", "Y");
        for (double q : new double[] { 0.2, 0.5, 1 }) {
            assertRecovers(p, Delta.log, q, r, truth);
        }
        for (double q : new double[] { 0.2, 0.5 }) {
            assertRecovers(p, Delta.relative, q, r, truth);
        }
        IsoconSolution fails = new SparseSolver().solve(p, IsoconSettings.defaults().withDelta(Delta.relative).withQ(1)
                .withBootstrap(0), Monitor.silent());
        assertArrayEquals(new double[] { 0.564, 0.943, 1.051 }, fails.transfer().massRatio(), 0.001);
        assertTrue(fails.immobileSet().names().isEmpty());
    }

    private static void assertRecovers(IsoconProblem p, Delta delta, double q, double[] r, List<String> truth) throws Exception {
        IsoconSolution s = new SparseSolver().solve(p, IsoconSettings.defaults().withDelta(delta).withQ(q).withBootstrap(0),
                Monitor.silent());
        assertArrayEquals(r, s.transfer().massRatio(), 1e-6, delta + " q=" + q);
        assertArrayEquals(r, (double[]) s.details().get("rawMassRatio"), 1e-6, delta + " q=" + q + " raw");
        assertEquals(truth, s.immobileSet().names(), delta + " q=" + q);
    }

    /** §8.1 test 6: E_ε never increases within a stage; bounds hold; a solution on a bound warns. */
    @Test
    void majoriseMinimiseIsMonotoneAndRespectsBounds() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(22, 5, 10, 0.03, 77);
        Draw d = new DrawSource(SyntheticRecoveryTest.problem(s)).point();
        double[] w = new double[22];
        Arrays.fill(w, 1);
        for (boolean log : new boolean[] { true, false }) {
            SparseObjective f = new SparseObjective(d, w, log);
            SparseIsocon solver = new SparseIsocon(f, 0.2, new double[] { 1e-2 }, 0.9, 1.1, null);
            double[] x = new double[10];
            Arrays.fill(x, log ? 0 : 1);
            double[] work = new double[22];
            double before = f.value(x, 0.2, 1e-3, work);
            for (int it = 0; it < 50; it++) {
                solver.iterate(x, 1e-3, new double[22], new double[22], new double[10], new double[10]);
                double after = f.value(x, 0.2, 1e-3, work);
                assertTrue(after <= before * (1 + 1e-12), "E increased: " + before + " -> " + after);
                before = after;
            }
            for (double r : f.massRatio(x)) {
                assertTrue(r >= 0.9 - 1e-15 && r <= 1.1 + 1e-15, "bound violated: " + r);
            }
        }
        IsoconSolution bounded = new SparseSolver().solve(SyntheticRecoveryTest.problem(s), IsoconSettings.defaults()
                .withBootstrap(0), Monitor.silent());
        assertFalse(bounded.diagnostics().warnings().stream().anyMatch(m -> m.contains("bound")));
        IsoconSettings tight = new IsoconSettings("sparse", List.of(), IsoconSettings.Slope.auto, IsoconSettings.Mean.arithmetic,
                IsoconSettings.Weighting.auto, 1.1, null, Delta.log, 0.2, 0.1, true, 0.95, 1.05, java.util.Map.of(),
                new double[] { 0.2 }, IsoconSettings.defaultEpsSchedule(), IsoconSettings.Iron.combined, false,
                IsoconSettings.DEFAULT_VOLATILES, IsoconSettings.Missing.error, IsoconSettings.BelowDetection.error, 0, 1,
                IsoconSettings.BootstrapStarts.all);
        assertTrue(new SparseSolver().solve(SyntheticRecoveryTest.problem(s), tight, Monitor.silent()).diagnostics().warnings()
                .stream().anyMatch(m -> m.contains("bound")));
    }

    /**
     * The early merge of starts (a speed Decision in {@link SparseIsocon}) must not change the
     * optimum: the same r, E and winning start, bit for bit, as iterating every start to
     * convergence, on §8.2-generator problems with M = 1–40, both forms and q ∈ {0.2, 0.5, 1}.
     */
    @Test
    void earlyMergeOfStartsKeepsTheOptimumBitForBit() throws Exception {
        int[][] shapes = { { 15, 3, 1 }, { 22, 5, 3 }, { 22, 2, 10 }, { 22, 5, 40 } };
        int shortened = 0;
        for (int[] shape : shapes) {
            for (long seed = 1; seed <= 3; seed++) {
                SyntheticIsocon s = new SyntheticIsocon(shape[0], shape[1], shape[2], 0.03, seed);
                Draw d = new DrawSource(SyntheticRecoveryTest.problem(s)).point();
                double[] w = new double[shape[0]];
                Arrays.fill(w, 1);
                for (boolean log : new boolean[] { true, false }) {
                    for (double q : new double[] { 0.2, 0.5, 1 }) {
                        SparseIsocon solver = new SparseIsocon(new SparseObjective(d, w, log), q,
                                IsoconSettings.defaultEpsSchedule(), 0.2, 5, null);
                        SparseIsocon.Result fast = solver.solve();
                        SparseIsocon.Result full = solver.exhaustive().solve();
                        String what = Arrays.toString(shape) + " seed " + seed + " log " + log + " q " + q;
                        assertArrayEquals(full.massRatio(), fast.massRatio(), 0, what);
                        assertEquals(full.objective(), fast.objective(), 0, what);
                        assertEquals(full.startComponent(), fast.startComponent(), what);
                        shortened += fast.iterations() < full.iterations() ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(shortened > 0, "no start was merged early: the comparison tested nothing");
    }

    /** Cross-check (§5.4, test only): Nelder–Mead on ln r from the IRLS optimum finds no lower E. */
    @Test
    void nelderMeadFindsNoLowerMinimum() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(15, 4, 3, 0.02, 5);
        Draw d = new DrawSource(SyntheticRecoveryTest.problem(s)).point();
        double[] w = new double[15];
        Arrays.fill(w, 1);
        SparseObjective f = new SparseObjective(d, w, true);
        SparseIsocon.Result irls = new SparseIsocon(f, 0.5, IsoconSettings.defaultEpsSchedule(), 0.2, 5, null).solve();
        double[] start = Arrays.stream(irls.massRatio()).map(Math::log).toArray();
        MultivariateFunction e = x -> f.value(x, 0.5, 0, new double[15]);
        PointValuePair nm = new SimplexOptimizer(1e-14, 1e-14).optimize(new MaxEval(20000), new ObjectiveFunction(e),
                GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(3, 0.01));
        assertTrue(nm.getValue() >= irls.objective() - 1e-6, "Nelder-Mead " + nm.getValue() + " < IRLS " + irls.objective());
        for (int j = 0; j < 3; j++) {
            assertEquals(irls.massRatio()[j], Math.exp(nm.getPoint()[j]), 1e-6);
        }
    }

    @Test
    void permutingSamplesAndComponentsPermutesTheResult() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(18, 4, 6, 0.02, 21);
        IsoconSolution base = SyntheticRecoveryTest.sparse(s, IsoconSettings.defaults().withBootstrap(0));
        int n = 18;
        int m = 6;
        BulkCompositions d = s.data;
        double[] v = new double[(m + 1) * n];
        List<String> comps = new ArrayList<>();
        List<ConcentrationUnit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            comps.add(d.component(n - 1 - i));
            units.add(d.unit(n - 1 - i));
        }
        List<String> samples = new ArrayList<>(List.of("P"));
        for (int row = 0; row <= m; row++) {
            int src = row == 0 ? 0 : m + 1 - row;
            if (row > 0) {
                samples.add(d.sample(src));
            }
            for (int i = 0; i < n; i++) {
                v[row * n + i] = d.value(src, n - 1 - i);
            }
        }
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("perm", samples, comps, units, v), List.of("P"),
                IsoconSettings.defaults(), new Diagnostics());
        IsoconSolution perm = new SparseSolver().solve(p, IsoconSettings.defaults().withBootstrap(0), Monitor.silent());
        for (int j = 0; j < m; j++) {
            assertEquals(base.transfer().massRatio()[j], perm.transfer().massRatio()[m - 1 - j], 1e-9);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(base.immobileSet().immobile()[i], perm.immobileSet().immobile()[n - 1 - i]);
        }
    }

    @Test
    void immobileWithSparseIsAnInputError() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(15, 4, 3, 0.02, 5);
        InputException e = assertThrows(InputException.class, () -> SyntheticRecoveryTest.sparse(s,
                IsoconSettings.defaults().withImmobile(List.of("Zr"))));
        assertEquals("--immobile: not used by --method sparse: give per-component weights (componentWeights in the method file),"
                + " or run --method grant with that set", e.getMessage());
    }

    @Test
    void qPathHasOnePointPerQAndAStableRange() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(22, 5, 10, 0.01, 3);
        IsoconSolution sol = SyntheticRecoveryTest.sparse(s, IsoconSettings.defaults().withBootstrap(0));
        assertEquals(10, sol.qPath().size());
        assertEquals(0.1, sol.qPath().get(0).q());
        double[] range = (double[]) sol.details().get("stableQRange");
        assertTrue(range[0] <= 0.2 && range[1] >= 0.2);
        assertEquals(s.trueSet(), sol.qPath().get(1).immobile());
    }
}
