package org.petrobench.pt.engine.internal;

import org.apache.commons.math3.special.Erf;

/**
 * Per-point bands of a Gaussian mixture (PT.md §5.6, {@code bands: integrated}): components c with
 * weights w_c, means μ_c and variances s_c²; mean Σ w_c μ_c, variance Σ w_c (s_c² + (μ_c − μ)²),
 * quantiles by safeguarded Newton on the mixture CDF. With one component this is the plug-in Gaussian band.
 */
final class MixtureBands {

    private static final double Z975 = 1.959963984540054;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

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

    /**
     * The q-quantile of the mixture: safeguarded Newton on F(x) − q inside the bracket [lo, hi]
     * (F' = the mixture density, positive), a bisection step whenever Newton leaves the shrinking
     * bracket; stops when the step is below 10⁻¹² relative (the former plain bisection stopped at a
     * bracket of 10⁻⁹ relative after up to 60 CDF evaluations; Newton needs about 5).
     */
    private static double quantile(double[] w, double[] mean, double[] var, double q, double lo, double hi) {
        if (w.length == 1) {
            return mean[0] + (q < 0.5 ? -Z975 : Z975) * Math.sqrt(var[0]);
        }
        double a = lo;
        double b = hi;
        double x = 0;
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            x += w[c] * mean[c];
            sum += w[c];
        }
        x /= sum;
        double[] fd = new double[2];
        for (int it = 0; it < 200; it++) {
            if (!(x > a && x < b)) {
                x = 0.5 * (a + b);
            }
            cdfAndDensity(w, mean, var, x, fd);
            double r = fd[0] - q;
            if (r < 0) {
                a = x;
            } else {
                b = x;
            }
            double next = fd[1] > 0 ? x - r / fd[1] : 0.5 * (a + b);
            if (!(next > a && next < b)) {
                next = 0.5 * (a + b);
            }
            double tol = 1e-12 * Math.max(1, Math.abs(x));
            if (Math.abs(next - x) < tol || b - a < tol) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** Mixture CDF and density at x into out[0], out[1]. */
    private static void cdfAndDensity(double[] w, double[] mean, double[] var, double x, double[] out) {
        double s = 0;
        double p = 0;
        for (int c = 0; c < w.length; c++) {
            if (w[c] > 0) {
                double sd = Math.sqrt(var[c]);
                double z = (x - mean[c]) / sd;
                s += w[c] * normalCdf(z);
                p += w[c] * Math.exp(-0.5 * z * z) / (sd * SQRT_2PI);
            }
        }
        out[0] = s;
        out[1] = p;
    }

    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
