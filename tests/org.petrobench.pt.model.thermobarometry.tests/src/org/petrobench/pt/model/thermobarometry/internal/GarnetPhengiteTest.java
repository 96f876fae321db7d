package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Krogh &amp; Råheim (1978) and Green &amp; Hellman (1982) against PT.md §3.4's self-checks
 * (ln K_D = 3.0, 10 kbar): KR78 410.29 °C; GH82 498.12 (basaltic), 500.71 (Mg-rich pelite),
 * 534.34 °C (Mg-poor pelite).
 */
class GarnetPhengiteTest {

    /** K_D = (X_alm·Ph.XMg)/(X_prp·Ph.XFe) = (0.6·0.5)/(0.6·e⁻³·0.5) = e³. */
    private static final CompositionTable X = Rows.of("Grt.Xalm", 0.6, "Grt.Xprp", 0.6 * Math.exp(-3),
            "Ph.XMg", 0.5, "Ph.XFe", 0.5);

    @Test
    void kroghRaheim1978() {
        GrtPhKr1978 kr = new GrtPhKr1978();
        assertEquals(410.29, kr.temperature(10000, X, 0) - Rows.K, 0.01);
        assertEquals((3685 + 771) / 6.52, kr.temperature(10000, X, 0), 1e-9);
        assertEquals(0, kr.residual(0, 10000, (3685 + 771) / 6.52, X, 0), 1e-9);
    }

    @Test
    void greenHellman1982Variants() {
        ThermodynamicModel gh = new GrtPhGh1982();
        assertEquals("basaltic", gh.parameterValues().get("variant"));
        double[][] expected = { { 498.12, (5170 + 360) / 7.17 }, { 500.71, (5560 + 360) / 7.65 },
                { 534.34, (5680 + 360) / 7.48 } };
        String[] variants = { "basaltic", "mg-rich-pelite", "mg-poor-pelite" };
        for (int i = 0; i < 3; i++) {
            GrtPhGh1982 v = (GrtPhGh1982) gh.withParameters(Map.of("variant", variants[i]));
            assertEquals(expected[i][0], v.temperature(10000, X, 0) - Rows.K, 0.01, variants[i]);
            assertEquals(expected[i][1], v.temperature(10000, X, 0), 1e-9, variants[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> gh.withParameters(Map.of("variant", "pelitic")));
    }
}
