package org.petrobench.epma;

import java.util.List;

import org.petrobench.core.Diagnostics;
import org.petrobench.epma.data.DeadTime;
import org.petrobench.epma.data.MapGeometry;

/**
 * The result of a quantification: memberships, calibration and the inputs they apply to. The wt
 * and 1σ maps are not stored but computed from them by line blocks ({@link #compute}), so that a
 * map of N pixels × E elements costs its counts plus K membership rows in memory (EPMA.md §14).
 * <pre>
 * wt_ie = max(0, Σ_k P_ik α_ek(β_{e,g(i)} X_ie − γ_ek))    §8 (area fractions: §7.4; g(i) the tile, §8.3)
 * se_ie = sqrt(σ²_count + σ²_cal + σ²_cls)                  §9
 * </pre>
 * Arrays are row-major and shared, not copied: do not modify them.
 */
public final class QuantifiedMaps {

    private final MapGeometry geometry;
    private final List<QuantifiedElement> elements;
    private final float[][] counts;
    private final double[] dwellS;
    private final double[] deadTimeS;
    private final List<Phase> phases;
    private final Membership membership;
    private final CalibrationParameters parameters;
    private final double[][] endmemberRates;
    private final List<SpotReport> spots;
    private final ClusteringReport clustering;
    private final QuantifierSettings settings;
    private final Diagnostics diagnostics;

