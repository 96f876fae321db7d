package org.petrobench.core.chem;

/**
 * A chemical element with its standard atomic weight (relative atomic mass, numerically the molar
 * mass in g/mol).
 *
 * @param symbol               IUPAC symbol in its canonical spelling, e.g. {@code "Si"}
 * @param atomicNumber         Z, 1 for H
 * @param standardAtomicWeight abridged standard atomic weight (see {@link PeriodicTable}); NaN for an
 *                             element without stable isotopes (Tc, Pm, Po … Ac), which IUPAC gives none
 */
public record Element(String symbol, int atomicNumber, double standardAtomicWeight) {

    public Element {
        if (symbol == null || !symbol.matches("[A-Z][a-z]?")) {
            throw new IllegalArgumentException("element symbol must be one capital and an optional small letter, found '" + symbol + "'");
        }
        if (atomicNumber < 1) {
            throw new IllegalArgumentException(symbol + ": atomic number must be at least 1, found " + atomicNumber);
        }
        if (!(standardAtomicWeight > 0) && !Double.isNaN(standardAtomicWeight)) {
            throw new IllegalArgumentException(symbol + ": standard atomic weight must be positive or NaN, found " + standardAtomicWeight);
        }
    }

    /** False for the radioactive elements without a standard atomic weight (Tc, Pm, Po, At, Rn, Fr, Ra, Ac). */
    public boolean hasStandardAtomicWeight() {
        return !Double.isNaN(standardAtomicWeight);
    }

    /**
     * Molar mass in g/mol (= standard atomic weight × 1 g/mol).
     *
     * @throws IllegalStateException for an element without a standard atomic weight
     */
    public double molarMass() {
        if (!hasStandardAtomicWeight()) {
            throw new IllegalStateException(symbol + " has no standard atomic weight (no stable isotope)");
        }
        return standardAtomicWeight;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
