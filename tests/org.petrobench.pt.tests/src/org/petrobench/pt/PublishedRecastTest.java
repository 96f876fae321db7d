package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.chem.Composition;
import org.petrobench.core.chem.FormulaUnit;
import org.petrobench.pt.PhaseRecast.FerricIron;

/**
 * The PT.md §1 variables of published analyses, with expectations derived by hand from the
 * published structural formulae (apfu printed to 3 decimals, the feldspar to 2) through the §1
 * definitions. Sources (the
 * same as PublishedFormulaTest of org.petrobench.core.tests, where the apfu themselves are checked):
 * <ul>
 * <li>Garnet with analysed Fe2O3: Okrusch &amp; Matthes (2014) Mineralogie, 9th ed., Springer
 * Spektrum, as transcribed in abuseki/hularr {@code tests/testthat/test-minRecalc.R}, commit
 * 88c4adb9bb38f87df32fc34a2bb5d1b2cd11a7d5: Si 3.022, Al 1.949, Fe³⁺ 0.031, Fe²⁺ 2.248, Mn 0.376,
 * Mg 0.277, Ca 0.087.</li>
 * <li>Garnet, total Fe as FeO: LMU GeoWiki "Berechnung von Mineralformeln", same hularr file: Si 2.908,
 * Al 2.080, Fe 1.990, Mn 0.085, Mg 0.254, Ca 0.733.</li>
 * <li>Biotite, Černá Voda granite, analyses 1 and 3 (Cl-free, OH = 2, so equal to our anhydrous 11 O
 * basis): http://pruvodce.geol.morava.sci.muni.cz/Cerna_Voda/tabulka2.htm.</li>
 * <li>Ca-bearing feldspar, 8 O: Handbook of Mineralogy (Anthony et al. 2001), "Anorthoclase",
 * analysis (1), Mt. Erebus: (Na0.64Ca0.18K0.17)Σ=0.99 (2 decimals). It is an alkali feldspar
 * (An18), not a plagioclase: we found no stored plagioclase analysis printed with its 8 O formula,
 * but the Pl recast (8 O, X_an = Ca/(Ca+Na+K)) is the same arithmetic.</li>
 * </ul>
 * Convention checks: PT.md §1 takes all iron as Fe²⁺ by default, so an analysed Fe2O3 is folded into
 * Fe²⁺ (the Okrusch &amp; Matthes X_alm uses Fe²⁺ + Fe³⁺ = 2.279, not the printed Fe²⁺ 2.248); Droop's
 * charge balance is applied to the printed GeoWiki formula by hand.
 * <p>
 * Tolerances propagate the printed rounding (each apfu ± 0.0005) through X = c/Σ: garnet Σ ≈ 3,
 * biotite Σ ≈ 2.8 with Al^VI = Al − (4 − Si) carrying two roundings, both ≤ 0.0007, so 0.001; Droop
 * fractions inherit the ± 0.009 of F (see PublishedFormulaTest), so 0.002; the feldspar, printed to
 * 2 decimals with Σ = 0.99 ± 0.005: δX_an ≤ 0.005/0.99 + 0.18·0.005/0.99² = 0.006, δX_ab ≤ 0.009.
 */
class PublishedRecastTest {

    private static final double FRACTION = 0.001;
    private static final double DROOP_FRACTION = 0.002;

    private static Composition wt(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return Composition.ofWeightPercent(m);
    }

    private static final Object[] OKRUSCH_MATTHES = { "SiO2", 37.1, "Al2O3", 20.3, "Fe2O3", 0.5, "FeO", 33, "MnO", 5.45,
            "MgO", 2.28, "CaO", 0.99 };
    private static final Object[] GEOWIKI = { "SiO2", 36.3, "Al2O3", 22.03, "FeO", 29.7, "MnO", 1.25, "MgO", 2.13, "CaO",
            8.54 };
    private static final Object[] BIOTITE_1 = { "SiO2", 36.412, "TiO2", 3.894, "Al2O3", 15.806, "FeO", 24.567, "MnO",
            0.353, "MgO", 6.606, "K2O", 9.547 };
    private static final Object[] BIOTITE_3 = { "SiO2", 37.126, "TiO2", 3.873, "Al2O3", 16.633, "FeO", 24.025, "MnO",
            0.298, "MgO", 6.873, "K2O", 9.169 };

