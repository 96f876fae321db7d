package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Automatic isocon scale factors for the Grant example of ISOCON.md §8.1 (SiO2 60, Al2O3 16,
 * TiO2 0.8 wt%, Zr 200 ppm, K2O 3, CaO 4 wt%) on a plot of extent 100, worked by hand:
 * targets 100·rank/7 = 14.3, 28.6, 42.9, 57.1, 71.4, 85.7; target/C = 0.238, 1.79, 53.6, 0.286,
 * 23.8, 21.4; nearest of {1,2,5}×10^k in log: 0.2, 2, 50, 0.2, 20, 20.
 */
class ComponentScaleTest {

    @Test
    void grantExampleFactors() {
        double[] g = ComponentScale.automatic(new double[] { 60, 16, 0.8, 200, 3, 4 }, 100);
        assertArrayEquals(new double[] { 0.2, 2, 50, 0.2, 20, 20 }, g, 1e-12);
    }

    @Test
    void labelsReadAsDivisionOrMultiplication() {
        assertEquals("Zr/5", ComponentScale.label("Zr", 0.2));
        assertEquals("Zr/10", ComponentScale.label("Zr", 0.1));
        assertEquals("SiO2\u00d72", ComponentScale.label("SiO2", 2));
        assertEquals("CaO", ComponentScale.label("CaO", 1));
    }

    @Test
    void nearestInLogNotInValue() {
        // 3.3 is nearer to 5 than to 2 in value terms? |3.3-2| = 1.3 < |5-3.3| = 1.7, but in log
        // ln(3.3/2) = 0.50 > ln(5/3.3) = 0.42, so 5 wins
        assertEquals(5, ComponentScale.nearest125(3.3), 1e-12);
        assertEquals(2, ComponentScale.nearest125(3.1), 1e-12);
    }
}
