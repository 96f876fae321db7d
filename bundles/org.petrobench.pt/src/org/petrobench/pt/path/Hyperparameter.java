package org.petrobench.pt.path;

/**
 * One estimated hyperparameter or summary figure, a row of {@code hyperparameters.csv}
 * (PT.md §5.7: {@code parameter,value,sd_log,lo95,hi95,unit,note}).
 *
 * @param name  e.g. {@code alpha_P}, {@code stepsd_T}, {@code sigma_grt-bt-fs1978}, {@code log_evidence}
 * @param value the estimate (η̂)
 * @param sdLog sd of its natural log under the grid posterior (NaN when not estimated that way)
 * @param lo95  lower end of the 95 % interval (NaN when open or not estimated)
 * @param hi95  upper end of the 95 % interval (NaN when open or not estimated)
 * @param unit  unit of value and interval
 * @param note  e.g. "at bound", "interval open: posterior mass on the grid edge"; empty when none
 */
public record Hyperparameter(String name, double value, double sdLog, double lo95, double hi95, String unit, String note) {
}
