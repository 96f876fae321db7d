package org.petrobench.pt;

import java.util.Locale;

/**
 * What a {@link ThermodynamicModel}'s residual expresses (PT.md §2, residual convention).
 */
public enum ModelKind {
    /** f = T − T_cal(P, x) in K. */
    THERMOMETER,
    /** f = P − P_cal(T, x) in bar. */
    BAROMETER,
    /** f = ΔG_r(P, T, x) in J/mol. */
    EQUILIBRIUM,
    /** f = x_obs − g(P, T): a composition predictor, e.g. a Gibbs-minimiser adapter. */
    OBSERVATION;

    /** Lower-case word for listings ({@code ./petrobench models}): "thermometer", "barometer", ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
