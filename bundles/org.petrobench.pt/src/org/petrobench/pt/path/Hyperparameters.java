package org.petrobench.pt.path;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The hyperparameters behind a {@link PtPath} (PT.md §5.5, §6.4): the estimates as rows of
 * {@code hyperparameters.csv}, and for the MRF the evidence over the hyperparameter grid (for the
 * heat map of PT.md §8) and the evidence history of the polishing iterations.
 *
 * @param rows              estimates, in output order
 * @param gridSdTotP        grid axis of the prior sd of the total P change, kbar (empty when no grid)
 * @param gridSdTotT        grid axis of the prior sd of the total T change, K (empty when no grid)
 * @param gridLogEvidence   log Z per grid cell, row-major [iP·|T axis| + iT]
 * @param evidenceHistory   log Z after each polishing iteration
 */
public record Hyperparameters(List<Hyperparameter> rows, double[] gridSdTotP, double[] gridSdTotT,
        double[] gridLogEvidence, double[] evidenceHistory) {

    public Hyperparameters {
        rows = List.copyOf(rows);
    }

    /** The row of a parameter. */
    public Hyperparameter get(String name) {
        for (Hyperparameter h : rows) {
            if (h.name().equals(name)) {
                return h;
            }
        }
        throw new NoSuchElementException("no hyperparameter '" + name + "'");
    }

    /** The value of a parameter. */
    public double value(String name) {
        return get(name).value();
    }
}
