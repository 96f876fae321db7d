package org.petrobench.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Recalculations against hand computation with the IUPAC 2021 abridged molar masses (SiO2 60.083,
 * TiO2 79.865, Al2O3 101.961, FeO 71.844, Fe2O3 159.687, MnO 70.937, MgO 40.304, CaO 56.077,
 * Na2O 61.979, K2O 94.195); the expected apfu are the self-checks of docs/science/PT.md §1.
 */
class CompositionTest {

    private static final double SPEC = 0.0005;

    /** Builds an ordered composition from alternating names and wt%. */
    static Composition wt(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], nameValue[i + 1] == null ? null : ((Number) nameValue[i + 1]).doubleValue());
        }
        return Composition.ofWeightPercent(m);
    }

    static Composition garnet() {
        return wt("SiO2", 37.50, "TiO2", 0.05, "Al2O3", 21.00, "FeO", 33.00, "MnO", 2.00, "MgO", 3.00, "CaO", 3.50);
    }

    @Test
    void garnetOnTwelveOxygens() {
        // O per 100 g: 2·37.5/60.083 + 2·0.05/79.865 + 3·21/101.961 + 33/71.844 + 2/70.937 + 3/40.304 + 3.5/56.077
        //   = 1.248274 + 0.001252 + 0.617883 + 0.459328 + 0.028194 + 0.074434 + 0.062414 = 2.491780
        // factor 12/2.491780 = 4.815835; Si = 37.5/60.083 · 4.815835 = 3.00574, Al = 2·21/101.961 · f = 1.98375,
        // Fe = 33/71.844 · f = 2.21205, Mn 0.13578, Mg 0.35846, Ca 0.30058, Ti 0.00301, Σ 7.99937
        FormulaUnit f = garnet().cationsPerFormulaUnit(12);
        assertEquals(3.0057, f.apfu("Si"), SPEC);
        assertEquals(1.9837, f.apfu("Al"), SPEC);
        assertEquals(2.2121, f.apfu("Fe"), SPEC);
        assertEquals(0.1358, f.apfu("Mn"), SPEC);
        assertEquals(0.3585, f.apfu("Mg"), SPEC);
        assertEquals(0.3006, f.apfu("Ca"), SPEC);
        assertEquals(7.9994, f.cationSum(), SPEC);
        assertEquals(0, f.ferricIron(), 0);
        assertEquals(2.2121, f.ferrousIron(), SPEC);
        assertEquals(List.of("Si", "Ti", "Al", "Fe", "Mn", "Mg", "Ca"), List.copyOf(f.cations().keySet()));
    }

    @Test
    void droopGivesNoFerricIronWhenTheCationSumIsBelowTheIdeal() {
        // S = 7.99937 < T = 8: F = 2X(1 − T/S) < 0, the all-Fe²⁺ formula stands
        FormulaUnit f = garnet().cationsPerFormulaUnit(12, 8);
        assertEquals(0, f.ferricIron(), 0);
        assertEquals(7.9994, f.cationSum(), SPEC);
        assertEquals(3.0057, f.apfu("Si"), SPEC);
    }

    @Test
    void droopRecoversTheFerricIronOfAGarnetBuiltFromItsFormula() {
        // Si 3, Al 1.9, Fe³⁺ 0.1, Fe²⁺ 2.2, Mg 0.4, Ca 0.3, Mn 0.1 (charge 24 = 2·12 O), reported as FeO (PT.md §1)
        Composition c = wt("SiO2", 37.304, "Al2O3", 20.046, "FeO", 34.198, "MgO", 3.336, "CaO", 3.482, "MnO", 1.468);
        // all Fe²⁺: O-sum 2.473125, factor 4.852161, Si 3.01258 Al 1.90791 Fe 2.30965 Mg 0.40162 Ca 0.30129
        // Mn 0.10041, S = 8.03346
        assertEquals(8.0335, c.cationsPerFormulaUnit(12).cationSum(), SPEC);
        // Droop: T/S = 0.995835, F = 24 · (1 − 0.995835) = 0.09996; Fe = 2.30965 · T/S = 2.30003, Fe²⁺ 2.20006
        FormulaUnit f = c.cationsPerFormulaUnit(12, 8);
        assertEquals(0.1000, f.ferricIron(), 0.002);
        assertEquals(2.2000, f.ferrousIron(), 0.002);
        assertEquals(8, f.cationSum(), 1e-12);
        assertEquals(3.0000, f.apfu("Si"), 0.002);
        assertEquals(1.9000, f.apfu("Al"), 0.002);
    }

    @Test
    void droopCapsFerricIronAtTotalIron() {
        // Fe-poor analysis with a cation excess: MgO 10 wt% + SiO2 40 wt% + FeO 0.5 wt% as "garnet" (T 8, X 12)
        // O = 2·40/60.083 + 10/40.304 + 0.5/71.844 = 1.331491 + 0.248114 + 0.006960 = 1.586565; f = 7.563570
        // Si 5.03525 Mg 1.87663 Fe 0.05264: S = 6.96452 < 8 → no Fe³⁺. Use T = 6 instead: T/S = 0.861513,
        // F = 24 · 0.138487 = 3.3237 > Fe = 0.05264 · 0.861513 = 0.04535 → Fe³⁺ = 0.04535
        Composition c = wt("SiO2", 40, "MgO", 10, "FeO", 0.5);
        FormulaUnit f = c.cationsPerFormulaUnit(12, 6);
        assertEquals(0.04535, f.ferricIron(), 0.00001);
        assertEquals(0, f.ferrousIron(), 1e-12);
        assertEquals(6, f.cationSum(), 1e-12);
    }

    @Test
    void biotiteOnElevenOxygens() {
        // O-sum 2.383205, factor 11/2.383205 = 4.615634: Si 2.72714 Al 1.72021 Ti 0.11559 Fe 1.34915 Mg 0.91616
        Composition bt = wt("SiO2", 35.50, "TiO2", 2.00, "Al2O3", 19.00, "FeO", 21.00, "MnO", 0.20, "MgO", 8.00,
                "Na2O", 0.20, "K2O", 9.00);
        FormulaUnit f = bt.cationsPerFormulaUnit(11);
        assertEquals(2.7271, f.apfu("Si"), SPEC);
        assertEquals(1.7202, f.apfu("Al"), SPEC);
        assertEquals(0.1156, f.apfu("Ti"), SPEC);
        assertEquals(1.3491, f.apfu("Fe"), SPEC);
        assertEquals(0.9162, f.apfu("Mg"), SPEC);
        // K = 2·9/94.195 · f = 0.88202; Na = 2·0.2/61.979 · f = 0.02979
        assertEquals(0.88202, f.apfu("K"), 0.00001);
        assertEquals(0.02979, f.apfu("Na"), 0.00001);
    }

    @Test
    void plagioclaseOnEightOxygens() {
        // O-sum 2.976697, factor 2.687543: Si 2.68383 Al 1.31793 Ca 0.31152 Na 0.67645 K 0.01141, Σ 5.00114
        Composition pl = wt("SiO2", 60.00, "Al2O3", 25.00, "CaO", 6.50, "Na2O", 7.80, "K2O", 0.20);
        assertEquals(5.0011, pl.cationsPerFormulaUnit(8).cationSum(), SPEC);
    }

    @Test
    void analysedFerricIronIsReportedAndCanBeFoldedIntoFeO() {
        // 1.6524 wt% Fe2O3 → 2·1.6524/159.687 = 0.020695 mol Fe; as FeO: 0.020695 · 71.844 = 1.48684 wt%
        // (factor 2·71.844/159.687 = 0.89981, ISOCON.md)
        Composition c = wt("SiO2", 37.3038, "Al2O3", 20.0465, "FeO", 32.711, "Fe2O3", 1.6524, "MgO", 3.3365,
                "CaO", 3.4817, "MnO", 1.4681);
        FormulaUnit f = c.cationsPerFormulaUnit(12);
        // the analysis is the formula Si 3, Al 1.9, Fe²⁺ 2.2, Fe³⁺ 0.1 … with its oxidation state honoured
        assertEquals(3.0000, f.apfu("Si"), SPEC);
        assertEquals(2.3000, f.apfu("Fe"), SPEC);
        assertEquals(0.1000, f.ferricIron(), SPEC);
        assertEquals(2.2000, f.ferrousIron(), SPEC);
        assertEquals(8.0000, f.cationSum(), SPEC);
        Composition t = c.withIronAsFeO();
        assertEquals(32.711 + 1.48684, t.weightPercent("FeO"), 0.00001);
        assertFalse(t.contains("Fe2O3"));
        assertEquals(List.of("SiO2", "Al2O3", "FeO", "MgO", "CaO", "MnO"), t.components());
        Composition ferrousOnly = garnet();
        assertSame(ferrousOnly, ferrousOnly.withIronAsFeO());
    }

    @Test
    void formulaBackToWeightPercentGivesTheSpecAnalysis() {
        // masses per formula: SiO2 3·60.083 = 180.249, Al2O3 0.95·101.961 = 96.863, FeO 2.2·71.844 = 158.057,
        // Fe2O3 0.05·159.687 = 7.984, MgO 16.122, CaO 16.823, MnO 7.094; Σ 483.191 → SiO2 37.3038 wt% …
        Map<String, Double> cations = new LinkedHashMap<>();
        cations.put("Si", 3.0);
        cations.put("Al", 1.9);
        cations.put("Fe", 2.3);
        cations.put("Mg", 0.4);
        cations.put("Ca", 0.3);
        cations.put("Mn", 0.1);
        Composition c = Composition.fromFormulaUnit(new FormulaUnit(12, cations, 0.1), 100);
        assertEquals(List.of("SiO2", "Al2O3", "FeO", "Fe2O3", "MgO", "CaO", "MnO"), c.components());
        assertEquals(100, c.total(), 1e-12);
        assertEquals(1.6524, c.weightPercent("Fe2O3"), 0.0001);
        Composition reported = c.withIronAsFeO();
        // PT.md §1: SiO2 37.304, Al2O3 20.046, FeO 34.198, MgO 3.336, CaO 3.482, MnO 1.468
        assertEquals(37.304, reported.weightPercent("SiO2"), SPEC);
        assertEquals(20.046, reported.weightPercent("Al2O3"), SPEC);
        assertEquals(34.198, reported.weightPercent("FeO"), SPEC);
        assertEquals(3.336, reported.weightPercent("MgO"), SPEC);
        assertEquals(3.482, reported.weightPercent("CaO"), SPEC);
        assertEquals(1.468, reported.weightPercent("MnO"), SPEC);
    }

    @Test
    void weightPercentToFormulaAndBackIsTheIdentity() {
        Composition g = garnet();
        Composition back = Composition.fromFormulaUnit(g.cationsPerFormulaUnit(12), g.total());
        assertEquals(g.components(), back.components());
        for (String name : g.components()) {
            assertEquals(g.weightPercent(name), back.weightPercent(name), 1e-9, name);
        }
        Composition viaMoles = Composition.ofMoles(g.moles());
        for (String name : g.components()) {
            assertEquals(g.weightPercent(name), viaMoles.weightPercent(name), 1e-12, name);
        }
    }

    @Test
    void molesOxygenAndElementWeightPercent() {
        Composition g = garnet();
        // SiO2 37.5/60.083 = 0.624137 mol per 100 g; FeO 33/71.844 = 0.459328
        assertEquals(0.624137, g.moles().get("SiO2"), 0.000001);
        assertEquals(0.459328, g.moles().get("FeO"), 0.000001);
        assertEquals(2.491780, g.oxygenMoles(), 0.000001);
        // Si = 37.5 · 0.467437 = 17.5289 wt%; Fe = 33 · 0.777310 = 25.6512 wt%
        Map<String, Double> el = g.elementWeightPercent();
        assertEquals(17.5289, el.get("Si"), 0.0001);
        assertEquals(25.6512, el.get("Fe"), 0.0001);
        // mass balance: Σ element wt% + O (2.491780 mol · 15.999) = total 100.05
        double sum = el.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(100.05, sum + g.oxygenMoles() * 15.999, 1e-9);
    }

    @Test
    void ironOfFeOAndFe2O3AddsUpAsElement() {
        // Fe = 10 · 55.845/71.844 + 5 · 2·55.845/159.687 = 10 · 0.777309 + 5 · 0.699431 = 7.77309 + 3.49715 = 11.27025
        Composition c = wt("FeO", 10, "Fe2O3", 5, "Cl", 0.3);
        assertEquals(11.27025, c.elementWeightPercent().get("Fe"), 0.00001);
        assertEquals(0.3, c.elementWeightPercent().get("Cl"), 0);
        assertEquals(List.of("Fe", "Cl"), List.copyOf(c.elementWeightPercent().keySet()));
    }

    @Test
    void elementComponentsStayOutOfTheFormula() {
        // biotite with F and Cl: anhydrous recast on 11 O ignores them (PT.md §1)
        Composition with = wt("SiO2", 35.5, "Al2O3", 19, "FeO", 21, "MgO", 8, "K2O", 9, "F", 0.8, "cl", 0.1);
        Composition without = wt("SiO2", 35.5, "Al2O3", 19, "FeO", 21, "MgO", 8, "K2O", 9);
        assertEquals(without.cationsPerFormulaUnit(11), with.cationsPerFormulaUnit(11));
        assertEquals(List.of("SiO2", "Al2O3", "FeO", "MgO", "K2O", "F", "Cl"), with.components());
        assertEquals(0.1, with.weightPercent("Cl"), 0);
    }

    @Test
    void normalisedScalesToOneHundred() {
        Composition n = garnet().normalised();
        assertEquals(100, n.total(), 1e-12);
        assertEquals(37.5 * 100 / 100.05, n.weightPercent("SiO2"), 1e-12);
        assertEquals(garnet().cationsPerFormulaUnit(12).apfu("Si"), n.cationsPerFormulaUnit(12).apfu("Si"), 1e-12);
    }

    @Test
    void lookupsUseCanonicalNamesAndAbsentComponentsAreZero() {
        Composition g = garnet();
        assertEquals(0, g.weightPercent("Na2O"), 0);
        assertTrue(g.contains("Si1O2"));
        assertFalse(g.contains("K2O"));
        assertEquals(100.05, g.total(), 1e-12);
        assertEquals(37.5, g.asMap().get("SiO2"), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.weightPercent("LOI"));
        assertTrue(e.getMessage().contains("'LOI'"), e.getMessage());
    }

    @Test
    void invalidInputIsRejectedNamingTheComponent() {
        assertMessage("component 'MgO': wt% must be a finite number ≥ 0, found -0.1", () -> wt("SiO2", 40, "MgO", -0.1));
        assertMessage("component 'CaO': wt% must be a finite number ≥ 0, found NaN", () -> wt("CaO", Double.NaN));
        assertMessage("component 'FeO': wt% must be a finite number ≥ 0, found null", () -> wt("FeO", null));
        assertMessage("component 'FeO': wt% must be a finite number ≥ 0, found Infinity", () -> wt("FeO", Double.POSITIVE_INFINITY));
        assertMessage("component 'LOI' is neither an oxide formula (e.g. 'Al2O3') nor an element symbol (e.g. 'Zr')",
                () -> wt("SiO2", 50, "LOI", 2));
        assertMessage("component 'SiO2' is given twice", () -> wt("SiO2", 50, "Si1O2", 2));
        assertMessage("component 'Ra': Ra has no standard atomic weight", () -> wt("Ra", 1));
        assertMessage("a composition needs at least one component", () -> Composition.ofWeightPercent(Map.of()));
        assertThrows(IllegalStateException.class, () -> wt("F", 1, "Cl", 2).cationsPerFormulaUnit(12));
        assertThrows(IllegalStateException.class, () -> wt("SiO2", 0).cationsPerFormulaUnit(12));
        assertThrows(IllegalArgumentException.class, () -> garnet().cationsPerFormulaUnit(0));
        assertThrows(IllegalArgumentException.class, () -> garnet().cationsPerFormulaUnit(12, Double.NaN));
        assertMessage("Cl has no common oxide, so it cannot be written as oxide wt%",
                () -> Composition.fromFormulaUnit(new FormulaUnit(11, Map.of("Cl", 0.1), 0), 100));
        assertThrows(IllegalArgumentException.class, () -> new FormulaUnit(12, Map.of("Fe", 1.0), 1.5));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void oxygenBasisWorksOnPrimitiveArrays() {
        List<Oxide> oxides = List.of(Oxide.parse("SiO2"), Oxide.parse("Al2O3"), Oxide.parse("CaO"), Oxide.parse("Na2O"), Oxide.parse("K2O"));
        OxygenBasis basis = new OxygenBasis(8, oxides);
        double[] apfu = new double[5];
        // plagioclase of PT.md §1: Σ 5.00114, Si 2.68383, Na 0.67645
        assertEquals(5.0011, basis.cations(new double[] {60, 25, 6.5, 7.8, 0.2}, apfu), SPEC);
        assertEquals(2.68383, apfu[0], 0.00001);
        assertEquals(0.67645, apfu[3], 0.00001);
        assertTrue(Double.isNaN(basis.cations(new double[5], apfu)));
        assertThrows(IllegalArgumentException.class, () -> basis.cations(new double[4], new double[4]));
    }
}
