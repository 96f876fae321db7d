package org.petrobench.epma.ui;

import org.petrobench.epma.QuantifiedMaps;

/**
 * A finished quantification with its per-pixel maps computed once off the UI thread:
 * {@code wt[e]} and {@code se[e]} in wt% for each quantified oxide e, the last row the Total.
 */
public record Quantification(QuantifiedMaps maps, float[][] wt, float[][] se) {

    /** Computes the wt% and 1σ maps of {@code q} (long: call off the UI thread). */
    public static Quantification of(QuantifiedMaps q) {
        int n = q.geometry().pixels();
        int rows = q.elements().size() + 1;
        float[][] wt = new float[rows][n];
        float[][] se = new float[rows][n];
        q.compute(0, n, wt, se);
        return new Quantification(q, wt, se);
    }
}
