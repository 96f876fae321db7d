package org.petrobench.pt;

/**
 * A {@link ThermodynamicModel} bound to the compositions of one profile ({@link ThermodynamicModel#bind}):
 * variable names are resolved and definedness is decided once per row, so that an engine refitting
 * a path many times (PT.md §5.4–5.5) evaluates residuals without looking variables up by name.
 * <p>
 * Results are bit for bit those of the model's own methods on the same table:
 * {@code definedAt(row) == model().definedAt(compositions(), row)} and
 * {@code residuals(p, t, rows, out)} writes what {@code model().residuals(p, t, compositions(), rows, out)}
 * writes. Immutable and thread-safe, like the model.
 */
public interface BoundModel {

    /** The model that was bound. */
    ThermodynamicModel model();

    /** The table it was bound to. */
    CompositionTable compositions();

    /** True when every required variable of the model is defined at that row. */
    boolean definedAt(int row);

    /** The rows, ascending, where {@link #definedAt(int)} is true (a fresh array). */
    default int[] definedRows() {
        int n = compositions().rows();
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (definedAt(k)) {
                count++;
            }
        }
        int[] rows = new int[count];
        for (int k = 0, i = 0; k < n; k++) {
            if (definedAt(k)) {
                rows[i++] = k;
            }
        }
        return rows;
    }

    /**
     * Vectorised residuals as {@link ThermodynamicModel#residuals}: for i in 0..rows.length−1 every
     * residual r at (pBar[i], tK[i]) with the compositions of row rows[i], into out[i·d + r]; NaN
     * where the model is not defined.
     */
    void residuals(double[] pBar, double[] tK, int[] rows, double[] out);
}
