package org.petrobench.epma.engine.internal;

/**
 * The least-squares fits of EPMA.md §8 on plain arrays.
 * <pre>
 * α = Σ Net·C / Σ Net²             se(α) = sqrt( Σ(C − α·Net)²/(n−1) / Σ Net² )
 * γ = mean B_int                    se(γ) = sd(B_int)/√n   (sd with n−1)
 * β′ = Σ ω M Pk / Σ ω M²            se(β′) = sqrt( Σ ω (Pk − β′M)²/(n−1) / Σ ω M² ), at least the
 *                                   Poisson counting floor (see {@link #betaPrime(double[], double[], double[], double[], double[])})
 * </pre>
 * Decision: with n = 1 the standard errors are 0 (no spread to estimate); the caller warns.
 * The reference implementation reported variances as standard errors and sd/(n−1) for γ (§15.3).
 */
final class Calibration {

    private Calibration() {
    }

    /** {α, se(α)} through the origin; α NaN when Σ Net² = 0. */
    static double[] alpha(double[] net, double[] wt) {
        double sxy = 0;
        double sxx = 0;
        int n = net.length;
        for (int s = 0; s < n; s++) {
            sxy += net[s] * wt[s];
            sxx += net[s] * net[s];
        }
        if (sxx == 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double a = sxy / sxx;
        double rss = 0;
        for (int s = 0; s < n; s++) {
            double r = wt[s] - a * net[s];
            rss += r * r;
        }
        double se = n > 1 ? Math.sqrt(rss / (n - 1) / sxx) : 0;
        return new double[] { a, se };
    }

    /** {γ, se(γ)}: the mean and its standard error. */
    static double[] gamma(double[] background) {
        int n = background.length;
        if (n == 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double m = 0;
        for (double v : background) {
            m += v;
        }
        m /= n;
        double ss = 0;
        for (double v : background) {
            ss += (v - m) * (v - m);
        }
        double se = n > 1 ? Math.sqrt(ss / (n - 1)) / Math.sqrt(n) : 0;
        return new double[] { m, se };
    }

    /**
     * {β′, se(β′), weighted spot count} with the se raised to at least the Poisson counting floor
     * se²_P = Σ ω² M² (V(Pk) + β′² V(M)) / (Σ ω M²)², the linearised variance of β′ when Pk and M
     * carry only counting noise (V(Pk) = Pk/(t_pk I_s), V(M) = V(X)/E_m², §3.8).
     * Decision: the §8.2 formula assumes one residual variance for all spots, but counting
     * residuals grow with M; when phases with very different M share the fit (always, and more so
     * in a tile with few spots) it under-states se(β′) by up to ~2× (T2 scene, 30 seeds: sd of β′_Ca
     * 0.73 % against a mean reported se of 0.38 %), so the larger of the two is used. The floor ignores extra-Poisson scatter, which the
     * residual formula keeps catching.
     */
    static double[] betaPrime(double[] map, double[] peak, double[] weight, double[] peakVariance, double[] mapVariance) {
        double[] b = betaPrime(map, peak, weight);
        if (!Double.isFinite(b[0])) {
            return b;
        }
        double sxx = 0;
        double v = 0;
        for (int s = 0; s < map.length; s++) {
            if (weight[s] > 0) {
                double wm = weight[s] * map[s];
                sxx += wm * map[s];
                v += wm * wm * (peakVariance[s] + b[0] * b[0] * mapVariance[s]);
            }
        }
        b[1] = Math.max(b[1], Math.sqrt(v) / sxx);
        return b;
    }

    /** {β′, se(β′), weighted spot count} of Pk on M with weights ω (§8.2 formulas); β′ NaN when Σ ω M² = 0. */
    static double[] betaPrime(double[] map, double[] peak, double[] weight) {
        double sxy = 0;
        double sxx = 0;
        int n = 0;
        for (int s = 0; s < map.length; s++) {
            if (weight[s] > 0) {
                sxy += weight[s] * map[s] * peak[s];
                sxx += weight[s] * map[s] * map[s];
                n++;
            }
        }
        if (sxx == 0) {
            return new double[] { Double.NaN, Double.NaN, n };
        }
        double b = sxy / sxx;
        double rss = 0;
        for (int s = 0; s < map.length; s++) {
            if (weight[s] > 0) {
                double r = peak[s] - b * map[s];
                rss += weight[s] * r * r;
            }
        }
        double se = n > 1 ? Math.sqrt(rss / (n - 1) / sxx) : 0;
        return new double[] { b, se, n };
    }

    /** Background at the peak by linear interpolation, each side weighted by the other side's distance (§4). */
    static double backgroundAtPeak(double bgMinus, double bgPlus, double dPlus, double dMinus) {
        double d = dPlus + dMinus;
        if (!(d > 0)) {
            return (bgMinus + bgPlus) / 2;
        }
        return (bgMinus * dPlus + bgPlus * dMinus) / d;
    }

    static double median(double[] v, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
