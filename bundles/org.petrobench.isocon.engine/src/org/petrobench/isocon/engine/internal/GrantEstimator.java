package org.petrobench.isocon.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.RoundOff;

/**
 * The isocon slope strategies of ISOCON.md §4 (Grant 1986, 2005): s_j from a frame set I, then
 * r_j = 1/s_j. The strategy is resolved once (no {@code auto} here).
 * <ul>
 * <li>(a) {@code meanRatio}: s_j = mean of c_ij over I (arithmetic, or geometric exp(mean ln c));
 * SE = sd(c)/√|I| (geometric: s·sd(ln c)/√|I|, delta method).</li>
 * <li>(b) {@code leastSquares} through 0: s_j = Σω C^O C^A / Σω (C^O)², weights relative,
 * uncertainty (York-type, iterated from (a) until |Δs| &lt; 10⁻¹²) or none (mass fractions);
 * SE = √(Σ ω e² /((|I|−1) Σ ω (C^O)²)).</li>
 * <li>(c) {@code cluster}: see {@link RatioCluster}.</li>
 * <li>(d) {@code constantMass}: s_j = 1. (e) {@code constantVolume}: s_j = ρ^O/ρ_j^A.</li>
 * </ul>
 * SE(r) = SE(s)/s² (delta method); an SE at round-off level is 0 ({@link RoundOff}). Cells outside
 * {@link Draw#frame()} (missing, censored, zero-protolith, volatile) never enter I.
 */
final class GrantEstimator implements Estimator {

    private final IsoconSettings.Slope slope;
    private final IsoconSettings.Mean mean;
    private final IsoconSettings.Weighting weighting;
    private final boolean[] userSet;
    private final double clusterHalfWidth;
    private final double[] sdA;
    private final double[] sdO;
    private final double[] massFraction;
    private final List<String> samples;
    private final List<String> components;

    /**
     * @param userSet       the frame given by the user (--immobile), null for cluster/constant strategies
     * @param sdA           analytical 1σ of the altered cells (row-major, NaN none), for weighting uncertainty
     * @param sdO           1σ of C_i^O, for weighting uncertainty
     * @param massFraction  mass fraction of one unit of every component, for weighting none
     * @param samples       ids of the altered samples, for messages
     * @param components    component names, for messages and the cluster frames in run.json
     */
    GrantEstimator(IsoconSettings.Slope slope, IsoconSettings.Mean mean, IsoconSettings.Weighting weighting,
            boolean[] userSet, double clusterWidth, double[] sdA, double[] sdO, double[] massFraction, List<String> samples,
            List<String> components) {
        this.slope = slope;
        this.mean = mean;
        this.weighting = weighting;
        this.userSet = userSet;
        this.clusterHalfWidth = Math.log(clusterWidth);
        this.sdA = sdA;
        this.sdO = sdO;
        this.massFraction = massFraction;
        this.samples = samples;
        this.components = components;
    }

    @Override
    public Estimate estimate(Draw d, Diagnostics diagnostics) throws DataException {
        int m = d.m();
        int n = d.n();
        double[] s = new double[m];
        double[] se = new double[m];
        Arrays.fill(se, Double.NaN);
        boolean[] immobile = new boolean[n];
        Map<String, Object> details = new LinkedHashMap<>();
        switch (slope) {
        case constantMass -> Arrays.fill(s, 1.0);
        case constantVolume -> {
            for (int j = 0; j < m; j++) {
                s[j] = d.rhoO() / d.rhoA()[j];
            }
        }
        case cluster -> {
            Arrays.fill(immobile, true);
            int[] sizes = new int[m];
            boolean[][] windows = new boolean[m][n];
            for (int j = 0; j < m; j++) {
                RatioCluster.Window w = RatioCluster.find(d, j, clusterHalfWidth);
                if (w.members().length < 3) {
                    int k = w.members().length;
                    throw new DataException("sample " + samples.get(j) + ": ratio clustering found " + k
                            + (k == 1 ? " component" : " components") + " within a factor " + Math.exp(clusterHalfWidth)
                            + "; use a larger clusterWidth or give the frame with --immobile");
                }
                s[j] = w.slope();
                for (int i : w.members()) {
                    windows[j][i] = true;
                }
                for (int i = 0; i < n; i++) {
                    immobile[i] &= windows[j][i];
                }
                sizes[j] = w.members().length;
            }
            details.put("clusterSizes", sizes);
            details.put("clusterFrames", clusterFrames(windows, immobile, diagnostics));
        }
        case meanRatio, leastSquares -> {
            System.arraycopy(userSet, 0, immobile, 0, n);
            for (int j = 0; j < m; j++) {
                int[] set = members(d, j);
                if (set.length == 0) {
                    throw new DataException("sample " + samples.get(j) + ": no usable frame component (every immobile component is"
                            + " missing, censored, volatile or zero in the protolith)");
                }
                if (set.length == 1 && diagnostics != null) {
                    diagnostics.warn("sample " + samples.get(j) + ": the frame has a single component; the slope has no uncertainty");
                }
                double[] se1 = new double[1];
                s[j] = slope == IsoconSettings.Slope.meanRatio ? meanRatio(d, j, set, se1) : leastSquares(d, j, set, se1);
                se[j] = set.length > 1 ? RoundOff.spread(se1[0], s[j]) : Double.NaN;
            }
        }
        default -> throw new IllegalStateException("unresolved slope strategy " + slope);
        }
        double[] r = new double[m];
        double[] rSe = new double[m];
        for (int j = 0; j < m; j++) {
            r[j] = 1 / s[j];
            rSe[j] = se[j] / (s[j] * s[j]);
        }
        return new Estimate(r, immobile, rSe, details);
    }

