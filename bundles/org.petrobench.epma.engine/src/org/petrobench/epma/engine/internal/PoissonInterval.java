package org.petrobench.epma.engine.internal;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Exact (Garwood 1936, Biometrika 28:437) confidence interval of a Poisson intensity, EPMA.md §4:
 * {@code n = round(v·E); v_L = G⁻¹((1−c)/2; n)/E (0 if n = 0); v_H = G⁻¹((1+c)/2; n+1)/E} with
 * G⁻¹ the Gamma(shape, rate 1) quantile.
 */
final class PoissonInterval {

    private PoissonInterval() {
    }

    /** {low, high} of the intensity {@code rate} (per unit exposure) observed with exposure {@code exposure}. */
    static double[] of(double rate, double exposure, double level) {
        long n = Math.round(rate * exposure);
        double tail = (1 - level) / 2;
        double low = n <= 0 ? 0 : gammaQuantile(tail, n) / exposure;
        double high = gammaQuantile(1 - tail, n + 1) / exposure;
        return new double[] { low, high };
    }

    static double gammaQuantile(double q, double shape) {
        return new GammaDistribution(null, shape, 1.0, 1e-12).inverseCumulativeProbability(q);
    }
}
