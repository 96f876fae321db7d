package org.petrobench.isocon;

import java.util.Locale;
import java.util.Optional;

/** Units of a concentration column (ISOCON.md §2): everything is a mass fraction times a factor. */
public enum ConcentrationUnit {
    WT_PERCENT("wt%", 1e-2), PPM("ppm", 1e-6), PPB("ppb", 1e-9);

    private final String label;
    private final double massFraction;

    ConcentrationUnit(String label, double massFraction) {
        this.label = label;
        this.massFraction = massFraction;
    }

    /** The spelling written to output files ({@code wt%}, {@code ppm}, {@code ppb}). */
    public String label() {
        return label;
    }

    /** Mass fraction (g/g) of one unit: wt% 10⁻², ppm 10⁻⁶, ppb 10⁻⁹. */
    public double massFraction() {
        return massFraction;
    }

    /** Parses {@code wt%}, {@code ppm} (also {@code mg/kg}, {@code g/t}) and {@code ppb}, ignoring case. */
    public static Optional<ConcentrationUnit> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "wt%" -> Optional.of(WT_PERCENT);
        case "ppm", "mg/kg", "g/t" -> Optional.of(PPM);
        case "ppb" -> Optional.of(PPB);
        default -> Optional.empty();
        };
    }
}
