package org.petrobench.isocon.engine.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.isocon.RoundOff;

/**
 * Gresens (1967), ISOCON.md §3: each component's zero crossing f_v,i = (ρ^O/ρ_j^A)(C_i^O/C_ij^A)
 * (R2); f_v = the mean of f_v,i over the frame I, or the user's f_v, or 1 (constant volume); then
 * r_j = f_v ρ_j^A/ρ^O, so that (R1) is (G4). SE(r) = ρ^A/ρ^O · sd(f_v,i)/√|I|, 0 at round-off level
 * ({@link RoundOff}).
 */
final class GresensEstimator implements Estimator {

    private final boolean[] frame;
    private final Double fv;
    private final List<String> samples;

    /**
     * @param frame   the user's frame, or null for a fixed {@code fv} (null fv and null frame = constant volume)
     * @param samples ids of the altered samples, for messages
     */
    GresensEstimator(boolean[] frame, Double fv, List<String> samples) {
        this.frame = frame;
        this.fv = fv;
        this.samples = samples;
    }

    @Override
    public Estimate estimate(Draw d, Diagnostics diagnostics) throws DataException {
        int m = d.m();
        int n = d.n();
        double[] r = new double[m];
        double[] se = new double[m];
        Arrays.fill(se, Double.NaN);
        boolean[] immobile = frame == null ? new boolean[n] : frame.clone();
        for (int j = 0; j < m; j++) {
            double density = d.rhoA()[j] / d.rhoO();
            double f;
            if (frame == null) {
                f = fv == null ? 1.0 : fv;
            } else {
                double[] crossings = new double[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (frame[i] && d.frame()[j * n + i] && d.altered()[j * n + i] > 0) {
                        crossings[k++] = 1 / (density * d.ratio(j, i));
                    }
                }
                if (k == 0) {
                    throw new DataException("sample " + samples.get(j)
                            + ": no usable frame component for the Gresens volume factor");
                }
                double[] x = Arrays.copyOf(crossings, k);
                f = new Mean().evaluate(x);
                if (k > 1) {
                    se[j] = density * RoundOff.spread(new StandardDeviation().evaluate(x) / Math.sqrt(k), f);
                } else if (diagnostics != null) {
                    diagnostics.warn("sample " + samples.get(j) + ": the frame has a single component; f_v has no uncertainty");
                }
            }
            r[j] = f * density;
        }
        return new Estimate(r, immobile, se, Map.of());
    }

    /** All zero crossings f_v,i (R2) of the point data, row-major M×N (NaN where undefined), for run.json. */
    static double[] crossings(Draw d) {
        int m = d.m();
        int n = d.n();
        double[] out = new double[m * n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                double c = d.ratio(j, i);
                out[j * n + i] = c > 0 && d.c0()[i] > 0 ? d.rhoO() / d.rhoA()[j] / c : Double.NaN;
            }
        }
        return out;
    }
}
