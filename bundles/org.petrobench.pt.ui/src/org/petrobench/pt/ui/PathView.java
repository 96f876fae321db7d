package org.petrobench.pt.ui;

/**
 * What the P-T plots need of a path, in display units (kbar, °C, µm), one entry per growth point
 * from core to rim: the MAP path, its band sd and 95 % limits, and the P-T correlation of each
 * point's 2×2 posterior block (0 when unknown). Pointwise estimates use the same shape (limits NaN).
 */
public record PathView(double[] distanceUm, double[] pKbar, double[] tC, double[] pSd, double[] tSd, double[] corr,
        double[] pLo95, double[] pHi95, double[] tLo95, double[] tHi95) {

    public int size() {
        return distanceUm.length;
    }
}
