package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.chem.Composition;
import org.petrobench.core.chem.FormulaUnit;
import org.petrobench.pt.PhaseRecast.FerricIron;

/** PT.md §1 recast self-checks (T2): the printed values to 10⁻⁴ pfu, and the Droop round trip. */
class PhaseRecastTest {

    private static Composition wt(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return Composition.ofWeightPercent(m);
    }

    private static final Composition GARNET = wt("SiO2", 37.50, "TiO2", 0.05, "Al2O3", 21.00, "FeO", 33.00, "MnO", 2.00,
            "MgO", 3.00, "CaO", 3.50);

    @Test
    void garnetOn12Oxygens() {
        FormulaUnit f = PhaseRecast.formulaUnit("Grt", GARNET, FerricIron.NONE);
        assertEquals(3.0057, f.apfu("Si"), 1e-4);
        assertEquals(1.9837, f.apfu("Al"), 1e-4);
        assertEquals(2.2121, f.apfu("Fe"), 1e-4);
        assertEquals(0.1358, f.apfu("Mn"), 1e-4);
        assertEquals(0.3585, f.apfu("Mg"), 1e-4);
        assertEquals(0.3006, f.apfu("Ca"), 1e-4);
        assertEquals(7.9994, f.cationSum(), 1e-4);
        Map<String, Double> v = PhaseRecast.variables("Grt", GARNET, FerricIron.NONE);
        assertEquals(0.73567, v.get("Grt.Xalm"), 1e-5);
        assertEquals(0.11921, v.get("Grt.Xprp"), 1e-5);
        assertEquals(0.09996, v.get("Grt.Xgrs"), 1e-5);
        assertEquals(0.04516, v.get("Grt.Xsps"), 1e-5);
        assertEquals(0.13945, v.get("Grt.XMg"), 1e-5);
        // Droop: S = 7.9994 < 8, so Fe³⁺ = 0
        assertEquals(0, PhaseRecast.formulaUnit("Grt", GARNET, FerricIron.CHARGE_BALANCE).ferricIron(), 1e-12);
    }

    @Test
    void droopRoundTrip() {
        // built from Si 3, Al 1.9, Fe³⁺ 0.1, Fe²⁺ 2.2, Mg 0.4, Ca 0.3, Mn 0.1, reported as FeO
        Composition c = wt("SiO2", 37.304, "Al2O3", 20.046, "FeO", 34.198, "MgO", 3.336, "CaO", 3.482, "MnO", 1.468);
        assertEquals(8.0335, PhaseRecast.formulaUnit("Grt", c, FerricIron.NONE).cationSum(), 1e-4);
        FormulaUnit droop = PhaseRecast.formulaUnit("Grt", c, FerricIron.CHARGE_BALANCE);
        assertEquals(0.1000, droop.ferricIron(), 1e-4);
        assertEquals(2.2000, droop.ferrousIron(), 1e-4);
        Map<String, Double> v = PhaseRecast.variables("Grt", c, FerricIron.CHARGE_BALANCE);
        // X_alm = 2.2/(2.2 + 0.4 + 0.3 + 0.1)
        assertEquals(2.2 / 3.0, v.get("Grt.Xalm"), 1e-4);
    }

    @Test
    void biotiteOn11OxygensWithOctahedralAl() {
        Composition bt = wt("SiO2", 35.50, "TiO2", 2.00, "Al2O3", 19.00, "FeO", 21.00, "MnO", 0.20, "MgO", 8.00,
                "Na2O", 0.20, "K2O", 9.00);
        FormulaUnit f = PhaseRecast.formulaUnit("Bt", bt, FerricIron.CHARGE_BALANCE);
        assertEquals(0, f.ferricIron(), "never Fe³⁺ for micas");
        assertEquals(2.7271, f.apfu("Si"), 1e-4);
        assertEquals(1.7202, f.apfu("Al"), 1e-4);
        assertEquals(1.2729, PhaseRecast.tetrahedralAl(f), 1e-4);
        assertEquals(0.4474, f.apfu("Al") - PhaseRecast.tetrahedralAl(f), 1e-4);
        assertEquals(0.1156, f.apfu("Ti"), 1e-4);
        assertEquals(1.3491, f.apfu("Fe"), 1e-4);
        assertEquals(0.9162, f.apfu("Mg"), 1e-4);
        Map<String, Double> v = PhaseRecast.variables("Bt", bt, FerricIron.NONE);
        assertEquals(0.32245, v.get("Bt.XMg"), 1e-5);
        assertEquals(0.47484, v.get("Bt.XFe"), 1e-5);
        assertEquals(0.15745, v.get("Bt.XAlVI"), 1e-5);
        assertEquals(0.04068, v.get("Bt.XTi"), 1e-5);
    }