    @Test
    void okruschMatthesGarnetEndMembersWithAllIronFerrous() {
        // Fe = 2.248 + 0.031 = 2.279; Σ = 2.279 + 0.277 + 0.087 + 0.376 = 3.019
        Map<String, Double> v = PhaseRecast.variables("Grt", wt(OKRUSCH_MATTHES), FerricIron.NONE);
        assertEquals(2.279 / 3.019, v.get("Grt.Xalm"), FRACTION); // 0.75489
        assertEquals(0.277 / 3.019, v.get("Grt.Xprp"), FRACTION); // 0.09175
        assertEquals(0.087 / 3.019, v.get("Grt.Xgrs"), FRACTION); // 0.02882
        assertEquals(0.376 / 3.019, v.get("Grt.Xsps"), FRACTION); // 0.12454
        assertEquals(0.277 / (0.277 + 2.279), v.get("Grt.XMg"), FRACTION); // 0.10837
        // the recast with an explicit Fe2O3 column still reports no Fe³⁺ by default
        assertEquals(0, PhaseRecast.formulaUnit("Grt", wt(OKRUSCH_MATTHES), FerricIron.NONE).ferricIron(), 0);
    }

    @Test
    void geowikiGarnetEndMembersWithAllIronFerrous() {
        // Σ = 1.990 + 0.254 + 0.733 + 0.085 = 3.062
        Map<String, Double> v = PhaseRecast.variables("Grt", wt(GEOWIKI), FerricIron.NONE);
        assertEquals(1.990 / 3.062, v.get("Grt.Xalm"), FRACTION); // 0.64990
        assertEquals(0.254 / 3.062, v.get("Grt.Xprp"), FRACTION); // 0.08295
        assertEquals(0.733 / 3.062, v.get("Grt.Xgrs"), FRACTION); // 0.23939
        assertEquals(0.085 / 3.062, v.get("Grt.Xsps"), FRACTION); // 0.02776
        assertEquals(0.254 / (0.254 + 1.990), v.get("Grt.XMg"), FRACTION); // 0.11319
    }

    /**
     * Droop (1987) by hand on the printed formula: S = 8.050, k = 8/S, F = 24(1 − k) = 0.14907,
     * Fe²⁺ = 1.990k − F = 1.82857, Mg = 0.254k, Ca = 0.733k, Mn = 0.085k; Σ = 2.89391.
     */
    @Test
    void geowikiGarnetEndMembersWithDroopFerricIron() {
        double k = 8 / 8.050;
        double fe2 = 1.990 * k - 24 * (1 - k);
        double sum = fe2 + (0.254 + 0.733 + 0.085) * k;
        Map<String, Double> v = PhaseRecast.variables("Grt", wt(GEOWIKI), FerricIron.CHARGE_BALANCE);
        assertEquals(fe2 / sum, v.get("Grt.Xalm"), DROOP_FRACTION); // 0.63187
        assertEquals(0.254 * k / sum, v.get("Grt.Xprp"), DROOP_FRACTION); // 0.08723
        assertEquals(0.733 * k / sum, v.get("Grt.Xgrs"), DROOP_FRACTION); // 0.25172
        assertEquals(0.085 * k / sum, v.get("Grt.Xsps"), DROOP_FRACTION); // 0.02919
        assertEquals(0.254 * k / (0.254 * k + fe2), v.get("Grt.XMg"), DROOP_FRACTION); // 0.12130
        // Fe³⁺ lowers X_alm: the option must make a difference on a garnet with S > 8
        assertTrue(v.get("Grt.Xalm") < PhaseRecast.variables("Grt", wt(GEOWIKI), FerricIron.NONE).get("Grt.Xalm") - 0.01);
    }

