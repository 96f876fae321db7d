package org.petrobench.core.chem;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple oxide M<sub>n</sub>O<sub>m</sub> of one cation, as reported in mineral and rock analyses
 * (SiO2, Al2O3, FeO, Fe2O3, K2O, H2O, CO2, …). Molar masses come from {@link PeriodicTable}
 * (IUPAC 2021 abridged standard atomic weights), e.g. SiO2 = 28.085 + 2 × 15.999 = 60.083 g/mol.
 *
 * @param cation    the element combined with oxygen
 * @param cations   n, cations per formula (2 in Al2O3)
 * @param oxygens   m, oxygens per formula (3 in Al2O3)
 */
public record Oxide(Element cation, int cations, int oxygens) {

    /** One cation symbol, its optional count, O, the optional oxygen count. Formulas are case-sensitive (CO2 ≠ CoO). */
    private static final Pattern FORMULA = Pattern.compile("([A-Z][a-z]?)([0-9]*)O([0-9]*)");

    /**
     * Decision: the oxide a cation is usually reported as in EPMA and whole-rock tables (total
     * iron as FeO, V2O3 and Ce2O3 as in microprobe practice, S as SO3, C as CO2, H as H2O).
     * Halogens, noble gases and metals usually given on an element basis have none.
     */
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("H", "H2O"), Map.entry("Li", "Li2O"), Map.entry("Be", "BeO"), Map.entry("B", "B2O3"),
            Map.entry("C", "CO2"), Map.entry("Na", "Na2O"), Map.entry("Mg", "MgO"), Map.entry("Al", "Al2O3"),
            Map.entry("Si", "SiO2"), Map.entry("P", "P2O5"), Map.entry("S", "SO3"), Map.entry("K", "K2O"),
            Map.entry("Ca", "CaO"), Map.entry("Sc", "Sc2O3"), Map.entry("Ti", "TiO2"), Map.entry("V", "V2O3"),
            Map.entry("Cr", "Cr2O3"), Map.entry("Mn", "MnO"), Map.entry("Fe", "FeO"), Map.entry("Co", "CoO"),
            Map.entry("Ni", "NiO"), Map.entry("Cu", "CuO"), Map.entry("Zn", "ZnO"), Map.entry("Ga", "Ga2O3"),
            Map.entry("Ge", "GeO2"), Map.entry("Rb", "Rb2O"), Map.entry("Sr", "SrO"), Map.entry("Y", "Y2O3"),
            Map.entry("Zr", "ZrO2"), Map.entry("Nb", "Nb2O5"), Map.entry("Mo", "MoO3"), Map.entry("Sn", "SnO2"),
            Map.entry("Sb", "Sb2O3"), Map.entry("Cs", "Cs2O"), Map.entry("Ba", "BaO"), Map.entry("La", "La2O3"),
            Map.entry("Ce", "Ce2O3"), Map.entry("Pr", "Pr2O3"), Map.entry("Nd", "Nd2O3"), Map.entry("Sm", "Sm2O3"),
            Map.entry("Eu", "Eu2O3"), Map.entry("Gd", "Gd2O3"), Map.entry("Tb", "Tb2O3"), Map.entry("Dy", "Dy2O3"),
            Map.entry("Ho", "Ho2O3"), Map.entry("Er", "Er2O3"), Map.entry("Tm", "Tm2O3"), Map.entry("Yb", "Yb2O3"),
            Map.entry("Lu", "Lu2O3"), Map.entry("Hf", "HfO2"), Map.entry("Ta", "Ta2O5"), Map.entry("W", "WO3"),
            Map.entry("Pb", "PbO"), Map.entry("Th", "ThO2"), Map.entry("U", "UO2"));

    private static final Map<Element, Oxide> COMMON_OXIDES = new HashMap<>();

    static {
        COMMON.forEach((symbol, formula) -> COMMON_OXIDES.put(PeriodicTable.element(symbol), parse(formula)));
    }

    public Oxide {
        if (cation == null) {
            throw new IllegalArgumentException("an oxide needs a cation element");
        }
        if (cation.atomicNumber() == PeriodicTable.OXYGEN.atomicNumber()) {
            throw new IllegalArgumentException("oxygen cannot be the cation of an oxide");
        }
        if (!cation.hasStandardAtomicWeight()) {
            throw new IllegalArgumentException(cation.symbol() + " has no standard atomic weight (no stable isotope), so its oxide has no molar mass");
        }
        if (cations < 1 || oxygens < 1) {
            throw new IllegalArgumentException("cation and oxygen counts of an oxide must be at least 1, found " + cations + " and " + oxygens);
        }
    }

    /**
     * The oxide written {@code formula}, e.g. {@code "Al2O3"}, {@code "FeO"}, {@code "H2O"}.
     *
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static Oxide parse(String formula) {
        Matcher m = formula == null ? null : FORMULA.matcher(formula);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + formula + "' is not an oxide formula: expected a cation symbol,"
                    + " an optional cation count, 'O' and an optional oxygen count, e.g. 'Al2O3'");
        }
        Element cation = PeriodicTable.find(m.group(1)).filter(e -> e.symbol().equals(m.group(1)))
                .orElseThrow(() -> new IllegalArgumentException("'" + formula + "' is not an oxide formula: unknown element '" + m.group(1) + "'"));
        try {
            return new Oxide(cation, count(m.group(2)), count(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + formula + "' is not an oxide formula: " + e.getMessage(), e);
        }
    }

    /** The oxide written {@code formula}, or empty if the text is not an oxide formula. */
    public static Optional<Oxide> find(String formula) {
        try {
            return Optional.of(parse(formula));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True if {@code text} is an oxide formula that {@link #parse} accepts. */
    public static boolean isOxide(String text) {
        return find(text).isPresent();
    }

    /** The oxide the element is usually reported as (Si → SiO2, Fe → FeO, K → K2O), empty for F, Cl and other elements reported as such. */
    public static Optional<Oxide> common(Element element) {
        return Optional.ofNullable(COMMON_OXIDES.get(element));
    }

    private static int count(String digits) {
        if (digits.isEmpty()) {
            return 1;
        }
        if (digits.length() > 2) {
            throw new IllegalArgumentException("count '" + digits + "' is too large");
        }
        return Integer.parseInt(digits);
    }

    /** Canonical formula, counts of 1 omitted: {@code "SiO2"}, {@code "Al2O3"}, {@code "FeO"}. */
    public String formula() {
        return cation.symbol() + (cations == 1 ? "" : Integer.toString(cations)) + "O" + (oxygens == 1 ? "" : Integer.toString(oxygens));
    }

    /** Molar mass in g/mol: n·M(cation) + m·M(O). */
    public double molarMass() {
        return cations * cation.molarMass() + oxygens * PeriodicTable.OXYGEN.molarMass();
    }

    /** Mass fraction of the cation element in the oxide, n·M(cation)/M(oxide): oxide wt% × factor = element wt% (SiO2 → Si 0.4674). */
    public double elementFactor() {
        return cations * cation.molarMass() / molarMass();
    }

    /** Mass fraction of oxygen in the oxide, m·M(O)/M(oxide) = 1 − {@link #elementFactor()}. */
    public double oxygenFactor() {
        return oxygens * PeriodicTable.OXYGEN.molarMass() / molarMass();
    }

    /** Oxygens per cation, m/n (1.5 in Al2O3). */
    public double oxygensPerCation() {
        return (double) oxygens / cations;
    }

    /** Formal charge (oxidation state) of the cation, 2m/n (3 in Al2O3, 8/3 in Fe3O4). */
    public double cationCharge() {
        return 2.0 * oxygens / cations;
    }

    /**
     * The concentration of the cation element for a concentration of this oxide, in any units,
     * e.g. 0.05 wt% ZrO2 → 370.2 ppm Zr.
     */
    public double toElement(double oxideValue, ConcentrationUnit oxideUnit, ConcentrationUnit elementUnit) {
        return oxideUnit.convert(oxideValue * elementFactor(), elementUnit);
    }

    /** The concentration of this oxide for a concentration of its cation element, e.g. 200 ppm Zr → 0.02701 wt% ZrO2. */
    public double fromElement(double elementValue, ConcentrationUnit elementUnit, ConcentrationUnit oxideUnit) {
        return elementUnit.convert(elementValue / elementFactor(), oxideUnit);
    }

    @Override
    public String toString() {
        return formula();
    }
}
