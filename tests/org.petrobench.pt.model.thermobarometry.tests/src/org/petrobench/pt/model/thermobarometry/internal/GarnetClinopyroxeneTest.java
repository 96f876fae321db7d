package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.CompositionTable;

/**
 * Ellis &amp; Green (1979) and Krogh Ravna (2000) against PT.md §3.3's self-checks (K_D = 5,
 * X_Ca = 0.25, 15 kbar; KR2000 also X_Mn = 0.01, X_Mg# = 1/3): EG79 856.68 °C, KR2000 791.60 °C.
 */
class GarnetClinopyroxeneTest {

    /** Garnet Fe/Mg = 2 (X_Mg# = 1/3), X_grs 0.25, X_sps 0.01; Cpx Fe/Mg = 0.4, so K_D = 2/0.4 = 5. */
    private static final CompositionTable X = Rows.of("Grt.Xalm", 2 * 0.74 / 3, "Grt.Xprp", 0.74 / 3,
            "Grt.Xgrs", 0.25, "Grt.Xsps", 0.01, "Cpx.XFe", 0.4 / 1.4, "Cpx.XMg", 1 / 1.4);

    @Test
    void ellisGreen1979() {
        GrtCpxEg1979 eg = new GrtCpxEg1979();
        assertEquals(856.68, eg.temperature(15000, X, 0) - Rows.K, 0.01);
        // hand: (3104·0.25 + 3030 + 10.86·15)/(ln 5 + 1.9034)
        double t = (3104 * 0.25 + 3030 + 10.86 * 15) / (Math.log(5) + 1.9034);
        assertEquals(t, eg.temperature(15000, X, 0), 1e-9);
        assertEquals(0, eg.residual(0, 15000, t, X, 0), 1e-9);
        // σ = 0.025·T_cal (±5 % read as 2σ)
        assertEquals(0.025 * t, eg.calibrationSd(0, 15000, t + 40, X, 0), 1e-9);
        // calibrated at 24–30 kbar: 15 kbar warns
        List<String> w = eg.validity(15000, t, X, 0);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("24–30 kbar"), w.get(0));
        assertEquals(List.of(), eg.validity(25000, t, X, 0));
    }

    @Test
    void kroghRavna2000() {
        GrtCpxKr2000 kr = new GrtCpxKr2000();
        assertEquals(791.60, kr.temperature(15000, X, 0) - Rows.K, 0.01);
        double m = 1.0 / 3;
        double t = (1939.9 + 3270 * 0.25 - 1396 * 0.0625 + 3319 * 0.01 - 3535 * 1e-4 + 1105 * m - 3561 * m * m
                + 2324 * m * m * m + 169.4 * 1.5) / (Math.log(5) + 1.223);
        assertEquals(t, kr.temperature(15000, X, 0), 1e-9);
        assertEquals(50, kr.calibrationSd(0, 15000, t, X, 0));
        assertEquals(List.of(), kr.validity(15000, t, X, 0));
        assertEquals(1, kr.validity(5000, t, X, 0).size());
        // needs X_Mn, EG79 does not
        CompositionTable noMn = Rows.of("Grt.Xalm", 0.5, "Grt.Xprp", 0.25, "Grt.Xgrs", 0.25, "Cpx.XFe", 0.3, "Cpx.XMg", 0.7);
        assertFalse(kr.definedAt(noMn, 0));
        assertTrue(new GrtCpxEg1979().definedAt(noMn, 0));
    }
}
