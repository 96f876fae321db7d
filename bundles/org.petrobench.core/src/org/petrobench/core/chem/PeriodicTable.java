package org.petrobench.core.chem;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The elements H to U (Z = 1…92) with their standard atomic weights.
 *
 * <p>Values: IUPAC CIAAW abridged standard atomic weights, 2021 table (Prohaska T. et al. 2022,
 * Standard atomic weights of the elements 2021 (IUPAC Technical Report), Pure Appl. Chem.
 * 94:573–600, doi:10.1515/pac-2019-0603; abridged values from ciaaw.org). For the elements whose
 * standard atomic weight is an interval (H, Li, B, C, N, O, Mg, Si, S, Cl, Ar, Br, Tl, Pb) the
 * conventional/abridged value is used (H 1.008, C 12.011, O 15.999, Mg 24.305, Si 28.085, S 32.06,
 * Cl 35.45, …). Elements without a stable isotope have no standard atomic weight (NaN here).
 * Lookups by symbol ignore case ({@code "si"}, {@code "SI"} and {@code "Si"} are silicon).
 */
public final class PeriodicTable {

    private static final double NONE = Double.NaN;

    private static final List<Element> ELEMENTS = List.of(
            new Element("H", 1, 1.008), new Element("He", 2, 4.0026),
            new Element("Li", 3, 6.94), new Element("Be", 4, 9.0122),
            new Element("B", 5, 10.81), new Element("C", 6, 12.011),
            new Element("N", 7, 14.007), new Element("O", 8, 15.999),
            new Element("F", 9, 18.998), new Element("Ne", 10, 20.180),
            new Element("Na", 11, 22.990), new Element("Mg", 12, 24.305),
            new Element("Al", 13, 26.982), new Element("Si", 14, 28.085),
            new Element("P", 15, 30.974), new Element("S", 16, 32.06),
            new Element("Cl", 17, 35.45), new Element("Ar", 18, 39.95),
            new Element("K", 19, 39.098), new Element("Ca", 20, 40.078),
            new Element("Sc", 21, 44.956), new Element("Ti", 22, 47.867),
            new Element("V", 23, 50.942), new Element("Cr", 24, 51.996),
            new Element("Mn", 25, 54.938), new Element("Fe", 26, 55.845),
            new Element("Co", 27, 58.933), new Element("Ni", 28, 58.693),
            new Element("Cu", 29, 63.546), new Element("Zn", 30, 65.38),
            new Element("Ga", 31, 69.723), new Element("Ge", 32, 72.630),
            new Element("As", 33, 74.922), new Element("Se", 34, 78.971),
            new Element("Br", 35, 79.904), new Element("Kr", 36, 83.798),
            new Element("Rb", 37, 85.468), new Element("Sr", 38, 87.62),
            new Element("Y", 39, 88.906), new Element("Zr", 40, 91.224),
            new Element("Nb", 41, 92.906), new Element("Mo", 42, 95.95),
            new Element("Tc", 43, NONE), new Element("Ru", 44, 101.07),
            new Element("Rh", 45, 102.91), new Element("Pd", 46, 106.42),
            new Element("Ag", 47, 107.87), new Element("Cd", 48, 112.41),
            new Element("In", 49, 114.82), new Element("Sn", 50, 118.71),
            new Element("Sb", 51, 121.76), new Element("Te", 52, 127.60),
            new Element("I", 53, 126.90), new Element("Xe", 54, 131.29),
            new Element("Cs", 55, 132.91), new Element("Ba", 56, 137.33),
            new Element("La", 57, 138.91), new Element("Ce", 58, 140.12),
            new Element("Pr", 59, 140.91), new Element("Nd", 60, 144.24),
            new Element("Pm", 61, NONE), new Element("Sm", 62, 150.36),
            new Element("Eu", 63, 151.96), new Element("Gd", 64, 157.25),
            new Element("Tb", 65, 158.93), new Element("Dy", 66, 162.50),
            new Element("Ho", 67, 164.93), new Element("Er", 68, 167.26),
            new Element("Tm", 69, 168.93), new Element("Yb", 70, 173.05),
            new Element("Lu", 71, 174.97), new Element("Hf", 72, 178.49),
            new Element("Ta", 73, 180.95), new Element("W", 74, 183.84),
            new Element("Re", 75, 186.21), new Element("Os", 76, 190.23),
            new Element("Ir", 77, 192.22), new Element("Pt", 78, 195.08),
            new Element("Au", 79, 196.97), new Element("Hg", 80, 200.59),
            new Element("Tl", 81, 204.38), new Element("Pb", 82, 207.2),
            new Element("Bi", 83, 208.98), new Element("Po", 84, NONE),
            new Element("At", 85, NONE), new Element("Rn", 86, NONE),
            new Element("Fr", 87, NONE), new Element("Ra", 88, NONE),
            new Element("Ac", 89, NONE), new Element("Th", 90, 232.04),
            new Element("Pa", 91, 231.04), new Element("U", 92, 238.03));

    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();

    static {
        for (Element e : ELEMENTS) {
            BY_SYMBOL.put(key(e.symbol()), e);
        }
    }

    /** Oxygen, the anion of every oxide. */
    public static final Element OXYGEN = element("O");

    private PeriodicTable() {
    }

    /**
     * The element with this symbol (case ignored).
     *
     * @throws IllegalArgumentException naming the symbol if there is no such element
     */
    public static Element element(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException(
                "unknown element symbol '" + symbol + "' (expected H … U, e.g. 'Si')"));
    }

    /** The element with this symbol (case ignored), or empty. */
    public static Optional<Element> find(String symbol) {
        return symbol == null ? Optional.empty() : Optional.ofNullable(BY_SYMBOL.get(key(symbol)));
    }

    /** True if {@code symbol} (case ignored) is an element of the table. */
    public static boolean contains(String symbol) {
        return find(symbol).isPresent();
    }

    /**
     * The element with atomic number Z.
     *
     * @throws IllegalArgumentException if Z is outside 1…92
     */
    public static Element element(int atomicNumber) {
        if (atomicNumber < 1 || atomicNumber > ELEMENTS.size()) {
            throw new IllegalArgumentException("atomic number must be 1 … " + ELEMENTS.size() + ", found " + atomicNumber);
        }
        return ELEMENTS.get(atomicNumber - 1);
    }

    /** All elements, ordered by atomic number. */
    public static List<Element> elements() {
        return ELEMENTS;
    }

    private static String key(String symbol) {
        return symbol.toLowerCase(Locale.ROOT);
    }
}
