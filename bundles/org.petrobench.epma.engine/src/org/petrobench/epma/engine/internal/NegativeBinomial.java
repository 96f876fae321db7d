package org.petrobench.epma.engine.internal;

import org.apache.commons.math3.special.Beta;

/**
 * Negative binomial NB(size a, prob π) on y = 0, 1, … with CDF I_π(a, y+1) (regularised incomplete
 * beta), mean a(1−π)/π: the Poisson–gamma predictive of EPMA.md §5 (Gelman et al. 2013, §2.6).
 * The size a may be non-integer (a Jeffreys posterior gives m + ½).
 */
final class NegativeBinomial {

    private NegativeBinomial() {
    }

    static double cdf(long y, double size, double prob) {
        if (y < 0) {
            return 0;
        }
        if (prob >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(prob, size, y + 1.0, 1e-15, 100000);
    }

    static double mean(double size, double prob) {
        return size * (1 - prob) / prob;
    }

    /** The smallest y with CDF(y) ≥ q (integer bisection from a bracket around the mean). */
    static long quantile(double q, double size, double prob) {
        if (prob >= 1) {
            return 0;
        }
        double mean = mean(size, prob);
        double sd = Math.sqrt(mean / prob);
        long lo = -1;
        long hi = (long) Math.ceil(mean + 10 * sd + 10);
        while (cdf(hi, size, prob) < q) {
            lo = hi;
            hi *= 2;
        }
        long guess = (long) Math.max(0, Math.floor(mean - 10 * sd - 10));
        if (guess > 0 && cdf(guess - 1, size, prob) < q) {
            lo = guess - 1;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (cdf(mid, size, prob) >= q) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
