package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Ti-in-zircon (Ferry &amp; Watson 2007), Zr-in-rutile (Tomkins et al. 2007) and Ti-in-quartz
 * (Wark &amp; Watson 2006) against PT.md §3.5–3.7's self-checks.
 */
class TraceElementThermometerTest {

    @Test
    void tiInZircon() {
        TiZrnFw2007 m = new TiZrnFw2007();
        CompositionTable x = Rows.of("Zrn.Ti_ppm", 10);
        // Ti = 10 ppm, activities 1: T = 4800/(5.711 − 1) → 745.74 °C, σ_T = 24.0 K
        double t = 4800 / (5.711 - 1);
        assertEquals(745.74, m.temperature(0, x, 0) - Rows.K, 0.01);
        assertEquals(t, m.temperature(7000, x, 0), 1e-9);
        assertEquals(24.0, m.calibrationSd(0, 7000, t, x, 0), 0.05);
        assertEquals(Math.sqrt(Math.pow(t * t / 4800 * 0.072, 2) + Math.pow(t / 4800 * 86, 2)),
                m.calibrationSd(0, 7000, t, x, 0), 1e-9);
        // a_TiO2 = 0.7: 4800/(4.711 + log10 0.7) → 780.38 °C
        TiZrnFw2007 lowTi = (TiZrnFw2007) m.withParameters(Map.of("aTiO2", "0.7"));
        assertEquals(780.38, lowTi.temperature(0, x, 0) - Rows.K, 0.01);
        assertEquals(4800 / (4.711 + Math.log10(0.7)), lowTi.temperature(0, x, 0), 1e-9);
        assertEquals("0.7", lowTi.parameterValues().get("aTiO2"));
        assertEquals("1.0", m.parameterValues().get("aTiO2"));
        // a_SiO2 < 1 raises T: 4800/(4.711 − log10 0.5)
        ThermodynamicModel lowSi = m.withParameters(Map.of("aSiO2", "0.5"));
        assertEquals(4800 / (4.711 - Math.log10(0.5)), 1000 - lowSi.residual(0, 0, 1000, x, 0), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> m.withParameters(Map.of("aTiO2", "1.5")));
        assertThrows(IllegalArgumentException.class, () -> m.withParameters(Map.of("aTiO2", "x")));
    }

    @Test
    void zrInRutileAlphaQuartz() {
        ZrRtT2007 m = new ZrRtT2007();
        CompositionTable x = Rows.of("Rt.Zr_ppm", 100);
        assertEquals(549.40, m.temperature(5000, x, 0) - Rows.K, 0.01);
        assertEquals(569.02, m.temperature(10000, x, 0) - Rows.K, 0.01);
        // hand: (83.9 + 0.410·5)/(0.1428 − 0.0083144·ln 100) − 273 (°C, "−273" as published)
        assertEquals((83.9 + 2.05) / (0.1428 - 0.0083144 * Math.log(100)) - 273, m.temperature(5000, x, 0) - Rows.K, 1e-9);
        assertEquals(25, m.calibrationSd(0, 5000, 800, x, 0));
        assertEquals(List.of(), m.parameters());
    }

    @Test
    void tiInQuartzWarkWatson() {
        TiQzWw2006 m = new TiQzWw2006();
        CompositionTable x = Rows.of("Qz.Ti_ppm", 50);
        assertEquals(670.22, m.temperature(10000, x, 0) - Rows.K, 0.01);
        assertEquals(3765 / (5.69 - Math.log10(50)), m.temperature(10000, x, 0), 1e-9);
        TiQzWw2006 a08 = (TiQzWw2006) m.withParameters(Map.of("aTiO2", "0.8"));
        assertEquals(693.69, a08.temperature(10000, x, 0) - Rows.K, 0.01);
        // validity: 600–1000 °C, Ti 22–526 ppm
        assertEquals(List.of(), m.validity(10000, 943.37, x, 0));
        assertEquals(1, m.validity(10000, 550 + Rows.K, x, 0).size());
        List<String> lowTi = m.validity(10000, 943.37, Rows.of("Qz.Ti_ppm", 10), 0);
        assertEquals(1, lowTi.size());
        assertTrue(lowTi.get(0).contains("22-526"), lowTi.toString());
        // Ti = 0: outside 22–526 ppm, T_cal = 0 K (no finite value) and not a measured concentration
        List<String> zero = m.validity(10000, 943.37, Rows.of("Qz.Ti_ppm", 0), 0);
        assertEquals(3, zero.size(), zero.toString());
        assertTrue(zero.stream().anyMatch(w -> w.contains("not positive")), zero.toString());
        // Zr-in-rutile with Zr = 0 gives a finite but meaningless T: the concentration rule catches it
        assertTrue(new ZrRtT2007().validity(10000, 900, Rows.of("Rt.Zr_ppm", 0), 0).get(0).contains("not positive"));
    }

    @Test
    void tiInQuartzOsborne() {
        TiQzO2022 m = new TiQzO2022();
        // PT.md §3.7: 7.49 kbar, a = 1: 630.33 °C (50 ppm), 700.04 °C (100 ppm)
        assertEquals(630.33, m.temperature(7490, Rows.of("Qz.Ti_ppm", 50), 0) - Rows.K, 0.01);
        assertEquals(700.04, m.temperature(7490, Rows.of("Qz.Ti_ppm", 100), 0) - Rows.K, 0.01);
        // hand: X = 100e-6·60.083/47.867; T = (−55.287 + 7.49(−2.625 + 0.0403·7.49))/(0.0083145·ln X)
        double xTi = 100e-6 * 60.083 / 47.867;
        double t = (-55.287 + 7.49 * (-2.625 + 0.0403 * 7.49)) / (0.0083145 * Math.log(xTi));
        assertEquals(t, m.temperature(7490, Rows.of("Qz.Ti_ppm", 100), 0), 1e-6);
        // a_TiO2 < 1 raises T: ln X − ln a
        ThermodynamicModel a07 = m.withParameters(Map.of("aTiO2", "0.7"));
        double t07 = (-55.287 + 7.49 * (-2.625 + 0.0403 * 7.49)) / (0.0083145 * (Math.log(xTi) - Math.log(0.7)));
        assertEquals(t07, 1000 - a07.residual(0, 7490, 1000, Rows.of("Qz.Ti_ppm", 100), 0), 1e-6);
        assertEquals(21, m.calibrationSd(0, 7490, t, Rows.of("Qz.Ti_ppm", 100), 0));
        // calibrated 2–30 kbar
        assertEquals(List.of(), m.validity(7490, t, Rows.of("Qz.Ti_ppm", 100), 0));
        assertEquals(1, m.validity(1000, t, Rows.of("Qz.Ti_ppm", 100), 0).size());
        // a thermobarometer: T_cal depends on P (∂f/∂P = −∂T_cal/∂P ≠ 0)
        double[] j = new double[2];
        m.jacobianPT(7490, t, Rows.of("Qz.Ti_ppm", 100), 0, j);
        double dTdPkbar = (-2.625 + 2 * 0.0403 * 7.49) / (0.0083145 * Math.log(xTi));
        assertEquals(-dTdPkbar / 1000, j[0], 1e-6 * Math.abs(dTdPkbar / 1000));
        assertEquals(1, j[1], 1e-6);
    }
}
