package org.petrobench.epma.io;

import java.util.Arrays;

import org.petrobench.core.io.Numbers;

/**
 * A growable ASCII byte buffer for matrix text (EPMA.md §14: "a custom fixed-decimal formatter"):
 * numbers are written digit by digit into bytes, with no String per value. The text equals
 * {@link Numbers#fixed(double, int)} for every value (half-up on |v|·10^d, no exponent, empty for
 * NaN, no minus sign on a value that rounds to zero); out-of-range values fall back to it.
 */
final class AsciiLines {

    private static final long[] POW10 = { 1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L,
            1000000000L };

    private byte[] buf;
    private int len;
    private final byte[] digits = new byte[20];

    AsciiLines(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void clear() {
        len = 0;
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    int length() {
        return len;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    void append(char c) {
        ensure(1);
        buf[len++] = (byte) c;
    }

    /** Appends {@code v} with {@code decimals} (0–9) decimals, exactly as {@link Numbers#appendFixed}. */
    void appendFixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return;
        }
        if (Double.isInfinite(v) || Math.abs(v) >= 1e15 || decimals > 9) {
            String s = Numbers.fixed(v, decimals);
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[len++] = (byte) s.charAt(i);
            }
            return;
        }
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        ensure(24 + decimals);
        if (scaled != 0 && v < 0) {
            buf[len++] = '-';
        }
        long whole = scaled / scale;
        long frac = scaled % scale;
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        while (n > 0) {
            buf[len++] = digits[--n];
        }
        if (decimals > 0) {
            buf[len++] = '.';
            for (int i = decimals - 1; i >= 0; i--) {
                buf[len + i] = (byte) ('0' + frac % 10);
                frac /= 10;
            }
            len += decimals;
        }
    }
}
