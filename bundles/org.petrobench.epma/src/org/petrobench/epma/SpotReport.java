package org.petrobench.epma;

import java.util.List;

/**
 * What happened to one spot (the rows of {@code spots.csv}, EPMA.md §10) and, for the spot-vs-map
 * plots of the UI, the §5 intervals per quantified element.
 *
 * @param id      spot id
 * @param phase   assigned phase ("" if none)
 * @param line    1-based map line, 0 outside the map
 * @param column  1-based map column, 0 outside the map
 * @param used    entered at least one fit or centre
 * @param outlier null when not tested, else whether §5 flagged it
 * @param reason  one of the §10 reasons, "" when none
 * @param checks  per quantified element (in {@link QuantifiedMaps#elements()} order); empty when not tested
 */
public record SpotReport(String id, String phase, int line, int column, boolean used, Boolean outlier, String reason,
        List<SpotCheck> checks) {

    public boolean insideMap() {
        return line > 0;
    }

    /**
     * §5 data of one element: map intensity M and spot peak Pk (cps/µA) with their exact Poisson
     * confidence intervals and the negative-binomial prediction intervals of each from the other.
     */
    public record SpotCheck(double map, double mapLow, double mapHigh, double peak, double peakLow, double peakHigh,
            double predictedPeakLow, double predictedPeakHigh, double predictedMapLow, double predictedMapHigh,
            boolean flagged) {
    }
}
