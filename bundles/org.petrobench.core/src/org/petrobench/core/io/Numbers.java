package org.petrobench.core.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for output files: locale-independent, '.' as decimal mark, empty for NaN. */
public final class Numbers {

    private Numbers() {
    }

    /** Shortest text that reads back to the same double (Java's round-trip algorithm); empty for NaN. */
    public static String shortest(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Fixed number of decimals (half-up), no exponent; empty for NaN. Cheap enough for map matrices. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        StringBuilder b = new StringBuilder(16);
        appendFixed(b, v, decimals);
        return b.toString();
    }

    /** Appends {@code v} with {@code decimals} decimals to {@code b} without allocating a String per value. */
    public static void appendFixed(StringBuilder b, double v, int decimals) {
        if (Double.isNaN(v)) {
            return;
        }
        if (Double.isInfinite(v) || Math.abs(v) >= 1e15 || decimals > 9) {
            b.append(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
            return;
        }
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (scaled == 0) {
            b.append('0');
            if (decimals > 0) {
                b.append('.');
                b.append("0".repeat(decimals));
            }
            return;
        }
        if (v < 0) {
            b.append('-');
        }
        b.append(scaled / scale);
        if (decimals > 0) {
            b.append('.');
            String frac = Long.toString(scaled % scale);
            for (int i = frac.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(frac);
        }
    }

    private static final long[] POW10 = { 1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L,
            1000000000L };
}
