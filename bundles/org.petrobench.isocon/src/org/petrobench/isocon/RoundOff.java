package org.petrobench.isocon;

/**
 * Decision (ISOCON.md §6): a quantity that is zero in exact arithmetic is written as 0, not as
 * its floating-point residue (e.g. ΔC = −1.11022E-16 for an immobile component). The rule: a
 * difference within {@value #ULPS} ulps of the larger magnitude involved is 0. The round-off of
 * the isocon formulas is ≤ 6 ulps in tests (RoundOffTest); a real transfer or spread that small
 * (relative 10⁻¹⁴) is far below any analysis. Deterministic, so outputs stay bit-reproducible.
 */
public final class RoundOff {

    /** Tolerance in units in the last place of the larger magnitude. */
    public static final int ULPS = 64;

    private RoundOff() {
    }

    /** a − b, or exactly 0 when |a − b| ≤ {@value #ULPS} ulp(max(|a|, |b|)). */
    public static double difference(double a, double b) {
        double d = a - b;
        return Math.abs(d) <= ULPS * Math.ulp(Math.max(Math.abs(a), Math.abs(b))) ? 0 : d;
    }

    /**
     * A spread (sd or standard error) of values around {@code centre}, or exactly 0 when it is
     * within {@value #ULPS} ulp(|centre|): values equal up to round-off have no spread.
     */
    public static double spread(double sd, double centre) {
        return Math.abs(sd) <= ULPS * Math.ulp(Math.abs(centre)) ? 0 : sd;
    }
}