    @Test
    void cernaVodaBiotite1OctahedralFractions() {
        // Al^IV = 4 − 2.793 = 1.207, Al^VI = 1.429 − 1.207 = 0.222;
        // Σ oct = Fe 1.576 + Mg 0.755 + Mn 0.023 + Al^VI 0.222 + Ti 0.225 = 2.801
        FormulaUnit f = PhaseRecast.formulaUnit("Bt", wt(BIOTITE_1), FerricIron.CHARGE_BALANCE);
        assertEquals(0, f.ferricIron(), 0, "micas stay all Fe²⁺ even with the charge-balance option");
        assertEquals(1.207, PhaseRecast.tetrahedralAl(f), 0.0008); // printed Si ± 0.0005 + molar masses
        Map<String, Double> v = PhaseRecast.variables("Bt", wt(BIOTITE_1), FerricIron.NONE);
        assertEquals(0.755 / 2.801, v.get("Bt.XMg"), FRACTION); // 0.26955
        assertEquals(1.576 / 2.801, v.get("Bt.XFe"), FRACTION); // 0.56266
        assertEquals(0.222 / 2.801, v.get("Bt.XAlVI"), FRACTION); // 0.07926
        assertEquals(0.225 / 2.801, v.get("Bt.XTi"), FRACTION); // 0.08033
    }

    @Test
    void cernaVodaBiotite3OctahedralFractions() {
        // Al^IV = 4 − 2.799 = 1.201, Al^VI = 1.478 − 1.201 = 0.277;
        // Σ oct = 1.515 + 0.772 + 0.019 + 0.277 + 0.220 = 2.803
        Map<String, Double> v = PhaseRecast.variables("Bt", wt(BIOTITE_3), FerricIron.NONE);
        assertEquals(0.772 / 2.803, v.get("Bt.XMg"), FRACTION); // 0.27542
        assertEquals(1.515 / 2.803, v.get("Bt.XFe"), FRACTION); // 0.54049
        assertEquals(0.277 / 2.803, v.get("Bt.XAlVI"), FRACTION); // 0.09882
        assertEquals(0.220 / 2.803, v.get("Bt.XTi"), FRACTION); // 0.07849
    }

    @Test
    void handbookFeldsparAnorthiteFraction() {
        Composition fsp = wt("SiO2", 62.79, "Al2O3", 22.12, "Fe2O3", 0.36, "FeO", 0.41, "CaO", 3.76, "Na2O", 7.35, "K2O", 2.98);
        Map<String, Double> v = PhaseRecast.variables("Pl", fsp, FerricIron.NONE);
        assertEquals(0.18 / 0.99, v.get("Pl.Xan"), 0.006); // 0.1818
        assertEquals(0.64 / 0.99, v.get("Pl.Xab"), 0.009); // 0.6465
    }

    @Test
    void profileColumnsOfThePublishedAnalysesAreRecast() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        addRows(cols, "Grt", OKRUSCH_MATTHES, GEOWIKI);
        addRows(cols, "Bt", BIOTITE_1, BIOTITE_3);
        Diagnostics d = new Diagnostics();
        CompositionTable x = PhaseRecast.recast(new CompositionTable(2, cols), d);
        assertEquals(2.279 / 3.019, x.get("Grt.Xalm", 0), FRACTION);
        assertEquals(1.990 / 3.062, x.get("Grt.Xalm", 1), FRACTION);
        assertEquals(0.755 / 2.801, x.get("Bt.XMg", 0), FRACTION);
        assertEquals(0.772 / 2.803, x.get("Bt.XMg", 1), FRACTION);
        // the source's totals with computed H2O are 101.09 and 101.97 wt%, so the anhydrous parts
        // (97.185, 97.997) lie above the 93–97 wt% mica window: warned, not rejected (PT.md §1)
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).startsWith("Bt oxide totals outside 93.0–97.0 wt% (anhydrous mica) at 2 of 2 rows"),
                d.warnings().get(0));
    }

    /** Adds the oxides of two analyses as rows 0 and 1 of {@code <phase>.<oxide>} columns. */
    private static void addRows(Map<String, double[]> cols, String phase, Object[] row0, Object[] row1) {
        for (int i = 0; i < row0.length; i += 2) {
            double[] c = cols.computeIfAbsent(phase + "." + row0[i], k -> new double[] { Double.NaN, Double.NaN });
            c[0] = ((Number) row0[i + 1]).doubleValue();
        }
        for (int i = 0; i < row1.length; i += 2) {
            double[] c = cols.computeIfAbsent(phase + "." + row1[i], k -> new double[] { Double.NaN, Double.NaN });
            c[1] = ((Number) row1[i + 1]).doubleValue();
        }
    }
}
