package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The contract's default methods on a linear toy, whose derivatives are its coefficients. */
class ThermodynamicModelDefaultsTest {

    private final ToyModel t = ToyModel.thermometer("toy-t", "Grt", 500, 0.01, 100, 20);

    @Test
    void centralDifferencesGiveTheCoefficients() {
        CompositionTable x = CompositionTable.ofRow(Map.of("Grt.X", 0.5));
        double[] j = new double[2];
        t.jacobianPT(5000, 700, x, 0, j);
        assertArrayEquals(new double[] { -0.01, 1 }, j, 1e-9);
        double[] jx = new double[1];
        t.jacobianX(5000, 700, x, 0, jx);
        assertEquals(-100, jx[0], 1e-6);
        assertEquals(700 - (500 + 50 + 50), t.residual(0, 5000, 700, x, 0), 1e-9);
    }

    @Test
    void definedOnlyWhereAllRequiredVariablesAre() {
        CompositionTable x = new CompositionTable(2, Map.of("Grt.X", new double[] { 0.5, Double.NaN }));
        assertTrue(t.definedAt(x, 0));
        assertFalse(t.definedAt(x, 1));
        assertFalse(t.definedAt(CompositionTable.ofRow(Map.of("Bt.X", 0.5)), 0));
    }
}
