package org.petrobench.cli.internal.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The validity column of {@code ./petrobench models}: a box given in K prints whole °C as whole numbers. */
class ModelsValidityTest {

    @Test
    void kelvinBoundsConvertToWholeCelsiusWithoutRoundingResidue() {
        // 823.15 K and 1073.15 K: the audit found "T 550–800.00 °C" (1073.15 − 273.15 = 800.0000000000001)
        assertEquals("T 550–800 °C", ModelsCommand.validity(new double[] { Double.NaN, Double.NaN, 823.15, 1073.15 }));
        assertEquals("P 24–30 kbar; T 750–1300 °C", ModelsCommand.validity(new double[] { 24000, 30000, 1023.15, 1573.15 }));
    }

    @Test
    void fractionalBoundsKeepTwoDecimalsAndOpenSidesUseInequalities() {
        assertEquals("P ≥ 0.10 kbar", ModelsCommand.validity(new double[] { 100, Double.NaN, Double.NaN, Double.NaN }));
        assertEquals("", ModelsCommand.validity(new double[] { Double.NaN, Double.NaN, Double.NaN, Double.NaN }));
    }
}
