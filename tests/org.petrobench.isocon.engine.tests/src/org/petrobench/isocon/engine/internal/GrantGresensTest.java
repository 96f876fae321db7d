package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSettings.Slope;
import org.petrobench.isocon.IsoconSolution;

/** ISOCON.md §8.1 tests 1–3, hand-computed values. */
class GrantGresensTest {

    static final List<String> COMPONENTS = List.of("SiO2", "Al2O3", "TiO2", "Zr", "K2O", "CaO");
    static final List<ConcentrationUnit> UNITS = List.of(ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT,
            ConcentrationUnit.WT_PERCENT, ConcentrationUnit.PPM, ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT);
    static final double[] PROTOLITH = { 60.0, 16.0, 0.80, 200, 3.0, 4.0 };
    static final double[] ALTERED = { 72.0, 12.8, 0.64, 160, 1.2, 6.4 };

    static IsoconProblem example(List<ConcentrationUnit> units, double[] o, double[] a) throws InputException {
        double[] v = new double[12];
        System.arraycopy(o, 0, v, 0, 6);
        System.arraycopy(a, 0, v, 6, 6);
        BulkCompositions data = BulkCompositions.ofValues("example", List.of("O", "A"), COMPONENTS, units, v)
                .withDensities(new double[] { 2.70, 2.60 }, new double[] { Double.NaN, Double.NaN });
        return IsoconProblem.prepare(data, List.of("O"), IsoconSettings.defaults(), new Diagnostics());
    }

    static IsoconSettings grant() {
        return IsoconSettings.defaults().withMethod("grant").withImmobile(List.of("Al2O3", "TiO2", "Zr")).withBootstrap(0);
    }

    @Test
    void grantMeanRatioExample() throws Exception {
        IsoconSolution s = new GrantSolver().solve(example(UNITS, PROTOLITH, ALTERED), grant(), Monitor.silent());
        assertEquals(0.8, s.transfer().isoconSlope()[0], 1e-12);
        assertEquals(1.25, s.transfer().massRatio()[0], 1e-12);
        assertArrayEquals(new double[] { 30.0, 0, 0, 0, -1.5, 4.0 }, s.transfer().deltaAbs(), 1e-12);
        assertArrayEquals(new double[] { 0.5, 0, 0, 0, -0.5, 1.0 }, s.transfer().deltaRel(), 1e-12);
        assertEquals(1.298077, s.transfer().volumeRatio()[0], 1e-6);
        assertArrayEquals(new boolean[] { false, true, true, true, false, false }, s.immobileSet().immobile());
        assertEquals(0, s.immobileSet().mobility()[1], 1e-12);
        // the three ratios are equal: standard error 0
        assertEquals(0, s.uncertainty().massRatioSd()[0], 1e-12);
    }

    @Test
    void constantMassAndConstantVolumeReferences() throws Exception {
        IsoconProblem p = example(UNITS, PROTOLITH, ALTERED);
        IsoconSolution mass = new GrantSolver().solve(p, grant().withImmobile(List.of()).withSlope(Slope.constantMass),
                Monitor.silent());
        assertEquals(1.0, mass.transfer().massRatio()[0], 1e-15);
        assertEquals(72.0 - 60.0, mass.transfer().deltaAbs()[0], 1e-12);
        IsoconSolution volume = new GrantSolver().solve(p, grant().withImmobile(List.of()).withSlope(Slope.constantVolume),
                Monitor.silent());
        assertEquals(1.038462, volume.transfer().isoconSlope()[0], 1e-6);
        assertEquals(0.962963, volume.transfer().massRatio()[0], 1e-6);
        assertEquals(1.0, volume.transfer().volumeRatio()[0], 1e-12);
    }

    @Test
    void leastSquaresRelativeEqualsMeanRatioAndGeometricIsSymmetric() throws Exception {
        double[] a = { 72.0, 12.8, 0.66, 150, 1.2, 6.4 };
        IsoconProblem p = example(UNITS, PROTOLITH, a);
        double mean = new GrantSolver().solve(p, grant(), Monitor.silent()).transfer().isoconSlope()[0];
        double ls = new GrantSolver().solve(p, grant().withSlope(Slope.leastSquares), Monitor.silent()).transfer()
                .isoconSlope()[0];
        assertEquals((12.8 / 16 + 0.66 / 0.8 + 150.0 / 200) / 3, mean, 1e-12);
        assertEquals(mean, ls, 1e-12);
        double geo = new GrantSolver().solve(p, grant().withMean(IsoconSettings.Mean.geometric), Monitor.silent()).transfer()
                .isoconSlope()[0];
        assertEquals(Math.cbrt(12.8 / 16 * 0.66 / 0.8 * 150.0 / 200), geo, 1e-12);
    }

