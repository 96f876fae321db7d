package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;

/** ISOCON.md §5.6: Monte Carlo over analytical sd, bootstrap over protolith replicates, determinism. */
class BootstrapTest {

    /**
     * One frame component Zr: r = C^O/C^A, so for small relative sds the sd of r is
     * r·√((σ_O/C^O)² + (σ_A/C^A)²) (first-order propagation, computed by hand here).
     */
    @Test
    void monteCarloMatchesFirstOrderPropagation() throws Exception {
        double[] v = { 50, 200, 60, 160 };
        BulkCompositions data = BulkCompositions.ofValues("mc", List.of("O", "A"), List.of("SiO2", "Zr"),
                List.of(ConcentrationUnit.WT_PERCENT, ConcentrationUnit.PPM), v)
                .withSd(new double[] { Double.NaN, 4, Double.NaN, 2.4 });
        IsoconProblem p = IsoconProblem.prepare(data, List.of("O"), IsoconSettings.defaults(), new Diagnostics());
        IsoconSettings s = IsoconSettings.defaults().withMethod("grant").withImmobile(List.of("Zr")).withBootstrap(4000)
                .withSeed(3);
        IsoconSolution sol = new GrantSolver().solve(p, s, Monitor.silent());
        double r = 200.0 / 160;
        double expected = r * Math.hypot(4.0 / 200, 2.4 / 160);
        assertEquals(r, sol.transfer().massRatio()[0], 1e-12);
        assertEquals(expected, sol.uncertainty().massRatioSd()[0], 0.05 * expected);
        assertTrue(sol.uncertainty().massRatioP025()[0] < r && sol.uncertainty().massRatioP975()[0] > r);
        // SiO2 has no sd: its ΔC varies only through r; sd(ΔC) = C^A·sd(r)
        assertEquals(60 * sol.uncertainty().massRatioSd()[0], sol.uncertainty().deltaAbsSd()[0], 1e-9);
    }

    @Test
    void protolithReplicatesEnterTheUncertaintyAndResultsIgnoreThreadCount() throws Exception {
        SyntheticIsocon a = new SyntheticIsocon(18, 4, 6, 0.02, 1);
        SyntheticIsocon b = new SyntheticIsocon(18, 4, 6, 0.02, 2);
        SyntheticIsocon c = new SyntheticIsocon(18, 4, 6, 0.02, 3);
        // three protolith replicates: P rows of three independent noisy draws, altered samples of the first
        int n = 18;
        int m = 6;
        double[] v = new double[(m + 3) * n];
        List<String> samples = new java.util.ArrayList<>(List.of("P1", "P2", "P3"));
        List<ConcentrationUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            v[i] = a.data.value(0, i);
            v[n + i] = b.data.value(0, i);
            v[2 * n + i] = c.data.value(0, i);
            units.add(a.data.unit(i));
        }
        for (int j = 0; j < m; j++) {
            samples.add("A" + j);
            for (int i = 0; i < n; i++) {
                v[(j + 3) * n + i] = a.data.value(j + 1, i);
            }
        }
        List<String> comps = java.util.Arrays.asList(SyntheticIsocon.NAMES).subList(0, n);
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("rep", samples, comps, units, v),
                List.of("P1", "P2", "P3"), IsoconSettings.defaults(), new Diagnostics());
        IsoconSettings s = IsoconSettings.defaults().withBootstrap(200).withSeed(42);
        IsoconSolution parallel = new SparseSolver().solve(p, s, Monitor.silent());
        IsoconSolution single = new ForkJoinPool(1).submit(() -> new SparseSolver().solve(p, s, Monitor.silent())).get();
        assertArrayEquals(parallel.uncertainty().massRatioSd(), single.uncertainty().massRatioSd(), 0);
        assertArrayEquals(parallel.uncertainty().deltaRelSd(), single.uncertainty().deltaRelSd(), 0);
        for (double sd : parallel.uncertainty().massRatioSd()) {
            assertTrue(sd > 0 && sd < 0.2, "sd " + sd);
        }
        double[] fraction = parallel.uncertainty().selectedFraction();
        for (int i = 0; i < n; i++) {
            assertTrue(fraction[i] >= 0 && fraction[i] <= 1);
        }
    }

    /** The warm bootstrap (Decision, ISOCON.md §5.6) keeps the point estimate and gives sds close to the full multi-start. */
    @Test
    void warmStartsGiveTheSameEstimateAndSimilarSpread() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(22, 5, 8, 0.03, 12);
        double[] v = new double[9 * 22];
        double[] sd = new double[9 * 22];
        for (int row = 0; row < 9; row++) {
            for (int i = 0; i < 22; i++) {
                v[row * 22 + i] = s.data.value(row, i);
                sd[row * 22 + i] = 0.03 * v[row * 22 + i];
            }
        }
        List<ConcentrationUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            units.add(s.data.unit(i));
        }
        List<String> samples = new java.util.ArrayList<>();
        for (int row = 0; row < 9; row++) {
            samples.add(s.data.sample(row));
        }
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("warm", samples,
                java.util.Arrays.asList(SyntheticIsocon.NAMES).subList(0, 22), units, v).withSd(sd), List.of("P"),
                IsoconSettings.defaults(), new Diagnostics());
        IsoconSettings settings = IsoconSettings.defaults().withBootstrap(300).withSeed(8);
        IsoconSolution all = new SparseSolver().solve(p, settings, Monitor.silent());
        IsoconSolution warm = new SparseSolver().solve(p, settings.withBootstrapStarts(IsoconSettings.BootstrapStarts.warm),
                Monitor.silent());
        assertArrayEquals(all.transfer().massRatio(), warm.transfer().massRatio(), 0);
        for (int j = 0; j < 8; j++) {
            double a = all.uncertainty().massRatioSd()[j];
            double w = warm.uncertainty().massRatioSd()[j];
            assertTrue(a > 0 && Math.abs(w - a) < 0.25 * a, "sample " + j + ": all " + a + ", warm " + w);
        }
    }

    @Test
    void oneProtolithWithoutSdWarnsAndLeavesSdEmpty() throws Exception {
        SyntheticIsocon s = new SyntheticIsocon(15, 4, 5, 0.01, 9);
        IsoconSolution sol = SyntheticRecoveryTest.sparse(s, IsoconSettings.defaults());
        assertTrue(sol.diagnostics().warnings().contains("no uncertainty information: one protolith analysis and no sd columns"));
        assertTrue(Double.isNaN(sol.uncertainty().massRatioSd()[0]));
    }
}
