package org.petrobench.epma.data;

import org.petrobench.core.DataException;

/**
 * Non-paralysable dead-time correction (Knoll 2010, ch. 4; EPMA.md §3.8): after each registered
 * photon the detector is dead for τ, so the true rate is r/(1 − τr). Per pixel with X counts in
 * the dwell t_d: {@code X′ = X/(1 − τX/t_d)}. Corrections add (τ₁ then τ₂ equals τ₁ + τ₂), which
 * is what re-correcting data already corrected with τ₀ by τ − τ₀ relies on.
 */
public final class DeadTime {

    private DeadTime() {
    }

    /**
     * Corrected copy of {@code raw}; values stay float, never rounded. τ = 0 returns an unchanged
     * copy.
     *
     * @throws DataException when τX/t_d ≥ 1 at a pixel (named by its 0-based index)
     */
    public static float[] correct(float[] raw, double tauS, double dwellS) throws DataException {
        return correct(raw, tauS, dwellS, 0, "");
    }

    /**
     * As {@link #correct(float[], double, double)}, naming the failing pixel by its 1-based line and
     * column (when {@code columns > 0}) and the file.
     */
    public static float[] correct(float[] raw, double tauS, double dwellS, int columns, String source)
            throws DataException {
        float[] out = raw.clone();
        if (tauS == 0) {
            return out;
        }
        if (!(dwellS > 0)) {
            throw new DataException(prefix(source) + "dwell time must be positive for a dead-time correction, got "
                    + dwellS + " s");
        }
        double k = tauS / dwellS;
        for (int i = 0; i < out.length; i++) {
            double x = raw[i];
            double loss = 1.0 - k * x;
            if (!(loss > 0)) {
                throw new DataException(prefix(source) + "dead time saturates at " + pixel(i, columns) + ": "
                        + "τX/t_d = " + (k * x) + " ≥ 1 (X = " + x + " counts, τ = " + tauS * 1e9 + " ns, t_d = "
                        + dwellS * 1e3 + " ms)");
            }
            out[i] = (float) (x / loss);
        }
        return out;
    }

    /**
     * Variance of a corrected count, {@code V(X′) = X′(1 + τX′/t_d)}: the registered counts form a
     * renewal process with variance ≈ X(1 − τr)² (Cox 1962), propagated through the correction.
     */
    public static double variance(double corrected, double tauS, double dwellS) {
        return tauS == 0 ? corrected : corrected * (1.0 + tauS * corrected / dwellS);
    }

    private static String prefix(String source) {
        return source == null || source.isEmpty() ? "" : source + ": ";
    }

    private static String pixel(int index, int columns) {
        if (columns > 0) {
            return "line " + (index / columns + 1) + ", column " + (index % columns + 1);
        }
        return "pixel index " + index;
    }
}
