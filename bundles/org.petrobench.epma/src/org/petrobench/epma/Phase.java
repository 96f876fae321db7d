package org.petrobench.epma;

/**
 * A phase of the result, in output order (names by code points, EPMA.md §1).
 *
 * @param name             phase name as in the spot comments or the phase list
 * @param calibrationSpots clean spots of the phase that entered a fit
 * @param hasPixels        false when Σ_i P_ik &lt; 1 (§7.1: "no pixels")
 */
public record Phase(String name, int calibrationSpots, boolean hasPixels) {
}
