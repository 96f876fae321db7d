package org.petrobench.isocon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.petrobench.isocon.io.SignificantDigits;

/** The round-off rule of {@link RoundOff} and its use in {@link MassTransfer} (ISOCON.md §6). */
class RoundOffTest {

    /**
     * TiO2 0.80 → 0.88 wt% with the isocon of three ratios that are all 1.1 in exact arithmetic
     * (Al2O3 16 → 17.6, TiO2 0.8 → 0.88, Zr 200 → 220): ΔC = 0 in theory, −1.11022E-16 in doubles
     * without the rule (the value an audit found in transfer.csv).
     */
    @Test
    void immobileComponentOfAnExactIsoconIsExactlyZero() {
        double s = (17.6 / 16 + 0.88 / 0.8 + 220.0 / 200) / 3;
        double r = 1 / s;
        assertNotEquals(0.0, r * 0.88 - 0.8, "the case must carry round-off, else it tests nothing");
        double[] c0 = { 60, 0.8 };
        double[] altered = { 79.2, 0.88 };
        MassTransfer t = MassTransfer.of(c0, Double.NaN, altered, new double[] { Double.NaN }, new double[] { r });
        assertEquals(0.0, t.deltaAbs(0, 1));
        assertEquals(0.0, t.deltaRel(0, 1));
        assertEquals("0", SignificantDigits.format(t.deltaAbs(0, 1), 6));
        assertEquals(0.0, MassTransfer.mobility(c0, altered, new boolean[] { true, true }, new double[] { r })[1]);
        // the mobile SiO2: 79.2/1.1 − 60 = 12 wt% gained, untouched by the rule
        assertEquals(12.0, t.deltaAbs(0, 0), 1e-12);
        assertEquals(0.2, t.deltaRel(0, 0), 1e-12);
    }

    @Test
    void boundaryIsSixtyFourUlpsOfTheLargerMagnitude() {
        double a = 3.0;
        double ulp = Math.ulp(a);
        assertEquals(0.0, RoundOff.difference(a + RoundOff.ULPS * ulp, a));
        assertEquals(0.0, RoundOff.difference(a, a - RoundOff.ULPS * ulp));
        double beyond = a + (RoundOff.ULPS + 2) * ulp;
        assertEquals(beyond - a, RoundOff.difference(beyond, a));
        // a relative change of 1e-12 is kept: far above round-off
        assertEquals((1 + 1e-12) - 1, RoundOff.difference(1 + 1e-12, 1));
        assertTrue(Double.isNaN(RoundOff.difference(Double.NaN, 1)));
        assertEquals(-1.0, RoundOff.difference(0, 1));
    }

    @Test
    void spreadAtRoundOffLevelIsZero() {
        assertEquals(0.0, RoundOff.spread(5.78241e-17, 0.8));
        assertEquals(1e-9, RoundOff.spread(1e-9, 0.8));
        assertTrue(Double.isNaN(RoundOff.spread(Double.NaN, 0.8)));
    }
}
