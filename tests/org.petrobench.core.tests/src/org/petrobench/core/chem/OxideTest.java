package org.petrobench.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OxideTest {

    @Test
    void molarMassOfSilicaIs60_08() {
        // 28.085 + 2 × 15.999 = 60.083
        assertEquals(60.08, Oxide.parse("SiO2").molarMass(), 0.01);
        assertEquals(60.083, Oxide.parse("SiO2").molarMass(), 0.0005);
    }

    @Test
    void molarMassesOfTheMajorOxidesMatchThePtSpecification() {
        // hand: TiO2 47.867+31.998; Al2O3 2×26.982+3×15.999; FeO 55.845+15.999; MnO 54.938+15.999;
        // MgO 24.305+15.999; CaO 40.078+15.999; Na2O 2×22.990+15.999; K2O 2×39.098+15.999
        String[] formulas = {"TiO2", "Al2O3", "FeO", "MnO", "MgO", "CaO", "Na2O", "K2O"};
        double[] expected = {79.865, 101.961, 71.844, 70.937, 40.304, 56.077, 61.979, 94.195};
        for (int i = 0; i < formulas.length; i++) {
            assertEquals(expected[i], Oxide.parse(formulas[i]).molarMass(), 0.002, formulas[i]);
        }
        // Fe2O3 2×55.845+3×15.999 = 159.687; P2O5 2×30.974+5×15.999 = 141.943; H2O 2×1.008+15.999 = 18.015
        assertEquals(159.687, Oxide.parse("Fe2O3").molarMass(), 0.0005);
        assertEquals(141.943, Oxide.parse("P2O5").molarMass(), 0.0005);
        assertEquals(18.015, Oxide.parse("H2O").molarMass(), 0.0005);
    }

    @Test
    void parsesCationAndCounts() {
        assertOxide("Al2O3", "Al", 2, 3);
        assertOxide("FeO", "Fe", 1, 1);
        assertOxide("Fe2O3", "Fe", 2, 3);
        assertOxide("P2O5", "P", 2, 5);
        assertOxide("H2O", "H", 2, 1);
        assertOxide("CO2", "C", 1, 2);
        assertOxide("CoO", "Co", 1, 1);
        assertOxide("SO3", "S", 1, 3);
        assertOxide("Cr2O3", "Cr", 2, 3);
        assertOxide("V2O3", "V", 2, 3);
        assertOxide("Na2O", "Na", 2, 1);
        assertOxide("K2O", "K", 2, 1);
        assertOxide("ZrO2", "Zr", 1, 2);
        assertOxide("HfO2", "Hf", 1, 2);
        assertOxide("Nb2O5", "Nb", 2, 5);
        assertOxide("Ta2O5", "Ta", 2, 5);
        assertOxide("La2O3", "La", 2, 3);
        assertOxide("ThO2", "Th", 1, 2);
        assertOxide("UO2", "U", 1, 2);
        assertOxide("BaO", "Ba", 1, 1);
        assertOxide("SrO", "Sr", 1, 1);
        assertOxide("NiO", "Ni", 1, 1);
        assertOxide("ZnO", "Zn", 1, 1);
        assertOxide("Fe3O4", "Fe", 3, 4);
        assertEquals("SiO2", Oxide.parse("Si1O2").formula());
        assertEquals(Oxide.parse("SiO2"), Oxide.parse("Si1O2"));
    }

    private static void assertOxide(String formula, String cation, int cations, int oxygens) {
        Oxide o = Oxide.parse(formula);
        assertEquals(cation, o.cation().symbol(), formula);
        assertEquals(cations, o.cations(), formula);
        assertEquals(oxygens, o.oxygens(), formula);
        assertEquals(formula, o.formula());
    }

    @Test
    void invalidFormulasAreRejectedWithTheTextAndTheExpectation() {
        for (String bad : new String[] {"Si02", "SIO2", "sio2", "SiO2 ", "LOI", "Total", "O2", "Al2", "", "H2O+", "SiO2Al2O3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Oxide.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("e.g. 'Al2O3'"), e.getMessage());
        }
        assertTrue(message("XxO2").contains("unknown element 'Xx'"));
        assertTrue(message("Si0O2").contains("at least 1"));
        assertTrue(message("OO").contains("oxygen cannot be the cation"));
        assertTrue(message("TcO2").contains("Tc has no standard atomic weight"));
        assertThrows(IllegalArgumentException.class, () -> Oxide.parse(null));
        assertFalse(Oxide.isOxide("LOI"));
        assertTrue(Oxide.find("Mn2O3").isPresent());
    }

    private static String message(String formula) {
        return assertThrows(IllegalArgumentException.class, () -> Oxide.parse(formula)).getMessage();
    }

    @Test
    void elementAndOxygenFactors() {
        // SiO2 → Si: 28.085/60.083 = 0.46743; Al2O3 → Al: 53.964/101.961 = 0.52926; K2O → K: 78.196/94.195 = 0.83015
        assertEquals(0.4674, Oxide.parse("SiO2").elementFactor(), 0.00005);
        assertEquals(0.52926, Oxide.parse("Al2O3").elementFactor(), 0.00001);
        assertEquals(0.83015, Oxide.parse("K2O").elementFactor(), 0.00001);
        // FeO → Fe: 55.845/71.844 = 0.77731; oxygen share 15.999/71.844 = 0.22269
        assertEquals(0.77731, Oxide.parse("FeO").elementFactor(), 0.00001);
        assertEquals(0.22269, Oxide.parse("FeO").oxygenFactor(), 0.00001);
        assertEquals(1.5, Oxide.parse("Al2O3").oxygensPerCation(), 0);
        assertEquals(3, Oxide.parse("Fe2O3").cationCharge(), 0);
        assertEquals(8.0 / 3, Oxide.parse("Fe3O4").cationCharge(), 1e-15);
        assertEquals(1, Oxide.parse("Na2O").cationCharge(), 0);
    }

    @Test
    void traceElementPpmAndOxideWeightPercent() {
        Oxide zircon = Oxide.parse("ZrO2");
        // 0.05 wt% ZrO2 = 500 ppm ZrO2 × 91.224/123.222 = 370.16 ppm Zr
        assertEquals(370.16, zircon.toElement(0.05, ConcentrationUnit.WEIGHT_PERCENT, ConcentrationUnit.PPM), 0.005);
        // 200 ppm Zr / 0.740322 = 270.15 ppm ZrO2 = 0.027015 wt%
        assertEquals(0.027015, zircon.fromElement(200, ConcentrationUnit.PPM, ConcentrationUnit.WEIGHT_PERCENT), 0.0000005);
        // 1.00 wt% TiO2 → 47.867/79.865 × 1 = 0.59935 wt% Ti
        assertEquals(0.59935, Oxide.parse("TiO2").toElement(1, ConcentrationUnit.WEIGHT_PERCENT, ConcentrationUnit.WEIGHT_PERCENT), 0.000005);
    }

    @Test
    void commonOxidesOfEpmaAndWholeRockTables() {
        String[][] pairs = {{"Si", "SiO2"}, {"Ti", "TiO2"}, {"Al", "Al2O3"}, {"Cr", "Cr2O3"}, {"Fe", "FeO"}, {"Mn", "MnO"},
            {"Mg", "MgO"}, {"Ca", "CaO"}, {"Na", "Na2O"}, {"K", "K2O"}, {"P", "P2O5"}, {"Ni", "NiO"}, {"Zr", "ZrO2"},
            {"Ba", "BaO"}, {"Sr", "SrO"}, {"V", "V2O3"}, {"Zn", "ZnO"}, {"Co", "CoO"}, {"H", "H2O"}, {"C", "CO2"}};
        for (String[] p : pairs) {
            assertEquals(p[1], Oxide.common(PeriodicTable.element(p[0])).orElseThrow().formula(), p[0]);
        }
        for (String none : new String[] {"F", "Cl", "Br", "O", "Ar", "Au"}) {
            assertTrue(Oxide.common(PeriodicTable.element(none)).isEmpty(), none);
        }
    }

    @Test
    void componentKindTellsOxidesElementsAndOthers() {
        assertEquals(ComponentKind.OXIDE, ComponentKind.of("SiO2"));
        assertEquals(ComponentKind.OXIDE, ComponentKind.of("CO2"));
        assertEquals(ComponentKind.ELEMENT, ComponentKind.of("Zr"));
        assertEquals(ComponentKind.ELEMENT, ComponentKind.of("cl"));
        assertEquals(ComponentKind.OTHER, ComponentKind.of("LOI"));
        assertEquals(ComponentKind.OTHER, ComponentKind.of("H2O+"));
        assertEquals(ComponentKind.OTHER, ComponentKind.of("Total"));
    }
}
