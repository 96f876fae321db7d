package org.petrobench.core.chem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Units of mass concentration used in rock and mineral tables, all mass fractions (g/g) scaled by a
 * power of ten: wt% = 10⁻², ppm = µg/g = mg/kg = g/t = 10⁻⁶, ppb = ng/g = µg/kg = mg/t = 10⁻⁹.
 */
public enum ConcentrationUnit {

    WEIGHT_PERCENT(1e-2, "wt%", "wt.%"),
    PPM(1e-6, "ppm", "mg/kg", "g/t", "µg/g", "ug/g"),
    PPB(1e-9, "ppb", "µg/kg", "mg/t", "ng/g", "ug/kg");

    private final double massFraction;
    private final List<String> spellings;

    ConcentrationUnit(double massFraction, String... spellings) {
        this.massFraction = massFraction;
        this.spellings = List.of(spellings);
    }

    /** The usual symbol, e.g. {@code "wt%"}, {@code "ppm"}. */
    public String symbol() {
        return spellings.get(0);
    }

    /** Every accepted spelling, the symbol first. */
    public List<String> spellings() {
        return spellings;
    }

    /** Mass fraction (g/g) of one unit, e.g. 0.01 for wt%. */
    public double massFraction() {
        return massFraction;
    }

    /** {@code value} in this unit as a mass fraction (g/g). */
    public double toMassFraction(double value) {
        return value * massFraction;
    }

    /** A mass fraction (g/g) in this unit. */
    public double fromMassFraction(double massFraction) {
        return massFraction / this.massFraction;
    }

    /** {@code value} in this unit expressed in {@code target}, e.g. 0.02 wt% → 200 ppm. */
    public double convert(double value, ConcentrationUnit target) {
        return target.fromMassFraction(toMassFraction(value));
    }

    /** The unit spelled {@code text} (case ignored, surrounding blanks ignored), or empty. */
    public static Optional<ConcentrationUnit> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ConcentrationUnit u : values()) {
            for (String s : u.spellings) {
                if (s.toLowerCase(Locale.ROOT).equals(t)) {
                    return Optional.of(u);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The unit spelled {@code text}.
     *
     * @throws IllegalArgumentException naming the text and the accepted spellings
     */
    public static ConcentrationUnit parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("unknown concentration unit '" + text
                + "' (expected wt%, ppm, mg/kg, g/t, µg/g, ppb, µg/kg, mg/t or ng/g)"));
    }

    @Override
    public String toString() {
        return symbol();
    }
}
