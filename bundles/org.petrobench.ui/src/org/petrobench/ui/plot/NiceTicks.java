package org.petrobench.ui.plot;

/**
 * Axis ticks at "nice" numbers: steps of 1, 2 or 5 times a power of ten, chosen so that at most
 * a given number of ticks fall inside the range (Heckbert 1990, "Nice numbers for graph labels",
 * Graphics Gems I).
 */
public final class NiceTicks {

    private NiceTicks() {
    }

    /** The tick step for {@code [min, max]} with at most about {@code maxTicks} ticks. */
    public static double step(double min, double max, int maxTicks) {
        double span = Math.abs(max - min);
        if (!(span > 0) || Double.isInfinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, maxTicks - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** The tick values inside {@code [min, max]}, multiples of {@link #step}. */
    public static double[] ticks(double min, double max, int maxTicks) {
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        double step = step(lo, hi, maxTicks);
        double first = Math.ceil(lo / step - 1e-9) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        if (n <= 0 || n > 1000) {
            return new double[] { lo, hi };
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double v = first + i * step;
            t[i] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return t;
    }

    /** A range widened to whole steps, so that data touch no frame: {min, max}. */
    public static double[] widen(double min, double max, int maxTicks) {
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            return new double[] { min - pad, max + pad };
        }
        double step = step(min, max, maxTicks);
        return new double[] { Math.floor(min / step) * step, Math.ceil(max / step) * step };
    }

    /** The label of a tick: as few decimals as the step needs. */
    public static String label(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(value) >= 1e6 || (value != 0 && Math.abs(value) < 1e-4)) {
            return String.format(java.util.Locale.ROOT, "%.3g", value);
        }
        return String.format(java.util.Locale.ROOT, "%." + Math.min(decimals, 10) + "f", value);
    }
}
