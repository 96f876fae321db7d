package org.petrobench.core.chem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An immutable chemical analysis: ordered components (oxide formulas such as SiO2, FeO, Fe2O3, or
 * element symbols such as F, Cl) with their concentration in wt%. Component names are kept in their
 * canonical spelling ("Si1O2" becomes "SiO2", "cl" becomes "Cl").
 *
 * <p>Conversions: moles per 100 g, element wt%, cations per formula unit on an oxygen basis
 * ({@link OxygenBasis}), Fe³⁺ by charge balance after Droop (1987), and back to oxide wt%. Only
 * oxides enter a formula recalculation; element components (halogens, metals on an element basis)
 * carry no oxygen and are left out of it, as for anhydrous micas (OH, F, Cl ignored).
 */
public final class Composition {

    private final String[] names;
    /** Oxide of each component, null for an element component. */
    private final Oxide[] oxides;
    /** Cation of an oxide component, or the element itself. */
    private final Element[] elements;
    private final double[] weightPercent;

    private Composition(String[] names, Oxide[] oxides, Element[] elements, double[] weightPercent) {
        this.names = names;
        this.oxides = oxides;
        this.elements = elements;
        this.weightPercent = weightPercent;
    }

    /**
     * An analysis from component → wt%, in the map's iteration order (use a LinkedHashMap).
     *
     * @throws IllegalArgumentException naming the component if a name is neither an oxide formula
     *                                  nor an element symbol, appears twice, or its value is null,
     *                                  NaN, infinite or negative
     */
    public static Composition ofWeightPercent(Map<String, Double> weightPercent) {
        if (weightPercent.isEmpty()) {
            throw new IllegalArgumentException("a composition needs at least one component");
        }
        int n = weightPercent.size();
        String[] names = new String[n];
        Oxide[] oxides = new Oxide[n];
        Element[] elements = new Element[n];
        double[] wt = new double[n];
        int i = 0;
        for (Map.Entry<String, Double> e : weightPercent.entrySet()) {
            Double v = e.getValue();
            if (v == null || !(v >= 0) || v.isInfinite()) {
                throw new IllegalArgumentException("component '" + e.getKey() + "': wt% must be a finite number ≥ 0, found " + v);
            }
            oxides[i] = Oxide.find(e.getKey()).orElse(null);
            elements[i] = oxides[i] != null ? oxides[i].cation() : elementComponent(e.getKey());
            names[i] = oxides[i] != null ? oxides[i].formula() : elements[i].symbol();
            for (int j = 0; j < i; j++) {
                if (names[j].equals(names[i])) {
                    throw new IllegalArgumentException("component '" + names[i] + "' is given twice");
                }
            }
            wt[i++] = v;
        }
        return new Composition(names, oxides, elements, wt);
    }

    /**
     * The analysis whose {@link #moles()} are these: wt% = mol per 100 g × molar mass (of the oxide,
     * or of the element for an element component).
     */
    public static Composition ofMoles(Map<String, Double> molesPer100Grams) {
        Map<String, Double> wt = new LinkedHashMap<>();
        molesPer100Grams.forEach((name, mol) -> wt.put(name, mol == null ? null : mol * molarMass(name)));
        return ofWeightPercent(wt);
    }

