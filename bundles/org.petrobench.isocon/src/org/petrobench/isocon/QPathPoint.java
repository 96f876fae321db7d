package org.petrobench.isocon;

import java.util.List;

/** One q of the sparse q-path (ISOCON.md §5.5): mass ratios after refit and the immobile set at that q. */
public record QPathPoint(double q, double[] massRatio, List<String> immobile) {
}
