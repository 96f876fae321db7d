package org.petrobench.isocon.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers with a fixed count of significant digits (ISOCON.md §6: 6), plain between 10⁻⁴ and 10⁹; NaN → empty. */
public final class SignificantDigits {

    private SignificantDigits() {
    }

    public static String format(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e9 ? b.toPlainString() : b.toString();
    }
}