    /**
     * Oxide wt% of a mineral formula, scaled to {@code total}: each cation as its
     * {@link Oxide#common common oxide}, Fe²⁺ as FeO and Fe³⁺ as Fe2O3 (mol oxide = apfu/n,
     * mass = mol × M). The inverse of {@link #cationsPerFormulaUnit(double)} up to the total, which
     * the formula does not carry.
     *
     * @throws IllegalArgumentException for an element without a common oxide (F, Cl …)
     */
    public static Composition fromFormulaUnit(FormulaUnit formula, double total) {
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("total must be a positive number, found " + total);
        }
        Map<String, Double> mass = new LinkedHashMap<>();
        formula.cations().forEach((symbol, apfu) -> {
            Element element = PeriodicTable.element(symbol);
            Oxide oxide = Oxide.common(element).orElseThrow(() -> new IllegalArgumentException(
                    symbol + " has no common oxide, so it cannot be written as oxide wt%"));
            double reported = symbol.equals("Fe") ? formula.ferrousIron() : apfu;
            mass.put(oxide.formula(), reported / oxide.cations() * oxide.molarMass());
            if (symbol.equals("Fe") && formula.ferricIron() > 0) {
                Oxide ferric = Oxide.parse("Fe2O3");
                mass.put(ferric.formula(), formula.ferricIron() / ferric.cations() * ferric.molarMass());
            }
        });
        double sum = mass.values().stream().mapToDouble(Double::doubleValue).sum();
        mass.replaceAll((name, m) -> m * total / sum);
        return ofWeightPercent(mass);
    }

    private static Element elementComponent(String name) {
        Element e = PeriodicTable.find(name).orElseThrow(() -> new IllegalArgumentException(
                "component '" + name + "' is neither an oxide formula (e.g. 'Al2O3') nor an element symbol (e.g. 'Zr')"));
        if (!e.hasStandardAtomicWeight()) {
            throw new IllegalArgumentException("component '" + name + "': " + e.symbol() + " has no standard atomic weight");
        }
        return e;
    }

    private static double molarMass(String name) {
        return Oxide.find(name).map(Oxide::molarMass).orElseGet(() -> elementComponent(name).molarMass());
    }

    /** Component names in analysis order, canonical spelling. */
    public List<String> components() {
        return List.of(names);
    }

    /** True if the analysis has this component (oxide formula, or element symbol with case ignored). */
    public boolean contains(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * wt% of a component; 0 if the analysis does not report it.
     *
     * @throws IllegalArgumentException if {@code name} is neither an oxide formula nor an element symbol
     */
    public double weightPercent(String name) {
        int i = indexOf(name);
        return i < 0 ? 0 : weightPercent[i];
    }

    /** Component → wt%, in analysis order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], weightPercent[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Analytical total, Σ wt%. */
    public double total() {
        double sum = 0;
        for (double w : weightPercent) {
            sum += w;
        }
        return sum;
    }

    /**
     * The same analysis scaled to a total of 100 wt%.
     *
     * @throws IllegalStateException if the total is 0
     */
    public Composition normalised() {
        double total = total();
        if (!(total > 0)) {
            throw new IllegalStateException("cannot normalise a composition whose total is 0");
        }
        double[] wt = new double[weightPercent.length];
        for (int i = 0; i < wt.length; i++) {
            wt[i] = weightPercent[i] * 100 / total;
        }
        return new Composition(names, oxides, elements, wt);
    }

    /**
     * Total iron as FeO: every iron oxide (Fe2O3, Fe3O4) is replaced by the FeO carrying the same
     * iron, FeO_T = FeO + Fe2O3 · 2M(FeO)/M(Fe2O3), at the place of the first iron oxide. The
     * analysis itself if it has no iron oxide other than FeO.
     */
    public Composition withIronAsFeO() {
        Oxide ferrous = Oxide.common(PeriodicTable.element("Fe")).orElseThrow();
        int first = -1;
        boolean other = false;
        double ironMoles = 0;
        for (int i = 0; i < names.length; i++) {
            if (oxides[i] != null && oxides[i].cation().symbol().equals("Fe")) {
                first = first < 0 ? i : first;
                other |= !oxides[i].equals(ferrous);
                ironMoles += weightPercent[i] / oxides[i].molarMass() * oxides[i].cations();
            }
        }
        if (!other) {
            return this;
        }
        Map<String, Double> wt = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            boolean iron = oxides[i] != null && oxides[i].cation().symbol().equals("Fe");
            if (i == first) {
                wt.put(ferrous.formula(), ironMoles * ferrous.molarMass());
            } else if (!iron) {
                wt.put(names[i], weightPercent[i]);
            }
        }
        return ofWeightPercent(wt);
    }

    /** Moles of each component per 100 g of sample, wt%/M (of the oxide, or of the element). */
    public Map<String, Double> moles() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], weightPercent[i] / molarMass(i));
        }
        return Collections.unmodifiableMap(m);
    }

    /** Moles of oxygen bound in the oxides per 100 g of sample, Σ m·wt%/M. */
    public double oxygenMoles() {
        double sum = 0;
        for (int i = 0; i < names.length; i++) {
            if (oxides[i] != null) {
                sum += oxides[i].oxygens() * weightPercent[i] / oxides[i].molarMass();
            }
        }
        return sum;
    }

    /**
     * wt% of each element, oxides converted with {@link Oxide#elementFactor()} and iron of FeO and
     * Fe2O3 added up; element components as they are. Oxygen of the oxides is not listed (it is
     * {@link #oxygenMoles()} × M(O)).
     */
    public Map<String, Double> elementWeightPercent() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            double w = oxides[i] != null ? weightPercent[i] * oxides[i].elementFactor() : weightPercent[i];
            m.merge(elements[i].symbol(), w, Double::sum);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Cations per formula unit on {@code oxygens} oxygens, iron as reported (all Fe²⁺ when the
     * analysis gives total iron as FeO; Fe from Fe2O3 is reported as {@link FormulaUnit#ferricIron()}).
     *
     * @throws IllegalStateException if no oxide carries oxygen (no oxides, or all 0 wt%)
     */
    public FormulaUnit cationsPerFormulaUnit(double oxygens) {
        List<Oxide> present = new ArrayList<>();
        List<Double> wt = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (oxides[i] != null) {
                present.add(oxides[i]);
                wt.add(weightPercent[i]);
            }
        }
        double[] apfu = wt.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = new OxygenBasis(oxygens, present).cations(apfu, apfu);
        if (Double.isNaN(sum)) {
            throw new IllegalStateException("no oxide with oxygen in " + this + ": cannot recalculate on an oxygen basis");
        }
        Map<String, Double> cations = new LinkedHashMap<>();
        double ferric = 0;
        for (int k = 0; k < apfu.length; k++) {
            Oxide o = present.get(k);
            cations.merge(o.cation().symbol(), apfu[k], Double::sum);
            if (o.cation().symbol().equals("Fe")) {
                // Fe2O3 is all Fe³⁺, Fe3O4 two thirds: fraction = charge − 2
                ferric += apfu[k] * Math.max(0, Math.min(1, o.cationCharge() - 2));
            }
        }
        return new FormulaUnit(oxygens, cations, ferric);
    }

    /**
     * Cations per formula unit with Fe³⁺ estimated by charge balance (Droop G.T.R. 1987, A general
     * equation for estimating Fe³⁺ concentrations in ferromagnesian silicates and oxides from
     * microprobe analyses, using stoichiometric criteria. Mineral. Mag. 51:431–435, eq. 1): with
     * all iron as Fe²⁺, S the cation sum on X = {@code oxygens} and T = {@code idealCations}; if
     * S > T all cations are scaled by T/S and Fe³⁺ = 2X(1 − T/S), at most the total Fe;
     * otherwise the all-Fe²⁺ formula is returned (Fe³⁺ = 0). Meant for phases without vacancies
     * (garnet 8/12, clinopyroxene 4/6, spinel 3/4), never micas.
     */
    public FormulaUnit cationsPerFormulaUnit(double oxygens, double idealCations) {
        if (!(idealCations > 0) || Double.isInfinite(idealCations)) {
            throw new IllegalArgumentException("ideal cation count must be a positive number, found " + idealCations);
        }
        FormulaUnit ferrous = withIronAsFeO().cationsPerFormulaUnit(oxygens);
        double s = ferrous.cationSum();
        if (s <= idealCations) {
            return ferrous;
        }
        double scale = idealCations / s;
        Map<String, Double> scaled = new LinkedHashMap<>(ferrous.cations());
        scaled.replaceAll((symbol, apfu) -> apfu * scale);
        double ferric = Math.min(2 * oxygens * (1 - scale), scaled.getOrDefault("Fe", 0.0));
        return new FormulaUnit(oxygens, scaled, ferric);
    }

    private double molarMass(int i) {
        return oxides[i] != null ? oxides[i].molarMass() : elements[i].molarMass();
    }

    private int indexOf(String name) {
        String canonical = Oxide.find(name).map(Oxide::formula).orElseGet(() -> elementComponent(name).symbol());
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(canonical)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Composition c && Arrays.equals(names, c.names) && Arrays.equals(weightPercent, c.weightPercent);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.hashCode(weightPercent);
    }

    /** {@code "SiO2 37.5 wt%, Al2O3 21.0 wt%, …"}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < names.length; i++) {
            j.add(names[i] + " " + weightPercent[i] + " wt%");
        }
        return j.toString();
    }
}