    private int[] members(Draw d, int j) {
        int n = d.n();
        int k = 0;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            if (userSet[i] && d.frame()[j * n + i] && (mean != IsoconSettings.Mean.geometric || d.altered()[j * n + i] > 0)) {
                idx[k++] = i;
            }
        }
        return Arrays.copyOf(idx, k);
    }

    private double meanRatio(Draw d, int j, int[] set, double[] se) {
        double[] x = new double[set.length];
        boolean geometric = mean == IsoconSettings.Mean.geometric;
        for (int k = 0; k < set.length; k++) {
            double c = d.ratio(j, set[k]);
            x[k] = geometric ? Math.log(c) : c;
        }
        double mu = new Mean().evaluate(x);
        double sd = x.length > 1 ? new StandardDeviation().evaluate(x) : Double.NaN;
        double s = geometric ? Math.exp(mu) : mu;
        se[0] = (geometric ? s * sd : sd) / Math.sqrt(x.length);
        return s;
    }

    private double leastSquares(Draw d, int j, int[] set, double[] se) {
        int n = d.n();
        IsoconSettings.Weighting mode = weighting;
        if (mode == IsoconSettings.Weighting.auto) {
            boolean all = true;
            for (int i : set) {
                all &= sdA[j * n + i] > 0 && sdO[i] > 0;
            }
            mode = all ? IsoconSettings.Weighting.uncertainty : IsoconSettings.Weighting.relative;
        }
        double s;
        if (mode == IsoconSettings.Weighting.uncertainty) {
            s = meanRatio(d, j, set, new double[1]);
            for (int it = 0; it < 1000; it++) {
                double next = weightedSlope(d, j, set, mode, s, null);
                boolean done = Math.abs(next - s) < 1e-12;
                s = next;
                if (done) {
                    break;
                }
            }
        } else {
            s = 1;
        }
        return weightedSlope(d, j, set, mode, s, se);
    }

    /** One weighted least-squares slope through the origin with weights evaluated at slope {@code s}. */
    private double weightedSlope(Draw d, int j, int[] set, IsoconSettings.Weighting mode, double s, double[] se) {
        int n = d.n();
        double sxy = 0;
        double sxx = 0;
        double[] w = new double[set.length];
        for (int k = 0; k < set.length; k++) {
            int i = set[k];
            double x = d.c0()[i];
            double y = d.altered()[j * n + i];
            double f = mode == IsoconSettings.Weighting.none ? massFraction[i] : 1;
            x *= f;
            y *= f;
            w[k] = switch (mode) {
            case relative -> 1 / (x * x);
            case uncertainty -> 1 / (sdA[j * n + i] * sdA[j * n + i] + s * s * sdO[i] * sdO[i]);
            default -> 1;
            };
            sxy += w[k] * x * y;
            sxx += w[k] * x * x;
        }
        double slope = sxy / sxx;
        if (se != null) {
            double ss = 0;
            for (int k = 0; k < set.length; k++) {
                int i = set[k];
                double f = mode == IsoconSettings.Weighting.none ? massFraction[i] : 1;
                double e = f * d.altered()[j * n + i] - slope * f * d.c0()[i];
                ss += w[k] * e * e;
            }
            se[0] = set.length > 1 ? Math.sqrt(ss / ((set.length - 1) * sxx)) : Double.NaN;
        }
        return slope;
    }

    /**
     * Cluster frames per sample for run.json. Each s_j comes from its own window (§4c); the
     * reported immobile set is the part common to every window, so a sample whose window holds
     * more components gets a warning naming them (its r_j is not that of the common set).
     */
    private Map<String, List<String>> clusterFrames(boolean[][] windows, boolean[] common, Diagnostics diagnostics) {
        Map<String, List<String>> frames = new LinkedHashMap<>();
        List<String> shared = names(common);
        for (int j = 0; j < windows.length; j++) {
            List<String> frame = names(windows[j]);
            frames.put(samples.get(j), frame);
            if (diagnostics != null && !frame.equals(shared)) {
                List<String> extra = new ArrayList<>(frame);
                extra.removeAll(shared);
                diagnostics.warn("sample " + samples.get(j) + ": its ratio cluster also holds " + String.join(", ", extra)
                        + ", so its mass ratio is not that of the frame common to all samples ("
                        + (shared.isEmpty() ? "none" : String.join(", ", shared))
                        + "); run.json lists each sample's frame, --immobile fixes one frame for all");
            }
        }
        return frames;
    }

    private List<String> names(boolean[] flags) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out.add(components.get(i));
            }
        }
        return out;
    }

    /** Window factors whose cluster results go to run.json (ISOCON.md §4c step 5). */
    static final List<Double> CLUSTER_WIDTHS = List.of(1.05, 1.10, 1.20);
}
