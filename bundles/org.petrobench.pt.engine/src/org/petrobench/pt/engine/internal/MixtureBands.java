package org.petrobench.pt.engine.internal;

import org.apache.commons.math3.special.Erf;

/**
 * Per-point bands of a Gaussian mixture (PT.md §5.6, {@code bands: integrated}): components c with
 * weights w_c, means μ_c and variances s_c²; mean Σ w_c μ_c, variance Σ w_c (s_c² + (μ_c − μ)²),
 * quantiles by bisection on the mixture CDF. With one component this is the plug-in Gaussian band.
 */
final class MixtureBands {

    private static final double Z975 = 1.959963984540054;

    private MixtureBands() {
    }

    /** {mean, sd, lo95, hi95} of a mixture. */
    static double[] summarise(double[] w, double[] mean, double[] var) {
        double mu = 0;
        for (int c = 0; c < w.length; c++) {
            mu += w[c] * mean[c];
        }
        double v = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            if (w[c] == 0) {
                continue;
            }
            double dm = mean[c] - mu;
            v += w[c] * (var[c] + dm * dm);
            double s = Math.sqrt(var[c]);
            lo = Math.min(lo, mean[c] - 6 * s);
            hi = Math.max(hi, mean[c] + 6 * s);
        }
        return new double[] { mu, Math.sqrt(v), quantile(w, mean, var, 0.025, lo, hi), quantile(w, mean, var, 0.975, lo, hi) };
    }

    private static double quantile(double[] w, double[] mean, double[] var, double q, double lo, double hi) {
        if (w.length == 1) {
            return mean[0] + (q < 0.5 ? -Z975 : Z975) * Math.sqrt(var[0]);
        }
        double a = lo;
        double b = hi;
        for (int it = 0; it < 60 && b - a > 1e-9 * Math.max(1, Math.abs(a)); it++) {
            double m = 0.5 * (a + b);
            if (cdf(w, mean, var, m) < q) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private static double cdf(double[] w, double[] mean, double[] var, double x) {
        double s = 0;
        for (int c = 0; c < w.length; c++) {
            if (w[c] > 0) {
                s += w[c] * normalCdf((x - mean[c]) / Math.sqrt(var[c]));
            }
        }
        return s;
    }

    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
