package org.petrobench.pt.path;

import java.util.List;

/**
 * A P–T(–t) path along a growth record (PT.md §5.7, §6.5), one entry per profile point, core to
 * rim. P in kbar, T in K (files write °C). {@code p}, {@code t} are the most probable path (MRF:
 * MAP at η̂) or the smoothed mean (SMC); {@code *Sd} and {@code *Lo95}/{@code *Hi95} are the band
 * sd and 2.5/97.5 % quantiles (PT.md §5.6); {@code covPT} the P–T covariance of the Laplace block
 * Σ_k at η̂ (kbar·K, for the 95 % ellipses of the P–T diagram). {@code pCalibrationSd},
 * {@code tCalibrationSd} are the systematic calibration part (PT.md §5.6, NaN when not computed).
 * {@code constrained[k]} is true where at least one model is defined. {@code tRel*} are the
 * relative growth time 0..1 and its band (SMC with a growth law; {@code null} otherwise);
 * {@code tMyr*} the absolute growth time in Myr from the core and its band (SMC with a growth law
 * and a duration or rate anchor, PT.md §6.5; {@code null} otherwise).
 * <p>
 * Arrays are owned by the path: callers must not modify them.
 */
public record PtPath(String method, List<String> modelIds, double[] distanceUm, double[] pKbar, double[] tK,
        double[] pSd, double[] tSd, double[] covPT, double[] pLo95, double[] pHi95, double[] tLo95, double[] tHi95,
        double[] pCalibrationSd, double[] tCalibrationSd, boolean[] constrained, double[] tRel, double[] tRelLo95,
        double[] tRelHi95, double[] tMyr, double[] tMyrLo95, double[] tMyrHi95, Hyperparameters hyperparameters,
        McmcSummary mcmc) {

    public PtPath {
        modelIds = List.copyOf(modelIds);
        int n = distanceUm.length;
        for (double[] a : new double[][] { pKbar, tK, pSd, tSd, covPT, pLo95, pHi95, tLo95, tHi95, pCalibrationSd,
                tCalibrationSd }) {
            if (a.length != n) {
                throw new IllegalArgumentException("every per-point array must have " + n + " entries");
            }
        }
        if (constrained.length != n || (tRel != null && (tRel.length != n || tRelLo95.length != n || tRelHi95.length != n))) {
            throw new IllegalArgumentException("every per-point array must have " + n + " entries");
        }
        if (tMyr != null && (tRel == null || tMyr.length != n || tMyrLo95.length != n || tMyrHi95.length != n)) {
            throw new IllegalArgumentException("absolute time needs relative time and " + n + " entries per array");
        }
    }

    /** A path without absolute time. */
    public PtPath(String method, List<String> modelIds, double[] distanceUm, double[] pKbar, double[] tK, double[] pSd,
            double[] tSd, double[] covPT, double[] pLo95, double[] pHi95, double[] tLo95, double[] tHi95,
            double[] pCalibrationSd, double[] tCalibrationSd, boolean[] constrained, double[] tRel, double[] tRelLo95,
            double[] tRelHi95, Hyperparameters hyperparameters, McmcSummary mcmc) {
        this(method, modelIds, distanceUm, pKbar, tK, pSd, tSd, covPT, pLo95, pHi95, tLo95, tHi95, pCalibrationSd,
                tCalibrationSd, constrained, tRel, tRelLo95, tRelHi95, null, null, null, hyperparameters, mcmc);
    }

    /** Number of points. */
    public int size() {
        return distanceUm.length;
    }

    /** True when the path carries relative growth time (SMC with a growth law). */
    public boolean hasRelativeTime() {
        return tRel != null;
    }

    /** True when the path carries absolute growth time in Myr (SMC with a growth law and an anchor). */
    public boolean hasAbsoluteTime() {
        return tMyr != null;
    }
}
