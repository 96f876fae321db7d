package org.petrobench.isocon.ui;

import java.util.Locale;

/**
 * Per-component scale factors g_i of the isocon diagram (ISOCON.md §7): component i (in the
 * user's column order, rank 1..N) gets the target x-position t_i = X·rank_i/(N+1), and g_i is the
 * value of {1, 2, 5}×10^k closest in log to t_i/C_i^O, so that the points spread across the plot.
 */
public final class ComponentScale {

    private ComponentScale() {
    }

    /** Automatic factors for protolith concentrations {@code c0} on a plot of extent {@code x}. */
    public static double[] automatic(double[] c0, double x) {
        int n = c0.length;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double target = x * (i + 1) / (n + 1);
            g[i] = c0[i] > 0 && Double.isFinite(c0[i]) ? nearest125(target / c0[i]) : 1;
        }
        return g;
    }

    /** The value of {1, 2, 5}×10^k closest to {@code v} in log. */
    static double nearest125(double v) {
        double best = 1;
        double bestDistance = Double.POSITIVE_INFINITY;
        int k0 = (int) Math.floor(Math.log10(v));
        for (int k = k0 - 1; k <= k0 + 1; k++) {
            for (double m : new double[] { 1, 2, 5 }) {
                double c = m * Math.pow(10, k);
                double d = Math.abs(Math.log(v / c));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
        }
        return best;
    }

    /** The point label: {@code Zr/10}, {@code SiO2×2} or the bare name for g = 1. */
    public static String label(String component, double g) {
        if (g == 1) {
            return component;
        }
        if (g > 1) {
            return component + "\u00d7" + number(g);
        }
        return component + "/" + number(1 / g);
    }

    private static String number(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-9 * Math.max(1, Math.abs(v)) ? Long.toString((long) r)
                : String.format(Locale.ROOT, "%.3g", v);
    }
}