    @Test
    void plagioclaseOn8Oxygens() {
        Composition pl = wt("SiO2", 60.00, "Al2O3", 25.00, "CaO", 6.50, "Na2O", 7.80, "K2O", 0.20);
        assertEquals(5.0011, PhaseRecast.formulaUnit("Pl", pl, FerricIron.NONE).cationSum(), 1e-4);
        assertEquals(0.31171, PhaseRecast.variables("Pl", pl, FerricIron.NONE).get("Pl.Xan"), 1e-5);
    }

    @Test
    void profileColumnsAreRecastRowByRow() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("Pl.SiO2", new double[] { 60.00, Double.NaN, 60.00 });
        cols.put("Pl.Al2O3", new double[] { 25.00, Double.NaN, 25.00 });
        cols.put("Pl.CaO", new double[] { 6.50, Double.NaN, 6.50 });
        cols.put("Pl.Na2O", new double[] { 7.80, Double.NaN, 7.80 });
        cols.put("Pl.K2O", new double[] { 0.20, Double.NaN, Double.NaN });
        cols.put("Wm.FeO", new double[] { 2.0, Double.NaN, Double.NaN });
        cols.put("Wm.MgO", new double[] { 2.0, Double.NaN, Double.NaN });
        cols.put("Wm.SiO2", new double[] { 50.0, Double.NaN, Double.NaN });
        cols.put("Wm.Al2O3", new double[] { 30.0, Double.NaN, Double.NaN });
        cols.put("Wm.K2O", new double[] { 10.0, Double.NaN, Double.NaN });
        Diagnostics d = new Diagnostics();
        CompositionTable x = PhaseRecast.recast(new CompositionTable(3, cols), d);
        assertEquals(0.31171, x.get("Pl.Xan", 0), 1e-5);
        assertFalse(x.defined("Pl.Xan", 1), "no plagioclase analysis at row 1");
        // row 2: K2O blank = not detected, so Xan = Ca/(Ca+Na)
        assertTrue(x.get("Pl.Xan", 2) > x.get("Pl.Xan", 0));
        // Wm is recast as Ph: Mg/Fe molar = (2/40.304)/(2/71.844)
        assertEquals(71.844 / (71.844 + 40.304), x.get("Ph.XMg", 0), 2e-4);
        assertFalse(x.has("Wm.XMg"));
        // totals: Pl 99.5 fine, row 2 99.3 fine; Wm 94 within 93–97
        assertEquals(List.of(), d.warnings());
        assertTrue(PhaseRecast.isOxideColumn("Grt.SiO2"));
        assertFalse(PhaseRecast.isOxideColumn("Grt.Xalm"));
        assertFalse(PhaseRecast.isOxideColumn("Zrn.SiO2"));
    }

    @Test
    void directColumnsWinAndBadTotalsWarn() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("Pl.Xan", new double[] { 0.5 });
        cols.put("Pl.SiO2", new double[] { 60.00 });
        cols.put("Pl.Al2O3", new double[] { 25.00 });
        cols.put("Pl.CaO", new double[] { 6.50 });
        cols.put("Pl.Na2O", new double[] { 2.80 });
        Diagnostics d = new Diagnostics();
        CompositionTable x = PhaseRecast.recast(new CompositionTable(1, cols), d);
        assertEquals(0.5, x.get("Pl.Xan", 0));
        assertTrue(x.has("Pl.Xab"));
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).startsWith("Pl oxide totals outside 98.5–101.5 wt%"), d.warnings().get(0));
        CompositionTable none = new CompositionTable(1, Map.of("Grt.Xalm", new double[] { 0.7 }));
        assertSame(none, PhaseRecast.recast(none, new Diagnostics()));
    }
}
