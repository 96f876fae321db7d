package org.petrobench.epma;

import java.util.List;
import java.util.Map;

import org.petrobench.core.InputException;

/**
 * Phase densities ρ_k in g/cm³ for mass-weighted bulk compositions (EPMA.md §11). Defaults are
 * end-member-typical values at room conditions (Deer, Howie &amp; Zussman 1992, An Introduction to
 * the Rock-Forming Minerals, 2nd ed.) by the abbreviations of Whitney &amp; Evans (2010); a
 * sub-phase {@code Base_suffix} takes its base phase's density.
 */
public final class PhaseDensities {

    /** Decision: one representative value per mineral group (Grt for almandine-rich garnet, Cpx for diopside–augite). */
    private static final Map<String, Double> DEFAULTS = Map.ofEntries(Map.entry("Qtz", 2.65), Map.entry("Qz", 2.65),
            Map.entry("Ol", 3.32), Map.entry("Grt", 4.19), Map.entry("Bt", 3.09), Map.entry("Pl", 2.68),
            Map.entry("Cpx", 3.3), Map.entry("Ph", 2.83), Map.entry("Wm", 2.83), Map.entry("Ms", 2.83),
            Map.entry("Ky", 3.6), Map.entry("Sil", 3.24), Map.entry("And", 3.15), Map.entry("Rt", 4.25),
            Map.entry("Zrn", 4.65), Map.entry("Ilm", 4.72), Map.entry("Mag", 5.2), Map.entry("Kfs", 2.56),
            Map.entry("Chl", 2.8), Map.entry("Ep", 3.4), Map.entry("Amp", 3.2), Map.entry("Hbl", 3.2),
            Map.entry("Opx", 3.4), Map.entry("Cal", 2.71), Map.entry("Dol", 2.85), Map.entry("Ap", 3.2),
            Map.entry("Crd", 2.6), Map.entry("St", 3.75), Map.entry("Spl", 3.6), Map.entry("Ttn", 3.52));

    private PhaseDensities() {
    }

    /** The default density of a phase name (or its base before {@code separator}), NaN when unknown. */
    public static double defaultDensity(String phase, String separator) {
        Double d = DEFAULTS.get(phase);
        if (d == null && separator != null && !separator.isEmpty() && phase.contains(separator)) {
            d = DEFAULTS.get(phase.substring(0, phase.indexOf(separator)));
        }
        return d == null ? Double.NaN : d;
    }

    /**
     * ρ_k for each phase in order: {@code given} first, then the defaults.
     *
     * @param source where {@code given} came from, for the message (e.g. "--densities")
     * @throws InputException naming the first phase without a density, or a density ≤ 0
     */
    public static double[] resolve(List<String> phases, Map<String, Double> given, String separator, String source)
            throws InputException {
        double[] out = new double[phases.size()];
        for (int k = 0; k < out.length; k++) {
            String p = phases.get(k);
            Double g = given.get(p);
            double d = g != null ? g : defaultDensity(p, separator);
            if (Double.isNaN(d)) {
                throw new InputException(source, "phase '" + p + "'", "no default density is known for this phase: give it as "
                        + p + "=<g/cm3>");
            }
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new InputException(source, "phase '" + p + "'", "expected a positive density in g/cm3, found " + d);
            }
            out[k] = d;
        }
        return out;
    }
}
