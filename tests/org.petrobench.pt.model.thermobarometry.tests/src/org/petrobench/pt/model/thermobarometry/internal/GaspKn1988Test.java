package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * GASP after Koziol &amp; Newton (1988) / Koziol (1989) against PT.md §3.2's self-checks
 * (600 °C, X_an 0.30, X_grs 0.10, m = 100·XMg = 20): a_an = 0.501181, γ_grs = 1.278190,
 * P_ky = 8074.2, P_sil = 8495.5, P_and = 7932.1 bar; ky at 500, 550, 650 °C: 5883.8, 6979.0,
 * 9169.3 bar.
 */
class GaspKn1988Test {

    /** X_prp/(X_prp+X_alm) = 0.20, i.e. m = 20. */
    private static final CompositionTable X = Rows.of("Pl.Xan", 0.30, "Grt.Xgrs", 0.10, "Grt.Xprp", 0.16,
            "Grt.Xalm", 0.64, "Grt.Xsps", 0.10);

    private final GaspKn1988 auto = new GaspKn1988();

    private static GaspKn1988 with(String polymorph) {
        return (GaspKn1988) new GaspKn1988().withParameters(Map.of("polymorph", polymorph));
    }

    @Test
    void activitiesMatchTheSpecAndAHandComputation() {
        double t = 600 + Rows.K;
        assertEquals(0.501181, GaspKn1988.anorthiteActivity(0.30, t), 5e-7);
        // hand: 0.3·1.3²/4 · exp(0.49·(2050 + 2817.6)/(1.987·873.15))
        assertEquals(0.3 * 1.69 / 4 * Math.exp(0.49 * 4867.6 / (1.987 * 873.15)), GaspKn1988.anorthiteActivity(0.30, t), 1e-12);
        // m = 20: W1 = −2060 + 7148 − 1980 = 3108, W2 = 3391 − 7420 + 2596 = −1433
        double gamma = GaspKn1988.grossularActivity(0.10, 0.20, t) / 0.10;
        assertEquals(1.278190, gamma, 5e-7);
        assertEquals(Math.exp(0.81 * (3108 + 0.2 * (-1433 - 3108)) / (8.3143 * 873.15)), gamma, 1e-12);
    }

    @Test
    void pressuresOfTheThreeLines() {
        double t = 600 + Rows.K;
        assertEquals(8074.2, with("ky").pressure(0, t, X, 0), 0.1);
        assertEquals(8495.5, with("sil").pressure(0, t, X, 0), 0.1);
        assertEquals(7932.1, with("and").pressure(0, t, X, 0), 0.1);
        assertEquals(5883.8, with("ky").pressure(0, 500 + Rows.K, X, 0), 0.1);
        assertEquals(6979.0, with("ky").pressure(0, 550 + Rows.K, X, 0), 0.1);
        assertEquals(9169.3, with("ky").pressure(0, 650 + Rows.K, X, 0), 0.1);
        // hand, ky: 22.8·600 − 1093 − 3·8.3143·873.15·ln(a_an/a_grs)/6.594
        double lnQ = Math.log(0.3 * 1.69 / 4 * Math.exp(0.49 * 4867.6 / (1.987 * 873.15))
                / (0.10 * Math.exp(0.81 * (3108 + 0.2 * (-1433 - 3108)) / (8.3143 * 873.15))));
        assertEquals(22.8 * 600 - 1093 - 3 * 8.3143 * 873.15 * lnQ / 6.594, with("ky").pressure(0, t, X, 0), 1e-6);
    }

    @Test
    void residualIsPressureMinusCalibrationInBar() {
        GaspKn1988 ky = with("ky");
        assertEquals(ModelKind.BAROMETER, ky.kind());
        assertEquals("bar", ky.residualUnit(0));
        double t = 600 + Rows.K;
        assertEquals(0, ky.residual(0, 8074.2, t, X, 0), 0.1);
        assertEquals(500, ky.residual(0, 8074.2 + 500, t, X, 0), 0.1);
        assertEquals(1000, ky.calibrationSd(0, 8000, t, X, 0));
    }

    @Test
    void autoTakesThePolymorphStableOnTheReferenceDiagram() {
        double t = 600 + Rows.K;
        // Holdaway triple point: at 600 °C Ky–Sil lies at 3760 + 20.75·99 = 5814 bar, And–Sil at 3760 − 16.2·99 = 2156 bar
        assertEquals(with("ky").residual(0, 8000, t, X, 0), auto.residual(0, 8000, t, X, 0), 1e-9);
        assertEquals(with("sil").residual(0, 4000, t, X, 0), auto.residual(0, 4000, t, X, 0), 1e-9);
        assertEquals(with("and").residual(0, 1500, t, X, 0), auto.residual(0, 1500, t, X, 0), 1e-9);
        // Pattison (1992) moves the triple point to 550 °C, 4.5 kbar: Ky–Sil at 600 °C is 4500 + 20.75·50 = 5537.5 bar
        ThermodynamicModel pattison = auto.withParameters(Map.of("triplePoint", "pattison1992"));
        assertEquals(with("ky").residual(0, 5600, t, X, 0), pattison.residual(0, 5600, t, X, 0), 1e-9);
        assertEquals(with("sil").residual(0, 5600, t, X, 0), auto.residual(0, 5600, t, X, 0), 1e-9);
    }

    @Test
    void parametersAreCheckedAndCopied() {
        ThermodynamicModel ky = auto.withParameters(Map.of("polymorph", "ky"));
        assertEquals("auto", auto.parameterValues().get("polymorph"));
        assertEquals("ky", ky.parameterValues().get("polymorph"));
        assertEquals("holdaway1971", ky.parameterValues().get("triplePoint"));
        assertNotEquals(auto.residual(0, 4000, 873.15, X, 0), ky.residual(0, 4000, 873.15, X, 0));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> auto.withParameters(Map.of("polymorf", "ky")));
        assertTrue(unknown.getMessage().contains("polymorf") && unknown.getMessage().contains("gasp-kn1988"),
                unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> auto.withParameters(Map.of("polymorph", "kyanite")));
        assertTrue(bad.getMessage().contains("polymorph") && bad.getMessage().contains("kyanite"), bad.getMessage());
    }

    @Test
    void statusFollowsThePolymorph() {
        assertEquals(ModelStatus.KNOWN, auto.status());
        assertEquals(ModelStatus.KNOWN, with("ky").status());
        assertEquals(ModelStatus.VERIFIED, with("sil").status());
        assertEquals(ModelStatus.VERIFIED, with("and").status());
    }

    @Test
    void validityWarnings() {
        double t = 600 + Rows.K;
        // auto always reminds that Al2SiO5 + Qz must be present; near a boundary (5814 bar at 600 °C) also that
        List<String> far = auto.validity(8000, t, X, 0);
        assertEquals(1, far.size(), far.toString());
        assertEquals(2, auto.validity(5900, t, X, 0).size());
        // a fixed polymorph inside its field: silent; outside: one warning
        assertEquals(List.of(), with("ky").validity(8000, t, X, 0));
        assertEquals(1, with("and").validity(8000, t, X, 0).size());
    }
}
