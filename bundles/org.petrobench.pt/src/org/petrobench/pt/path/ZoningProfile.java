package org.petrobench.pt.path;

import java.util.ArrayList;
import java.util.List;

import org.petrobench.pt.CompositionTable;

/**
 * A growth record along a zoned crystal (PT.md §5.1): one row per growth point from core to rim,
 * at distances {@code distanceUm} (strictly increasing, µm), with the host's and the
 * inclusion/matrix phases' compositions ({@code <Phase>.<component>}, NaN = not measured there).
 * Read from the CLI.md profile CSV by {@link ZoningProfileReader}.
 *
 * @param source       file name or description, for messages
 * @param distanceUm   distance of each point from the first (core) row's origin, µm
 * @param compositions one row per point
 */
public record ZoningProfile(String source, double[] distanceUm, CompositionTable compositions) {

    public ZoningProfile {
        if (distanceUm.length != compositions.rows()) {
            throw new IllegalArgumentException("distances (" + distanceUm.length + ") and composition rows ("
                    + compositions.rows() + ") differ");
        }
        for (int k = 1; k < distanceUm.length; k++) {
            if (!(distanceUm[k] > distanceUm[k - 1])) {
                throw new IllegalArgumentException("distance_um must increase strictly from core to rim (row " + k + ")");
            }
        }
        distanceUm = distanceUm.clone();
    }

    public int size() {
        return distanceUm.length;
    }

    /**
     * Variables with one identical non-blank value on every row: a matrix composition written on
     * every row (as {@code ./petrobench profile --with} does), which assumes it was constant during
     * growth (PT.md §5.1).
     */
    public List<String> constantVariables() {
        List<String> out = new ArrayList<>();
        if (size() < 2) {
            return out;
        }
        for (String v : compositions.variables()) {
            double first = compositions.get(v, 0);
            boolean same = !Double.isNaN(first);
            for (int k = 1; same && k < size(); k++) {
                same = compositions.get(v, k) == first;
            }
            if (same) {
                out.add(v);
            }
        }
        return out;
    }
}
