package org.petrobench.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConcentrationUnitTest {

    @Test
    void convertsBetweenWeightPercentPpmAndPpb() {
        // 1 wt% = 10⁻² g/g = 10 000 ppm = 10⁷ ppb
        assertEquals(10_000, ConcentrationUnit.WEIGHT_PERCENT.convert(1, ConcentrationUnit.PPM), 1e-9);
        assertEquals(1e7, ConcentrationUnit.WEIGHT_PERCENT.convert(1, ConcentrationUnit.PPB), 1e-6);
        assertEquals(0.02, ConcentrationUnit.PPM.convert(200, ConcentrationUnit.WEIGHT_PERCENT), 1e-15);
        assertEquals(2e-4, ConcentrationUnit.PPM.toMassFraction(200), 1e-18);
    }

    @Test
    void parsesTheUsualSpellings() {
        assertEquals(ConcentrationUnit.WEIGHT_PERCENT, ConcentrationUnit.parse("wt%"));
        assertEquals(ConcentrationUnit.PPM, ConcentrationUnit.parse("mg/kg"));
        assertEquals(ConcentrationUnit.PPM, ConcentrationUnit.parse("G/T"));
        assertEquals(ConcentrationUnit.PPB, ConcentrationUnit.parse(" ppb "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConcentrationUnit.parse("mol%"));
        assertTrue(e.getMessage().contains("'mol%'"), e.getMessage());
    }
}
