package org.petrobench.epma;

import java.util.List;

/**
 * Per-pixel phase memberships P_ik (posterior probabilities, §7) or area fractions f_ik (§7.4),
 * one row-major {@code float[]} per phase; NaN marks pixels without data. The hard label is
 * argmax_k, ties to the first phase in phase order (§10).
 */
public final class Membership {

    /** What the values mean (recorded in run.json as {@code membershipKind}). */
    public enum Kind {
        POSTERIOR("posterior"), AREA_FRACTION("areaFraction");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Kind kind;
    private final List<String> phases;
    private final float[][] values;
    private final short[] labels;

    /** @param values K rows of N pixels (not copied: the caller hands them over) */
    public Membership(Kind kind, List<String> phases, float[][] values) {
        this.kind = kind;
        this.phases = List.copyOf(phases);
        this.values = values;
        if (values.length != phases.size()) {
            throw new IllegalArgumentException(values.length + " membership rows for " + phases.size() + " phases");
        }
        int n = values.length == 0 ? 0 : values[0].length;
        labels = new short[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            float bv = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < values.length; k++) {
                float v = values[k][i];
                if (v > bv) {
                    bv = v;
                    best = k;
                }
            }
            labels[i] = (short) best;
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<String> phases() {
        return phases;
    }

    public int pixels() {
        return labels.length;
    }

    /** P_ik; NaN without data. */
    public float value(int phase, int pixel) {
        return values[phase][pixel];
    }

    /** The row-major membership map of one phase (shared, do not modify). */
    public float[] map(int phase) {
        return values[phase];
    }

    /** Hard label (phase index) of a pixel, -1 without data. */
    public int label(int pixel) {
        return labels[pixel];
    }

    public boolean hasData(int pixel) {
        return labels[pixel] >= 0;
    }
}
