package org.petrobench.isocon.engine.internal;

import java.util.Arrays;

/**
 * Ratio clustering, slope strategy (c) of ISOCON.md §4 (Decision, in the spirit of Baumgartner &amp;
 * Olsen 1995): sort z_i = ln c_ij over the frame candidates of one sample; the window of width 2δ
 * holding the most components wins (ties: smallest sd of z, then lowest centre); s_j = exp(mean z
 * over the window). A sliding window over the sorted z, O(N log N).
 */
final class RatioCluster {

    /** The winning window: its members (component indices), the slope and the sd of z in it. */
    record Window(int[] members, double slope, double sdLog) {
    }

    private RatioCluster() {
    }

    static Window find(Draw d, int j, double halfWidth) {
        int n = d.n();
        int k = 0;
        double[] z = new double[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            if (d.frame()[j * n + i] && d.altered()[j * n + i] > 0) {
                z[k] = Math.log(d.ratio(j, i));
                idx[k] = i;
                k++;
            }
        }
        Integer[] order = new Integer[k];
        for (int a = 0; a < k; a++) {
            order[a] = a;
        }
        final double[] zz = z;
        Arrays.sort(order, (a, b) -> Double.compare(zz[a], zz[b]));
        int bestLo = 0;
        int bestHi = 0;
        double bestSd = Double.POSITIVE_INFINITY;
        double bestCentre = Double.POSITIVE_INFINITY;
        int hi = 0;
        for (int lo = 0; lo < k; lo++) {
            if (hi < lo) {
                hi = lo;
            }
            while (hi + 1 < k && z[order[hi + 1]] - z[order[lo]] <= 2 * halfWidth) {
                hi++;
            }
            int size = hi - lo + 1;
            double sd = sdLog(z, order, lo, hi);
            double centre = meanLog(z, order, lo, hi);
            int bestSize = bestHi - bestLo + 1;
            if (lo == 0 || size > bestSize || (size == bestSize && (sd < bestSd || (sd == bestSd && centre < bestCentre)))) {
                bestLo = lo;
                bestHi = hi;
                bestSd = sd;
                bestCentre = centre;
            }
        }
        if (k == 0) {
            return new Window(new int[0], Double.NaN, Double.NaN);
        }
        int[] members = new int[bestHi - bestLo + 1];
        for (int a = bestLo; a <= bestHi; a++) {
            members[a - bestLo] = idx[order[a]];
        }
        Arrays.sort(members);
        return new Window(members, Math.exp(bestCentre), bestSd);
    }

    private static double meanLog(double[] z, Integer[] order, int lo, int hi) {
        double s = 0;
        for (int a = lo; a <= hi; a++) {
            s += z[order[a]];
        }
        return s / (hi - lo + 1);
    }

    private static double sdLog(double[] z, Integer[] order, int lo, int hi) {
        if (hi == lo) {
            return 0;
        }
        double mu = meanLog(z, order, lo, hi);
        double ss = 0;
        for (int a = lo; a <= hi; a++) {
            ss += (z[order[a]] - mu) * (z[order[a]] - mu);
        }
        return Math.sqrt(ss / (hi - lo));
    }
}
