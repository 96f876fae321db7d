package org.petrobench.pt.pointwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Monitor;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ToyModel;

/**
 * PT.md §4 on linear toy models whose intersection and covariance are solved by hand:
 * thermometer T = 500 + 0.01 P + 100 x (x = 0.5, σ 20 K), barometer P = −2000 + 10 T (σ 500 bar).
 * T = 550 + 0.01(−2000 + 10 T) ⇒ T = 530/0.9 = 588.89 K, P = −2000 + 10 T = 3888.9 bar.
 * J = ∂(f1, f2)/∂(P, T) = [[−0.01, 1], [1, −10]], det = −0.9, J⁻¹ = [[−10, −1], [−1, −0.01]]/det,
 * Σ_θ = J⁻¹ diag(400, 250000) J⁻ᵀ.
 */
class PointwiseThermobarometryTest {

    private static final ToyModel THERMO = ToyModel.thermometer("toy-t", "Grt", 500, 0.01, 100, 20);
    private static final ToyModel BARO = ToyModel.barometer("toy-p", "Pl", -2000, 10, 0, 500);
    private static final CompositionTable X = new CompositionTable(3, Map.of(
            "Grt.X", new double[] { 0.5, 0.5, 0.5 }, "Pl.X", new double[] { 0.3, Double.NaN, 0.3 }));

    @Test
    void twoModelsIntersectWithLinearisedCovariance() {
        PointEstimate e = new PointwiseThermobarometry(List.of(THERMO, BARO)).estimate(X, 0).orElseThrow();
        assertTrue(e.converged());
        assertEquals(530 / 0.9, e.tK(), 1e-6);
        assertEquals(-2000 + 10 * 530 / 0.9, e.pBar(), 1e-5);
        assertEquals((100 * 400 + 250000) / 0.81, e.varP(), 1e-6 * e.varP());
        assertEquals((10 * 400 + 0.01 * 250000) / 0.81, e.covPT(), 1e-6 * e.covPT());
        assertEquals((400 + 1e-4 * 250000) / 0.81, e.varT(), 1e-6 * e.varT());
        assertEquals(0, e.chiSquare(), 1e-12);
        assertEquals(List.of("toy-t", "toy-p"), e.modelIds());
        assertEquals(List.of(), e.warnings());
        // at fixed T the 95 % ellipse reaches ±√(5.991·varP·(1 − ρ²)) in P
        double half = Math.sqrt(5.991 * e.varP() * (1 - e.correlation() * e.correlation()));
        assertTrue(e.inEllipse95(e.pBar() + 0.99 * half, e.tK()));
        assertFalse(e.inEllipse95(e.pBar() + 1.01 * half, e.tK()));
    }

    @Test
    void threeModelsAreWeightedLeastSquares() {
        ToyModel second = ToyModel.thermometer("toy-t2", "Grt", 600, 0, 0, 20);
        PointEstimate e = new PointwiseThermobarometry(List.of(THERMO, BARO, second)).estimate(X, 0).orElseThrow();
        // rows of J/σ and right-hand sides b/σ with f = Jθ − b: (−0.01, 1)·θ = 550; (1, −10)·θ = −2000; (0, 1)·θ = 600
        double[][] a = { { -0.01 / 20, 1.0 / 20 }, { 1.0 / 500, -10.0 / 500 }, { 0, 1.0 / 20 } };
        double[] b = { 550.0 / 20, -2000.0 / 500, 600.0 / 20 };
        double n11 = 0, n12 = 0, n22 = 0, r1 = 0, r2 = 0;
        for (int i = 0; i < 3; i++) {
            n11 += a[i][0] * a[i][0];
            n12 += a[i][0] * a[i][1];
            n22 += a[i][1] * a[i][1];
            r1 += a[i][0] * b[i];
            r2 += a[i][1] * b[i];
        }
        double det = n11 * n22 - n12 * n12;
        assertEquals((n22 * r1 - n12 * r2) / det, e.pBar(), 1e-4);
        assertEquals((n11 * r2 - n12 * r1) / det, e.tK(), 1e-6);
        assertEquals(n22 / det, e.varP(), 1e-6 * e.varP());
        assertEquals(n11 / det, e.varT(), 1e-6 * e.varT());
        assertTrue(e.chiSquare() > 0);
    }

    @Test
    void onlyWhereAThermometerAndABarometerAreDefined() {
        PointwiseThermobarometry pw = new PointwiseThermobarometry(List.of(THERMO, BARO));
        assertTrue(pw.solvable(X, 0));
        assertTrue(pw.estimate(X, 1).isEmpty(), "Pl.X blank at row 1");
        PointEstimate[] all = pw.estimateAll(X, Monitor.silent());
        assertEquals(3, all.length);
        assertNull(all[1]);
        assertEquals(all[0].tK(), all[2].tK(), 1e-9);
        assertTrue(new PointwiseThermobarometry(List.of(THERMO, ToyModel.thermometer("t2", "Grt", 600, 0, 0, 20)))
                .estimate(X, 0).isEmpty(), "two thermometers do not fix P");
    }

    @Test
    void startsFromTheCentreOfTheIntersectedValidityBoxes() {
        PointwiseThermobarometry pw = new PointwiseThermobarometry(List.of(THERMO, BARO));
        // toy box T 500–900 K, P open → P from the default search box 100–40000 bar
        double[] s = pw.startPoint(List.of(THERMO, BARO));
        assertEquals(0.5 * (100 + 40000), s[0], 1e-9);
        assertEquals(700, s[1], 1e-9);
    }

    @Test
    void validityWarningsAtTheSolution() {
        // barometer P = −2000 + 10 T with the thermometer T = 950 + 0·P: T outside both toys' 500–900 K
        ToyModel hot = ToyModel.thermometer("toy-hot", "Grt", 900, 0, 100, 20);
        PointEstimate e = new PointwiseThermobarometry(List.of(hot, BARO)).estimate(X, 0).orElseThrow();
        assertEquals(950, e.tK(), 1e-6);
        assertEquals(List.of("toy-hot: T outside 500-900 K", "toy-p: T outside 500-900 K"), e.warnings());
    }
}
