package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;

/**
 * Ferry &amp; Spear (1978) and Hodges &amp; Spear (1982) against PT.md §3.1's self-checks and hand
 * computations from the published equations (T in K, P in bar):
 * FS78 T = (12454 + 0.057 P)/(4.662 − 5.961 ln K_D); eq. 1 at 2.07 kbar T = 2109/(0.782 − ln K_D);
 * HS82 T = (12454 + 9900 X_grs + 0.057 P)/(4.662 + 4.5 X_grs − 5.961 ln K_D).
 */
class GarnetBiotiteTest {

    private final GrtBtFs1978 fs = new GrtBtFs1978();
    private final GrtBtHs1982 hs = new GrtBtHs1982();

    @Test
    void fs78ReproducesThePrintedExample() {
        // PT.md §3.1: ln K_D = −2.08361 → 465.91 °C at 3000 bar, 475.93 °C at 6000 bar
        CompositionTable x = Rows.garnetBiotite(-2.08361, 0.05, 0.05);
        assertEquals(465.91, fs.temperature(3000, x, 0) - Rows.K, 0.01);
        assertEquals(475.93, fs.temperature(6000, x, 0) - Rows.K, 0.01);
        // hand: (12454 + 171)/(4.662 + 5.961·2.08361) = 12625/17.082399 = 739.06 K
        assertEquals((12454 + 0.057 * 3000) / (4.662 + 5.961 * 2.08361), fs.temperature(3000, x, 0), 1e-9);
    }

    @Test
    void fs78AndHs82SelfChecksViaResidualAndExplicitForm() {
        // Grt Mg/Fe = 0.10/0.70, Bt XMg = XFe: ln K_D = ln(1/7) = −1.94591
        CompositionTable x = Rows.of("Grt.Xalm", 0.70, "Grt.Xprp", 0.10, "Grt.Xgrs", 0.10, "Grt.Xsps", 0.10,
                "Bt.XMg", 0.4, "Bt.XFe", 0.4);
        double[][] pAndT = { { 2070, 499.96 }, { 5000, 510.23 }, { 8000, 520.75 } };
        for (double[] c : pAndT) {
            assertEquals(c[1], fs.temperature(c[0], x, 0) - Rows.K, 0.01);
            // residual f = T − T_cal vanishes at the printed value (to its rounding)
            assertEquals(0, fs.residual(0, c[0], c[1] + Rows.K, x, 0), 0.01);
        }
        // eq. 1 of FS78 at 2.07 kbar: 2109/(0.782 + 1.94591) = 773.12 K = 499.97 °C
        assertEquals(2109 / (0.782 - Math.log(1.0 / 7)) - Rows.K, fs.temperature(2070, x, 0) - Rows.K, 0.02);
        // HS82 with X_grs = 0.10 at 5000 bar: (12454 + 990 + 285)/(4.662 + 0.45 + 5.961·1.94591) → 548.38 °C
        assertEquals(548.38, hs.temperature(5000, x, 0) - Rows.K, 0.01);
        assertEquals((12454 + 990 + 285) / (4.662 + 0.45 - 5.961 * Math.log(1.0 / 7)), hs.temperature(5000, x, 0), 1e-9);
        assertEquals(0, hs.residual(0, 5000, 548.38 + Rows.K, x, 0), 0.01);
    }

    @Test
    void residualIsTemperatureMinusCalibrationInKelvin() {
        CompositionTable x = Rows.garnetBiotite(-1.9, 0.05, 0.05);
        assertEquals(ModelKind.THERMOMETER, fs.kind());
        assertEquals("K", fs.residualUnit(0));
        double tCal = fs.temperature(5000, x, 0);
        assertEquals(10, fs.residual(0, 5000, tCal + 10, x, 0), 1e-9);
        assertEquals(-10, fs.residual(0, 5000, tCal - 10, x, 0), 1e-9);
        assertEquals(50, fs.calibrationSd(0, 5000, tCal, x, 0));
    }

    @Test
    void defaultJacobiansMatchTheAnalyticDerivatives() {
        CompositionTable x = Rows.garnetBiotite(-1.94591, 0.05, 0.05);
        double p = 5000;
        double den = 4.662 + 5.961 * 1.94591;
        double[] j = new double[2];
        fs.jacobianPT(p, 800, x, 0, j);
        // f = T − (12454 + 0.057 P)/den: ∂f/∂P = −0.057/den, ∂f/∂T = 1
        assertEquals(-0.057 / den, j[0], 1e-6 * 0.057 / den);
        assertEquals(1, j[1], 1e-6);
        // ∂T/∂ln K_D ≈ 287 K at 510 °C (PT.md §3.1); ln K_D = ln X_prp − ..., so ∂f/∂X_prp = −287/X_prp
        double[] jx = new double[4];
        fs.jacobianX(p, 800, x, 0, jx);
        double tCal = (12454 + 0.057 * p) / den;
        double dTdLnKd = 5.961 * tCal * tCal / (12454 + 0.057 * p);
        assertEquals(287, dTdLnKd, 0.5);
        assertEquals(-dTdLnKd / x.get("Grt.Xprp", 0), jx[0], 1e-4 * dTdLnKd / x.get("Grt.Xprp", 0));
        assertEquals(dTdLnKd / x.get("Grt.Xalm", 0), jx[1], 1e-4 * dTdLnKd / x.get("Grt.Xalm", 0));
    }

