package org.petrobench.pt.ui;

/**
 * What the P-T plots need of a path, in display units (kbar, °C, µm), one entry per growth point
 * from core to rim: the MAP path, its band sd and 95 % limits, and the P-T correlation of each
 * point's 2×2 posterior block (0 when unknown); the systematic calibration sd (PT.md §5.6) not yet
 * in the bands (NaN when unknown or already included); where a model constrains the point
 * ({@code constrained}, null when unknown) and the relative growth time τ with its 95 % interval
 * (SMC with a growth law; null otherwise). Pointwise estimates use the same shape (limits and
 * calibration sd NaN, {@code constrained} and τ null).
 */
public record PathView(double[] distanceUm, double[] pKbar, double[] tC, double[] pSd, double[] tSd, double[] corr,
        double[] pLo95, double[] pHi95, double[] tLo95, double[] tHi95, double[] pCalibrationSd,
        double[] tCalibrationSd, boolean[] constrained, double[] tRel, double[] tRelLo95, double[] tRelHi95) {

    public int size() {
        return distanceUm.length;
    }

    /** True when the path carries relative growth time. */
    public boolean hasRelativeTime() {
        return tRel != null;
    }
}