    /**
     * @param counts         dead-time corrected counts of the quantified elements (E rows of N)
     * @param dwellS         t_d per element
     * @param deadTimeS      τ applied per element (for V(X), §3.8)
     * @param endmemberRates λ_ke per phase and quantified element (needed for area fractions, §7.4)
     */
    public QuantifiedMaps(MapGeometry geometry, List<QuantifiedElement> elements, float[][] counts, double[] dwellS,
            double[] deadTimeS, List<Phase> phases, Membership membership, CalibrationParameters parameters,
            double[][] endmemberRates, List<SpotReport> spots, ClusteringReport clustering, QuantifierSettings settings,
            Diagnostics diagnostics) {
        this.geometry = geometry;
        this.elements = List.copyOf(elements);
        this.counts = counts;
        this.dwellS = dwellS;
        this.deadTimeS = deadTimeS;
        this.phases = List.copyOf(phases);
        this.membership = membership;
        this.parameters = parameters;
        this.endmemberRates = endmemberRates;
        this.spots = List.copyOf(spots);
        this.clustering = clustering;
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public List<QuantifiedElement> elements() {
        return elements;
    }

    /** Phases in output order. */
    public List<Phase> phases() {
        return phases;
    }

    public List<String> phaseNames() {
        return phases.stream().map(Phase::name).toList();
    }

    public int phaseIndex(String name) {
        for (int k = 0; k < phases.size(); k++) {
            if (phases.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }

    public Membership membership() {
        return membership;
    }

    public CalibrationParameters parameters() {
        return parameters;
    }

    /** λ_ke, phases × quantified elements (counts at this map's exposure). */
    public double[][] endmemberRates() {
        return endmemberRates;
    }

    /** Counts of quantified element e (shared). */
    public float[] counts(int e) {
        return counts[e];
    }

    /** V(X_ie) = X(1 + τX/t_d) (§3.8). */
    public double countVariance(int e, int pixel) {
        return DeadTime.variance(counts[e][pixel], deadTimeS[e], dwellS[e]);
    }

    public List<SpotReport> spots() {
        return spots;
    }

    public ClusteringReport clustering() {
        return clustering;
    }

    /** The resolved settings of the run. */
    public QuantifierSettings settings() {
        return settings;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Computes wt and 1σ for pixels [from, to): rows 0..E−1 of {@code wt}/{@code se} receive the
     * oxides, row E the Total (§9: se²(Total) = Σ_e(σ²_count + σ²_cal) + Σ_k P_ik(T_ik − T̄_i)²).
     * Values go to index {@code i − from}; NaN where the pixel has no data. Thread-safe.
     */
    public void compute(int from, int to, float[][] wt, float[][] se) {
        if (membership.kind() == Membership.Kind.POSTERIOR) {
            computePosterior(from, to, wt, se);
            return;
        }
        int ne = elements.size();
        PixelModel model = new PixelModel(this);
        for (int i = from; i < to; i++) {
            int o = i - from;
            if (!membership.hasData(i)) {
                for (int e = 0; e <= ne; e++) {
                    wt[e][o] = Float.NaN;
                    se[e][o] = Float.NaN;
                }
                continue;
            }
            double total = 0;
            double totalVar = 0;
            for (int e = 0; e < ne; e++) {
                model.evaluate(e, i);
                double count = model.slope * model.slope * countVariance(e, i);
                double cal = model.calibrationVariance(e);
                wt[e][o] = (float) Math.max(0, model.mean);
                se[e][o] = (float) Math.sqrt(count + cal + model.classVariance);
                total += Math.max(0, model.mean);
                totalVar += count + cal;
            }
            wt[ne][o] = (float) total;
            se[ne][o] = (float) Math.sqrt(totalVar);
        }
    }

    /**
     * The posterior-membership case of {@link #compute}, the same formulas as {@link PixelModel}
     * with the parameters hoisted out of the pixel loop and phases with P_ik = 0 skipped (they
     * contribute exactly 0 to every sum), so that writing the maps costs little (EPMA.md §14).
     */
    private void computePosterior(int from, int to, float[][] wt, float[][] se) {
        int ne = elements.size();
        int nk = phases.size();
        Hoisted h = hoisted();
        double[] pk = new double[nk];
        double[] unweighted = new double[nk];
        double[] phaseTotal = new double[nk];
        for (int i = from; i < to; i++) {
            int o = i - from;
            if (!membership.hasData(i)) {
                for (int e = 0; e <= ne; e++) {
                    wt[e][o] = Float.NaN;
                    se[e][o] = Float.NaN;
                }
                continue;
            }
            for (int k = 0; k < nk; k++) {
                pk[k] = membership.value(k, i);
                phaseTotal[k] = 0;
            }
            int tile = parameters.tileOf(i);
            double total = 0;
            double totalVar = 0;
            for (int e = 0; e < ne; e++) {
                double x = counts[e][i];
                double beta = h.beta[e][tile];
                double[] a = h.alpha[e];
                double[] g = h.gamma[e];
                double[] aVar = h.alphaVar[e];
                double[] gVar = h.gammaVar[e];
                boolean[] aPool = h.alphaPooled[e];
                boolean[] gPool = h.gammaPooled[e];
                double sum = 0;
                double dB = 0;
                double slope = 0;
                double cal = 0;
                double pooledA = 0;
                double pooledG = 0;
                for (int k = 0; k < nk; k++) {
                    double p = pk[k];
                    if (p == 0) {
                        unweighted[k] = 0;
                        continue;
                    }
                    double net = beta * x - g[k];
                    double w = a[k] * net;
                    unweighted[k] = w;
                    phaseTotal[k] += w;
                    sum += p * w;
                    double pa = p * a[k];
                    dB += pa * x;
                    slope += pa * beta;
                    double dAlpha = p * net;
                    if (aPool[k]) {
                        pooledA += dAlpha;
                    } else {
                        cal += dAlpha * dAlpha * aVar[k];
                    }
                    if (gPool[k]) {
                        pooledG -= pa;
                    } else {
                        cal += pa * pa * gVar[k];
                    }
                }
                double cls = 0;
                for (int k = 0; k < nk; k++) {
                    double p = pk[k];
                    if (p != 0) {
                        double d = unweighted[k] - sum;
                        cls += p * d * d;
                    }
                }
                cal += dB * dB * h.betaVar[e][tile] + pooledA * pooledA * h.pooledAlphaVar[e] + pooledG * pooledG * h.pooledGammaVar[e];
                double count = slope * slope * DeadTime.variance(x, deadTimeS[e], dwellS[e]);
                double mean = Math.max(0, sum);
                wt[e][o] = (float) mean;
                se[e][o] = (float) Math.sqrt(count + cal + cls);
                total += mean;
                totalVar += count + cal;
            }
            double tbar = 0;
            for (int k = 0; k < nk; k++) {
                tbar += pk[k] * phaseTotal[k];
            }
            for (int k = 0; k < nk; k++) {
                double d = phaseTotal[k] - tbar;
                totalVar += pk[k] * d * d;
            }
            wt[ne][o] = (float) total;
            se[ne][o] = (float) Math.sqrt(totalVar);
        }
    }

    /** Calibration parameters as plain arrays, built once (the object is immutable). */
    private volatile Hoisted hoisted;

    private Hoisted hoisted() {
        Hoisted h = hoisted;
        if (h == null) {
            h = new Hoisted(parameters, elements.size(), phases.size());
            hoisted = h;
        }
        return h;
    }

    /** α, γ, their variances and pooling flags per [element][phase]; β and its variance per [element][tile]. */
    private static final class Hoisted {
        final double[][] beta;
        final double[][] betaVar;
        final double[][] alpha;
        final double[][] gamma;
        final double[][] alphaVar;
        final double[][] gammaVar;
        final boolean[][] alphaPooled;
        final boolean[][] gammaPooled;
        /** se² of the pooled α (γ) of an element: the last pooled phase's, as in {@link PixelModel}. */
        final double[] pooledAlphaVar;
        final double[] pooledGammaVar;

        Hoisted(CalibrationParameters p, int ne, int nk) {
            int nt = p.tileCount();
            beta = new double[ne][nt];
            betaVar = new double[ne][nt];
            alpha = new double[ne][nk];
            gamma = new double[ne][nk];
            alphaVar = new double[ne][nk];
            gammaVar = new double[ne][nk];
            alphaPooled = new boolean[ne][nk];
            gammaPooled = new boolean[ne][nk];
            pooledAlphaVar = new double[ne];
            pooledGammaVar = new double[ne];
            for (int e = 0; e < ne; e++) {
                for (int t = 0; t < nt; t++) {
                    beta[e][t] = p.beta(e, t);
                    betaVar[e][t] = p.betaSe(e, t) * p.betaSe(e, t);
                }
                for (int k = 0; k < nk; k++) {
                    alpha[e][k] = p.alpha(e, k);
                    gamma[e][k] = p.gamma(e, k);
                    alphaVar[e][k] = p.alphaSe(e, k) * p.alphaSe(e, k);
                    gammaVar[e][k] = p.gammaSe(e, k) * p.gammaSe(e, k);
                    alphaPooled[e][k] = p.alphaPooled(e, k);
                    gammaPooled[e][k] = p.gammaPooled(e, k);
                    if (alphaPooled[e][k]) {
                        pooledAlphaVar[e] = alphaVar[e][k];
                    }
                    if (gammaPooled[e][k]) {
                        pooledGammaVar[e] = gammaVar[e][k];
                    }
                }
            }
        }
    }

    /** Whole wt maps: rows 0..E−1 the oxides, row E the Total. */
    public float[][] wtMaps() {
        int n = geometry.pixels();
        float[][] wt = new float[elements.size() + 1][n];
        float[][] se = new float[elements.size() + 1][n];
        compute(0, n, wt, se);
        return wt;
    }

    /** Whole 1σ maps: rows 0..E−1 the oxides, row E the Total. */
    public float[][] seMaps() {
        int n = geometry.pixels();
        float[][] wt = new float[elements.size() + 1][n];
        float[][] se = new float[elements.size() + 1][n];
        compute(0, n, wt, se);
        return se;
    }

    /** Package access for {@link BulkComposition}. */
    PixelModel newPixelModel() {
        return new PixelModel(this);
    }
}