    @Test
    void validityWarningsFire() {
        CompositionTable good = Rows.of("Grt.Xalm", 0.70, "Grt.Xprp", 0.15, "Grt.Xgrs", 0.10, "Grt.Xsps", 0.05,
                "Bt.XMg", 0.40, "Bt.XFe", 0.45, "Bt.XAlVI", 0.08, "Bt.XTi", 0.03);
        assertEquals(List.of(), fs.validity(5000, 600 + Rows.K, good, 0));
        assertEquals(1, fs.validity(5000, 500 + Rows.K, good, 0).size());
        assertTrue(fs.validity(5000, 500 + Rows.K, good, 0).get(0).contains("550–800 °C"),
                fs.validity(5000, 500 + Rows.K, good, 0).toString());
        assertEquals(1, fs.validity(5000, 850 + Rows.K, good, 0).size());
        // (Ca+Mn)/Σ = 0.25 > 0.20: FS78 warns; HS82 models Ca and checks Mn only (0.05)
        CompositionTable calcic = Rows.of("Grt.Xalm", 0.60, "Grt.Xprp", 0.15, "Grt.Xgrs", 0.20, "Grt.Xsps", 0.05,
                "Bt.XMg", 0.40, "Bt.XFe", 0.45);
        assertTrue(fs.validity(5000, 600 + Rows.K, calcic, 0).get(0).contains("(Ca+Mn)"));
        assertEquals(List.of(), hs.validity(5000, 600 + Rows.K, calcic, 0));
        // biotite (Al^VI+Ti)/(Al^VI+Ti+Fe+Mg) = 0.20/0.85 > 0.15
        CompositionTable aluminous = good.with("Bt.XAlVI", 0, 0.17);
        assertTrue(fs.validity(5000, 600 + Rows.K, aluminous, 0).get(0).contains("biotite"));
        // a zero pyrope fraction makes ln K_D infinite: T_cal = 0 K, which validity reports
        CompositionTable noMg = Rows.of("Grt.Xalm", 0.80, "Grt.Xprp", 0.0, "Bt.XMg", 0.40, "Bt.XFe", 0.45);
        assertEquals(1, fs.validity(5000, 600 + Rows.K, noMg, 0).size());
        assertTrue(fs.validity(5000, 600 + Rows.K, noMg, 0).get(0).contains("no finite value"));
        // blank optional variables skip their check
        CompositionTable minimal = Rows.of("Grt.Xalm", 0.60, "Grt.Xprp", 0.15, "Bt.XMg", 0.40, "Bt.XFe", 0.45);
        assertEquals(List.of(), fs.validity(5000, 600 + Rows.K, minimal, 0));
    }

    @Test
    void undefinedWhereARequiredVariableIsBlank() {
        CompositionTable x = Rows.of("Grt.Xalm", 0.60, "Grt.Xprp", 0.15, "Bt.XMg", 0.40, "Bt.XFe", Double.NaN);
        assertFalse(fs.definedAt(x, 0));
        assertTrue(Double.isNaN(fs.residual(0, 5000, 800, x, 0)));
        // HS82 also needs X_grs
        CompositionTable noGrs = Rows.of("Grt.Xalm", 0.60, "Grt.Xprp", 0.15, "Bt.XMg", 0.40, "Bt.XFe", 0.45);
        assertTrue(fs.definedAt(noGrs, 0));
        assertFalse(hs.definedAt(noGrs, 0));
    }

    @Test
    void vectorisedResidualsFollowTheRowIndex() {
        CompositionTable x = new CompositionTable(2, java.util.Map.of(
                "Grt.Xalm", new double[] { 0.70, 0.60 }, "Grt.Xprp", new double[] { 0.10, 0.20 },
                "Bt.XMg", new double[] { 0.4, 0.4 }, "Bt.XFe", new double[] { 0.4, 0.4 }));
        double[] out = new double[3];
        fs.residuals(new double[] { 5000, 5000, 6000 }, new double[] { 800, 800, 900 }, x, new int[] { 1, 0, 1 }, out);
        assertEquals(800 - fs.temperature(5000, x, 1), out[0], 1e-12);
        assertEquals(800 - fs.temperature(5000, x, 0), out[1], 1e-12);
        assertEquals(900 - fs.temperature(6000, x, 1), out[2], 1e-12);
    }
}
