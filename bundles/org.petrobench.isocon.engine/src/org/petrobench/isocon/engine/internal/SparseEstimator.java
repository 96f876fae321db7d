package org.petrobench.isocon.engine.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.petrobench.core.Diagnostics;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.MassTransfer;

/**
 * Sparse isocon for one {@link Draw} at one q (ISOCON.md §5.4–5.5): minimise (S1) with
 * {@link SparseIsocon}, call component i immobile when it is a frame candidate with mobility
 * m_i &lt; τ, then (refit, Decision: default on, the "relaxed lasso") re-estimate r_j on that set
 * alone with q = 2: (S3)/(S4) with ũ_ij = m_ij on I, i.e. the geometric-mean isocon in the log
 * form. A sample without a usable immobile cell, or an empty set, keeps its sparse r_j.
 */
final class SparseEstimator implements Estimator {

    private final IsoconSettings settings;
    private final double q;
    private final double[] weights;
    private final boolean[] censored;
    private final int[] onlyStarts;
    private final List<String> samples;
    private final List<String> components;

    /** {@code samples} and {@code components} name the samples and components in messages and run.json. */
    SparseEstimator(IsoconSettings settings, double q, double[] weights, boolean[] censored, List<String> samples,
            List<String> components) {
        this(settings, q, weights, censored, null, samples, components);
    }

    private SparseEstimator(IsoconSettings settings, double q, double[] weights, boolean[] censored, int[] onlyStarts,
            List<String> samples, List<String> components) {
        this.settings = settings;
        this.q = q;
        this.weights = weights;
        this.censored = censored;
        this.onlyStarts = onlyStarts;
        this.samples = samples;
        this.components = components;
    }

    /** The same estimator started only from r = 1 and from component {@code winner} (−1 = none): the warm bootstrap. */
    SparseEstimator warm(int winner) {
        return new SparseEstimator(settings, q, weights, censored, winner < 0 ? new int[0] : new int[] { winner }, samples,
                components);
    }

    @Override
    public Estimate estimate(Draw d, Diagnostics diagnostics) {
        boolean log = settings.delta() == IsoconSettings.Delta.log;
        SparseObjective objective = new SparseObjective(d, weights, log);
        SparseIsocon.Result raw = new SparseIsocon(objective, q, settings.epsSchedule(), settings.rMin(), settings.rMax(),
                onlyStarts).solve();
        int n = d.n();
        int m = d.m();
        boolean[] present = d.present(censored);
        double[] mobility = MassTransfer.mobility(d.c0(), d.altered(), present, raw.massRatio());
        boolean[] immobile = new boolean[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            immobile[i] = objective.w[i] > 0 && mobility[i] < settings.tau();
            size += immobile[i] ? 1 : 0;
        }
        double[] r = raw.massRatio().clone();
        if (settings.refit() && size > 0) {
            refit(objective, immobile, r);
        }
        if (diagnostics != null) {
            if (size == 0) {
                diagnostics.warn(String.format(java.util.Locale.ROOT,
                        "q = %s: no component has mobility below tau = %s; mass ratios are the raw sparse estimate", q,
                        settings.tau()));
            }
            if (raw.capped()) {
                diagnostics.warn("q = " + q + ": the IRLS iteration hit its cap of " + SparseIsocon.MAX_ITERATIONS
                        + " iterations at the last smoothing stage");
            }
            for (int j = 0; j < m; j++) {
                if (raw.onBound()[j]) {
                    diagnostics.warn("q = " + q + ", sample " + samples.get(j) + ": the raw mass ratio lies on the bound ["
                            + settings.rMin() + ", " + settings.rMax() + "]");
                }
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("q", q);
        details.put("rawMassRatio", raw.massRatio());
        details.put("objective", raw.objective());
        details.put("winningStart", raw.startComponent() < 0 ? "r = 1" : "1/c of " + components.get(raw.startComponent()));
        details.put("winningStartComponent", raw.startComponent());
        details.put("iterations", raw.iterations());
        return new Estimate(r, immobile, nan(m), details);
    }

    /** (S3)/(S4) with q = 2 on the immobile set. */
    private static void refit(SparseObjective f, boolean[] immobile, double[] r) {
        int m = f.m;
        for (int j = 0; j < m; j++) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < f.n; i++) {
                if (immobile[i] && f.mask[i * m + j]) {
                    double v = f.data[i * m + j];
                    num += f.log ? -v : v;
                    den += f.log ? 1 : v * v;
                }
            }
            if (den > 0) {
                r[j] = f.log ? Math.exp(num / den) : num / den;
            }
        }
    }

    private static double[] nan(int k) {
        double[] a = new double[k];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
