package org.petrobench.epma;

import java.util.List;

/**
 * How the phases were found (recorded in run.json, EPMA.md §10).
 *
 * @param method           {@code em} or {@code reference-lda}
 * @param signals          the clustering features
 * @param centres          the resolved initial centres (counts at this map's exposure), reusable (§6)
 * @param iterations       EM M-steps (0 for the single-pass variant)
 * @param converged        the stopping rule was met
 * @param logLikelihood    final ℓ (EM), NaN otherwise
 * @param rates            final λ_kj per phase and signal (EM) or the class effects d_kj (LDA)
 * @param proportions      final π_k
 * @param ldaExponent      α* of the power transform (LDA), NaN otherwise
 * @param validationSlopes b_e of §5 per quantified element (NaN when not computed)
 */
public record ClusteringReport(String method, List<String> signals, List<QuantifierSettings.Centre> centres,
        int iterations, boolean converged, double logLikelihood, double[][] rates, double[] proportions,
        double ldaExponent, double[] validationSlopes) {
}
