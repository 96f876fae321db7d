package org.petrobench.pt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.petrobench.core.Diagnostics;

/**
 * Collects the validity warnings of models along a profile (PT.md §2: outside its validity box a
 * model still evaluates, with a warning) and condenses them: one line per distinct message with
 * the number of points and the first few point indices (0-based profile rows), e.g.
 * "grt-bt-fs1978: T outside the calibrated range 550–800 °C (at 12 of 80 points: 0, 1, 2, 3, 4, …)".
 * Not thread-safe; one instance per run.
 */
public final class ValidityReport {

    private static final int LISTED = 5;

    private final Map<String, List<Integer>> rowsByMessage = new LinkedHashMap<>();
    private int points;

    /**
     * Checks every model at every row where it is defined, at that row's (P, T).
     *
     * @param pBar one value per row of x
     * @param tK   one value per row of x
     */
    public void check(List<? extends ThermodynamicModel> models, double[] pBar, double[] tK, CompositionTable x) {
        points = Math.max(points, x.rows());
        for (int k = 0; k < x.rows(); k++) {
            for (ThermodynamicModel m : models) {
                if (m.definedAt(x, k)) {
                    add(k, m.validity(pBar[k], tK[k], x, k));
                }
            }
        }
    }

    /** Adds the warnings found at one row. */
    public void add(int row, List<String> warnings) {
        points = Math.max(points, row + 1);
        for (String w : warnings) {
            List<Integer> rows = rowsByMessage.computeIfAbsent(w, k -> new ArrayList<>());
            if (rows.isEmpty() || rows.get(rows.size() - 1) != row) {
                rows.add(row);
            }
        }
    }

    /** The condensed lines, in order of first occurrence. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        rowsByMessage.forEach((message, rows) -> {
            StringBuilder b = new StringBuilder(message).append(" (at ").append(rows.size()).append(" of ").append(points)
                    .append(" points: ");
            for (int i = 0; i < Math.min(LISTED, rows.size()); i++) {
                b.append(i > 0 ? ", " : "").append(rows.get(i));
            }
            out.add(b.append(rows.size() > LISTED ? ", …)" : ")").toString());
        });
        return out;
    }

    /** Writes every condensed line as a warning. */
    public void reportTo(Diagnostics diagnostics) {
        lines().forEach(diagnostics::warn);
    }
}
