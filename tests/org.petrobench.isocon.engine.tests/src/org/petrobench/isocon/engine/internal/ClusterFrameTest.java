package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSettings.Slope;
import org.petrobench.isocon.IsoconSolution;

/**
 * Default grant without {@code --immobile} is ratio clustering (ISOCON.md §4c): each sample's
 * slope comes from its own window, so a mobile component whose ratio falls in one sample's window
 * moves that sample's r. Table built here: Al2O3, TiO2, Zr immobile at r = (1.25, 1/1.1); in A2
 * SiO2 gained 20 %, inside the ±10 % window (ln 1.2 = 0.182 &lt; 2 ln 1.1 = 0.191).
 */
class ClusterFrameTest {

    static final List<String> COMPONENTS = List.of("SiO2", "Al2O3", "TiO2", "Zr", "K2O", "CaO", "Na2O", "MgO");
    static final double[] C0 = { 60, 16, 0.8, 200, 3, 4, 3.5, 2 };
    static final double[] R = { 1.25, 1 / 1.1 };
    static final double[][] DELTA = { { 0.5, 0, 0, 0, -0.5, 1.0, -0.3, 0.6 }, { 0.2, 0, 0, 0, 0.9, -0.6, 0.5, -0.45 } };

    static IsoconProblem problem(List<String> samples) throws Exception {
        int n = C0.length;
        double[] v = new double[3 * n];
        System.arraycopy(C0, 0, v, 0, n);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < n; i++) {
                v[(j + 1) * n + i] = C0[i] * (1 + DELTA[j][i]) / R[j];
            }
        }
        List<ConcentrationUnit> units = new ArrayList<>();
        for (String c : COMPONENTS) {
            units.add(c.equals("Zr") ? ConcentrationUnit.PPM : ConcentrationUnit.WT_PERCENT);
        }
        List<String> rows = new ArrayList<>(List.of("P1"));
        rows.addAll(samples);
        return IsoconProblem.prepare(BulkCompositions.ofValues("cluster", rows, COMPONENTS, units, v), List.of("P1"),
                IsoconSettings.defaults(), new Diagnostics());
    }

    @Test
    void eachSampleUsesItsOwnWindowAndTheDifferenceIsReported() throws Exception {
        IsoconProblem p = problem(List.of("A1", "A2"));
        IsoconSolution s = new GrantSolver().solve(p, IsoconSettings.defaults().withMethod("grant").withBootstrap(0),
                Monitor.silent());
        assertEquals("cluster", s.details().get("slope"));
        // A2: s = geometric mean of the four ratios in its window = 1.1·1.2^(1/4) (hand)
        assertArrayEquals(new double[] { 1.25, 1 / (1.1 * Math.pow(1.2, 0.25)) }, s.transfer().massRatio(), 1e-12);
        assertEquals(0.868584, s.transfer().massRatio()[1], 1e-6);
        assertEquals(List.of("Al2O3", "TiO2", "Zr"), s.immobileSet().names());
        assertEquals(Map.of("A1", List.of("Al2O3", "TiO2", "Zr"), "A2", List.of("SiO2", "Al2O3", "TiO2", "Zr")),
                s.details().get("clusterFrames"));
        assertEquals(List.of("sample A2: its ratio cluster also holds SiO2, so its mass ratio is not that of the frame common"
                + " to all samples (Al2O3, TiO2, Zr); run.json lists each sample's frame, --immobile fixes one frame for all"),
                s.diagnostics().warnings());
    }

    @Test
    void theReportedCommonFrameGivenAsImmobileRecoversTheTrueRatiosWithExactZeros() throws Exception {
        IsoconSolution s = new GrantSolver().solve(problem(List.of("A1", "A2")), IsoconSettings.defaults().withMethod("grant")
                .withImmobile(List.of("Al2O3", "TiO2", "Zr")).withBootstrap(0), Monitor.silent());
        assertArrayEquals(R, s.transfer().massRatio(), 1e-12);
        for (int j = 0; j < 2; j++) {
            for (int i = 1; i <= 3; i++) {
                assertEquals(0.0, s.transfer().deltaAbs(j, i), COMPONENTS.get(i));
                assertEquals(0.0, s.transfer().deltaRel(j, i), COMPONENTS.get(i));
            }
            for (int i : new int[] { 0, 4, 5, 6, 7 }) {
                assertEquals(DELTA[j][i], s.transfer().deltaRel(j, i), 1e-12);
                assertEquals(C0[i] * DELTA[j][i], s.transfer().deltaAbs(j, i), 1e-12);
            }
        }
        assertEquals(0.0, s.immobileSet().mobility()[2]);
    }

    @Test
    void messagesNameTheSampleById() throws Exception {
        IsoconProblem p = problem(List.of("A-1", "qz vein 7"));
        IsoconSettings one = IsoconSettings.defaults().withMethod("grant").withImmobile(List.of("TiO2")).withBootstrap(0);
        List<String> warnings = new GrantSolver().solve(p, one, Monitor.silent()).diagnostics().warnings();
        assertTrue(warnings.contains("sample qz vein 7: the frame has a single component; the slope has no uncertainty"),
                warnings.toString());
    }

    /** Altered ratios c = (1.2, 0.8, 0.825, 0.75, 0.4, 1.6): no three within a factor 1.001. */
    @Test
    void gresensAndClusterMessagesNameTheSampleById() throws Exception {
        double[] v = new double[12];
        System.arraycopy(GrantGresensTest.PROTOLITH, 0, v, 0, 6);
        System.arraycopy(UncertaintyRulesTest.SPREAD, 0, v, 6, 6);
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("g", List.of("O", "alt-3"), GrantGresensTest.COMPONENTS,
                GrantGresensTest.UNITS, v).withDensities(new double[] { 2.70, 2.60 }, new double[] { Double.NaN, Double.NaN }),
                List.of("O"), IsoconSettings.defaults(), new Diagnostics());
        List<String> warnings = new GresensSolver().solve(p, IsoconSettings.defaults().withMethod("gresens")
                .withImmobile(List.of("Zr")).withBootstrap(0), Monitor.silent()).diagnostics().warnings();
        assertEquals(List.of("sample alt-3: the frame has a single component; f_v has no uncertainty"), warnings);
        DataException e = assertThrows(DataException.class, () -> new GrantSolver().solve(p,
                IsoconSettings.defaults().withMethod("grant").withSlope(Slope.cluster).withClusterWidth(1.001).withBootstrap(0),
                Monitor.silent()));
        assertTrue(e.getMessage().startsWith("sample alt-3: ratio clustering found 1 component within a factor 1.001"), e.getMessage());
    }
}
