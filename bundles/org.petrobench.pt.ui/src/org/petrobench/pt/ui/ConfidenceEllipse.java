package org.petrobench.pt.ui;

/**
 * The 95 % confidence ellipse of a bivariate normal (T, P): the points θ with
 * (θ−μ)ᵀ Σ⁻¹ (θ−μ) ≤ χ²₂(0.95) = 5.991 (PT.md §4), traced as μ + √5.991 · L (cos φ, sin φ)
 * with L the Cholesky factor of Σ.
 */
public final class ConfidenceEllipse {

    /** χ² quantile with 2 degrees of freedom at 0.95: −2 ln(0.05). */
    public static final double CHI2_95 = -2 * Math.log(0.05);

    private ConfidenceEllipse() {
    }

    /** {x[], y[]} of {@code n} boundary points; x = T, y = P. */
    public static double[][] trace(double t, double p, double tSd, double pSd, double corr, int n) {
        double r = Double.isFinite(corr) ? Math.max(-0.999, Math.min(0.999, corr)) : 0;
        double l11 = tSd;
        double l21 = r * pSd;
        double l22 = pSd * Math.sqrt(1 - r * r);
        double k = Math.sqrt(CHI2_95);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double phi = 2 * Math.PI * i / n;
            double u = Math.cos(phi);
            double v = Math.sin(phi);
            x[i] = t + k * l11 * u;
            y[i] = p + k * (l21 * u + l22 * v);
        }
        return new double[][] { x, y };
    }
}
