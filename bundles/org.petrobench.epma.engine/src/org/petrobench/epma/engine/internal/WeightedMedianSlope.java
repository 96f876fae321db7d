package org.petrobench.epma.engine.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Median (L1) regression through the origin, b = argmin_b Σ|y − b·x| (Koenker &amp; Bassett 1978),
 * EPMA.md §5 step 1: the weighted median of y/x with weights x over pairs with x &gt; 0. Ratios are
 * sorted with ties broken by input position (the spot order, i.e. by id); the first ratio whose
 * cumulative weight reaches W/2 is taken, averaged with the next when it equals W/2 exactly.
 */
final class WeightedMedianSlope {

    private WeightedMedianSlope() {
    }

    /** NaN when no x is positive. */
    static double of(double[] y, double[] x) {
        int n = 0;
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && Double.isFinite(y[i])) {
                idx[n++] = i;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] use = Arrays.copyOf(idx, n);
        Arrays.sort(use, Comparator.<Integer>comparingDouble(i -> y[i] / x[i]).thenComparingInt(i -> i));
        double total = 0;
        for (int i : use) {
            total += x[i];
        }
        double half = total / 2;
        double cum = 0;
        for (int r = 0; r < n; r++) {
            int i = use[r];
            cum += x[i];
            if (cum >= half) {
                double b = y[i] / x[i];
                if (cum == half && r + 1 < n) {
                    int j = use[r + 1];
                    b = (b + y[j] / x[j]) / 2;
                }
                return b;
            }
        }
        int last = use[n - 1];
        return y[last] / x[last];
    }
}
