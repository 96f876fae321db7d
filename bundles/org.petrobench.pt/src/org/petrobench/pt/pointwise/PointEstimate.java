package org.petrobench.pt.pointwise;

import java.util.List;

/**
 * A conventional (point-wise) P–T estimate at one profile row (PT.md §4): the intersection of the
 * models' residuals with its covariance from linearisation. Units: bar, K.
 *
 * @param row         profile row
 * @param pBar        pressure
 * @param tK          temperature
 * @param varP        variance of P, bar²
 * @param covPT       covariance of P and T, bar·K
 * @param varT        variance of T, K²
 * @param modelIds    ids of the models used, in order
 * @param iterations  Gauss–Newton iterations of the final solve
 * @param chiSquare   Σ z² at the solution (0 for an exactly determined system)
 * @param converged   false when neither the start point nor the grid restart reached |Δ| &lt; 10⁻⁶
 * @param warnings    validity warnings of the models at the solution, and solver notes
 */
public record PointEstimate(int row, double pBar, double tK, double varP, double covPT, double varT,
        List<String> modelIds, int iterations, double chiSquare, boolean converged, List<String> warnings) {

    /** χ²(2) quantile 0.95: the 95 % ellipse is (θ−θ̂)ᵀ Σ⁻¹ (θ−θ̂) ≤ 5.991 (PT.md §4). */
    public static final double CHI2_2DOF_95 = 5.991;

    public PointEstimate {
        modelIds = List.copyOf(modelIds);
        warnings = List.copyOf(warnings);
    }

    public double pSd() {
        return Math.sqrt(varP);
    }

    public double tSd() {
        return Math.sqrt(varT);
    }

    /** Correlation of P and T. */
    public double correlation() {
        return covPT / Math.sqrt(varP * varT);
    }

    /** True when (P, T) lies inside the 95 % confidence ellipse. */
    public boolean inEllipse95(double p, double t) {
        double dp = p - pBar;
        double dt = t - tK;
        double det = varP * varT - covPT * covPT;
        return (varT * dp * dp - 2 * covPT * dp * dt + varP * dt * dt) / det <= CHI2_2DOF_95;
    }
}
