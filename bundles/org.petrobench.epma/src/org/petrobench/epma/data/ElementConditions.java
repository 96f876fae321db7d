package org.petrobench.epma.data;

import java.util.Objects;

/**
 * Spot measurement conditions of one analysed element (EPMA.md §3.4, §4).
 *
 * @param element   element symbol ("Si")
 * @param oxide     oxide name ("SiO2"); equals the element for a metal basis
 * @param bgPlusMm  d⁺, magnitude of the + background offset
 * @param bgMinusMm d⁻, magnitude of the − background offset
 * @param peakTimeS t_pk
 * @param bgTimeS   t_bg, per side
 */
public record ElementConditions(String element, String oxide, double bgPlusMm, double bgMinusMm, double peakTimeS,
        double bgTimeS) {

    public ElementConditions {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(oxide, "oxide");
    }
}
