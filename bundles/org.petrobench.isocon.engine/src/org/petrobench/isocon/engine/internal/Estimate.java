package org.petrobench.isocon.engine.internal;

import java.util.Map;

/**
 * What an estimator finds for one {@link Draw}: mass ratios r_j, the frame (immobile flags), the
 * standard error of r_j where the strategy has one (NaN otherwise) and diagnostics for run.json.
 */
record Estimate(double[] massRatio, boolean[] immobile, double[] massRatioSe, Map<String, Object> details) {
}
