package org.petrobench.core.chem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Atoms (cations) per formula unit of a mineral recalculated on an oxygen basis.
 *
 * @param oxygenBasis number of oxygens the formula is normalised to (12 for garnet)
 * @param cations     element symbol → apfu, in analysis order; iron appears once, as total "Fe"
 * @param ferricIron  Fe³⁺ apfu within "Fe" (0 when all iron is taken as Fe²⁺)
 */
public record FormulaUnit(double oxygenBasis, Map<String, Double> cations, double ferricIron) {

    /** Tolerance on ferric ≤ total iron, for rounding only. */
    private static final double ROUNDING = 1e-9;

    public FormulaUnit {
        if (!(oxygenBasis > 0)) {
            throw new IllegalArgumentException("oxygen basis must be positive, found " + oxygenBasis);
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        cations.forEach((symbol, apfu) -> {
            if (apfu == null || apfu < 0 || apfu.isInfinite()) {
                throw new IllegalArgumentException("apfu of '" + symbol + "' must be a number ≥ 0, found " + apfu);
            }
            if (copy.put(PeriodicTable.element(symbol).symbol(), apfu) != null) {
                throw new IllegalArgumentException("element '" + symbol + "' given twice");
            }
        });
        cations = Collections.unmodifiableMap(copy);
        double iron = copy.getOrDefault("Fe", 0.0);
        if (ferricIron < 0 || ferricIron > iron * (1 + ROUNDING) + ROUNDING) {
            throw new IllegalArgumentException("Fe3+ must be within 0 … total Fe (" + iron + "), found " + ferricIron);
        }
    }

    /**
     * Atoms per formula unit of an element (case ignored); 0 if the analysis does not contain it.
     *
     * @throws IllegalArgumentException for an unknown element symbol
     */
    public double apfu(String symbol) {
        return cations.getOrDefault(PeriodicTable.element(symbol).symbol(), 0.0);
    }

    /** Σ cations (total Fe counted once). */
    public double cationSum() {
        double sum = 0;
        for (double v : cations.values()) {
            sum += v;
        }
        return sum;
    }

    /** Fe²⁺ apfu: total Fe − Fe³⁺. */
    public double ferrousIron() {
        return apfu("Fe") - ferricIron;
    }

    /** Fe³⁺/ΣFe; NaN without iron. */
    public double ferricRatio() {
        double iron = apfu("Fe");
        return iron > 0 ? ferricIron / iron : Double.NaN;
    }
}