    @Test
    void gresensEquivalence() throws Exception {
        IsoconProblem p = example(UNITS, PROTOLITH, ALTERED);
        IsoconSolution s = new GresensSolver().solve(p, grant().withMethod("gresens"), Monitor.silent());
        assertArrayEquals(new double[] { 0.865385, 1.298077, 1.298077, 1.298077, 2.596154, 0.649038 },
                (double[]) s.details().get("zeroCrossings"), 1e-6);
        assertEquals(1.298077, s.transfer().volumeRatio()[0], 1e-6);
        assertEquals(1.25, s.transfer().massRatio()[0], 1e-12);
        assertArrayEquals(new double[] { 30.0, 0, 0, 0, -1.5, 4.0 }, s.transfer().deltaAbs(), 1e-12);
    }

    @Test
    void gresensWithoutDensitiesIsAnInputError() throws Exception {
        double[] v = new double[12];
        System.arraycopy(PROTOLITH, 0, v, 0, 6);
        System.arraycopy(ALTERED, 0, v, 6, 6);
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("x.csv", List.of("O", "A"), COMPONENTS, UNITS, v),
                List.of("O"), IsoconSettings.defaults(), new Diagnostics());
        InputException e = assertThrows(InputException.class,
                () -> new GresensSolver().solve(p, grant().withMethod("gresens"), Monitor.silent()));
        assertEquals("x.csv: column 'density_g_cm3': expected a density for the protolith and every altered sample"
                + " (gresens needs densities)", e.getMessage());
    }

    @Test
    void unitAndPermutationInvariance() throws Exception {
        IsoconSolution base = new GrantSolver().solve(example(UNITS, PROTOLITH, ALTERED),
                grant().withSlope(Slope.cluster).withImmobile(List.of()), Monitor.silent());
        // Zr in wt% instead of ppm, TiO2 as Ti (factor 0.5995 cancels in the ratio)
        List<ConcentrationUnit> units = List.of(ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT,
                ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT,
                ConcentrationUnit.WT_PERCENT);
        double[] o = PROTOLITH.clone();
        double[] a = ALTERED.clone();
        o[3] *= 1e-4;
        a[3] *= 1e-4;
        o[2] *= 0.5995;
        a[2] *= 0.5995;
        IsoconSolution converted = new GrantSolver().solve(example(units, o, a),
                grant().withSlope(Slope.cluster).withImmobile(List.of()), Monitor.silent());
        assertEquals(base.transfer().massRatio()[0], converted.transfer().massRatio()[0], 1e-12);
        assertArrayEquals(base.transfer().deltaRel(), converted.transfer().deltaRel(), 1e-12);
        assertArrayEquals(base.immobileSet().immobile(), converted.immobileSet().immobile());
    }

    @Test
    void clusterFindsTheThreeEqualRatios() throws Exception {
        IsoconSolution s = new GrantSolver().solve(example(UNITS, PROTOLITH, ALTERED), grant().withImmobile(List.of()),
                Monitor.silent());
        assertEquals(1.25, s.transfer().massRatio()[0], 1e-12);
        assertEquals(List.of("Al2O3", "TiO2", "Zr"), s.immobileSet().names());
    }

    @Test
    void emptyFrameIsADataError() throws Exception {
        double[] v = new double[14];
        List<String> comps = List.of("SiO2", "LOI");
        double[] o = { 50, 2, 55, 5, 52, 3, 48, 1, 51, 2, 49, 6, 50, 2 };
        System.arraycopy(o, 0, v, 0, 14);
        IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("x", List.of("O", "A", "B", "C", "D", "E", "F"), comps,
                List.of(ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT), v), List.of("O"), IsoconSettings.defaults(),
                new Diagnostics());
        assertThrows(DataException.class,
                () -> new GrantSolver().solve(p, grant().withImmobile(List.of("LOI")), Monitor.silent()));
    }
}
