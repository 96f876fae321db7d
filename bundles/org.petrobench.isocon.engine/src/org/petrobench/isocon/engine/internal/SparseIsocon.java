package org.petrobench.isocon.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimises the sparse-isocon objective by majorise–minimise (IRLS) with ε-continuation and
 * multi-start (ISOCON.md §5.4). With u_i = w_i (q/2)(S_i+ε)^{q/2−1} (S2) and ũ_ij = u_i (M/M_i) m_ij
 * the quadratic majoriser separates by sample:
 * relative r_j = Σ ũ c / Σ ũ c² (S3); log ln r_j = −Σ ũ ln c / Σ ũ (S4); clamped to the bounds.
 * <p>
 * Stages ε = schedule; each iterates until max_j |Δ ln r_j| &lt; 10⁻¹⁰ or 1000 iterations. Starts
 * (Decision on their order): r = 1 first, then r_j = 1/c_kj (clamped) for every candidate k in
 * component order (r_j = 1 where c_kj is masked). The final r with the lowest unsmoothed E wins;
 * relative ties &lt; 10⁻¹² go to the earlier start. A start that ends a stage at the state of an
 * earlier surviving start (max |Δx| &lt; 10⁻⁶) is merged into it: from (nearly) the same state the
 * iteration goes the same way, and the tie rule would pick the earlier one anyway. A start whose
 * iterate comes within {@link #earlyMerge} of a survivor's converged state is merged at once,
 * without iterating to convergence (Decision, for speed: with the spec's full multi-start most
 * starts end at the same optimum, and iterating each to 10⁻¹⁰ was about 90 % of the iterations
 * of the bootstrap). This changes only how far discarded starts are iterated (and the reported
 * iteration total): the survivors' iterations, and so the result, are the same, checked bit for
 * bit against iterating every start to convergence on the benchmark of {@code bench isocon}
 * (M = 100, N = 40, 1000 replicates), 1000 random problems (both forms, masked cells,
 * M = 1–30) and the unit test.
 * The winner is then polished onto the nearest cusp ({@link #snap}).
 */
final class SparseIsocon {

    static final int MAX_ITERATIONS = 1000;
    static final double TOLERANCE = 1e-10;
    private static final double MERGE = 1e-6;

    /**
     * The optimum: mass ratios, unsmoothed E, the component whose start won (−1 = the start r = 1),
     * iterations and whether the cap or a bound was hit.
     */
    record Result(double[] massRatio, double objective, int startComponent, int iterations, boolean capped, boolean[] onBound) {
    }

    private final SparseObjective f;
    private final double q;
    private final double[] eps;
    private final double lo;
    private final double hi;
    private final int[] onlyComponents;
    private final boolean mergeEarly;

    /** @param onlyComponents restrict the component starts to these (besides r = 1), or null for every candidate */
    SparseIsocon(SparseObjective f, double q, double[] eps, double rMin, double rMax, int[] onlyComponents) {
        this(f, q, eps, onlyComponents, f.log ? Math.log(rMin) : rMin, f.log ? Math.log(rMax) : rMax, true);
    }

    /** @param lo the lower bound on x (ln r_min in the log form), likewise {@code hi} */
    private SparseIsocon(SparseObjective f, double q, double[] eps, int[] onlyComponents, double lo, double hi,
            boolean mergeEarly) {
        this.f = f;
        this.q = q;
        this.eps = eps;
        this.onlyComponents = onlyComponents;
        this.lo = lo;
        this.hi = hi;
        this.mergeEarly = mergeEarly;
    }

    /** The same solver iterating every start to convergence (no early merge): the reference the tests compare with. */
    SparseIsocon exhaustive() {
        return new SparseIsocon(f, q, eps, onlyComponents, lo, hi, false);
    }

    Result solve() {
        List<Integer> origin = new ArrayList<>();
        List<double[]> starts = starts(origin);
        int count = starts.size();
        boolean[] alive = new boolean[count];
        java.util.Arrays.fill(alive, true);
        int[] iterations = new int[count];
        boolean[] capped = new boolean[count];
        double[] s = new double[f.n];
        double[] u = new double[f.n];
        double[] num = new double[f.m];
        double[] den = new double[f.m];
        double[][] survivors = new double[count][];
        for (int stage = 0; stage < eps.length; stage++) {
            // starts run in order, so the survivors of this stage so far are exactly the earlier starts
            // a merge after the whole stage would keep: merging as each start finishes is the same rule
            int kept = 0;
            for (int k = 0; k < count; k++) {
                if (!alive[k]) {
                    continue;
                }
                double[] x = starts.get(k);
                int it = iterate(x, eps[stage], s, u, num, den, survivors, kept, mergeEarly ? earlyMerge(eps[stage]) : 0);
                iterations[k] += Math.abs(it);
                capped[k] = it >= MAX_ITERATIONS && stage == eps.length - 1;
                if (it < 0 || mergesInto(x, survivors, kept)) {
                    alive[k] = false;
                } else {
                    survivors[kept++] = x;
                }
            }
        }
        int best = -1;
        double bestE = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            if (!alive[k]) {
                continue;
            }
            double e = f.value(starts.get(k), q, 0, s);
            if (best < 0 || e < bestE - 1e-12 * Math.abs(bestE)) {
                best = k;
                bestE = e;
            }
        }
        double[] x = starts.get(best);
        bestE = snap(x, bestE, s);
        boolean[] onBound = new boolean[x.length];
        for (int j = 0; j < x.length; j++) {
            onBound[j] = x[j] <= lo || x[j] >= hi;
        }
        int total = 0;
        for (int it : iterations) {
            total += it;
        }
        return new Result(f.massRatio(x), bestE, origin.get(best), total, capped[best], onBound);
    }

    /**
     * Polishing (Decision): the smoothed optimum lies within O(√ε) of the cusp where a group of
     * Δ is exactly zero (§5.3). Setting r_j = 1/c_kj for one candidate k (every sample where its
     * cell is usable) moves onto that cusp; the snap with the lowest unsmoothed E replaces x when
     * it lowers E. This makes the single-sample optimum exactly the weighted median (§5.3).
     */
    private double snap(double[] x, double e, double[] work) {
        int m = f.m;
        double bestE = e;
        double[] best = null;
        double[] y = new double[m];
        for (int k = 0; k < f.n; k++) {
            if (f.w[k] == 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                double v = f.data[k * m + j];
                y[j] = f.mask[k * m + j] ? Math.min(hi, Math.max(lo, f.log ? -v : 1 / v)) : x[j];
            }
            double ey = f.value(y, q, 0, work);
            if (ey < bestE - 1e-12 * Math.abs(bestE)) {
                bestE = ey;
                best = y.clone();
            }
        }
        if (best != null) {
            System.arraycopy(best, 0, x, 0, m);
        }
        return bestE;
    }

    /** Runs (S2)–(S4) at one ε until convergence; returns the iteration count. */
    int iterate(double[] x, double epsilon, double[] s, double[] u, double[] num, double[] den) {
        return iterate(x, epsilon, s, u, num, den, null, 0, 0);
    }

    /**
     * Early merge radius at one ε (Decision): 0.1·√(ε/M) in x. The smoothing rounds each cusp of
     * (S1) over a shift of ln r of about √(ε/M) (S_i ≈ M·Δ² + ε), so two distinct minima of E_ε
     * are not expected closer than that, and an iterate this close to a converged survivor
     * descends to the same minimum (and would be merged after the stage anyway). For the relative
     * form x = r is within [0.2, 5], where the same radius is a comparable change.
     */
    private double earlyMerge(double epsilon) {
        return 0.1 * Math.sqrt(epsilon / f.m);
    }

    /**
     * As above; in addition, the iteration stops early once x comes within {@code radius} of one of
     * the first {@code count} {@code survivors}, and then returns minus the iteration count.
     */
    private int iterate(double[] x, double epsilon, double[] s, double[] u, double[] num, double[] den,
            double[][] survivors, int count, double radius) {
        int m = f.m;
        int n = f.n;
        double[] data = f.data;
        double[] weightOne = f.weightOne;
        double[] w = f.w;
        double[] scale = f.scale;
        double half = q / 2;
        // without masked cells every m_ij is 1.0, so Σ_i ũ_ij is the same sum of u_i for every sample
        boolean sharedDenominator = f.log && !f.anyMasked;
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            assert monotone(x, epsilon, s, u, num, den) : "MM step increased the smoothed objective";
            f.groupSums(x, s);
            for (int i = 0; i < n; i++) {
                u[i] = w[i] == 0 ? 0 : w[i] * half * Math.pow(s[i] + epsilon, half - 1) * scale[i];
            }
            java.util.Arrays.fill(num, 0);
            java.util.Arrays.fill(den, 0);
            double shared = 0;
            for (int i = 0; i < n; i++) {
                double ui = u[i];
                if (ui == 0) {
                    continue;
                }
                int base = i * m;
                // masked cells hold 0 in data and weightOne: no branch in the inner loops
                if (sharedDenominator) {
                    shared += ui;
                    for (int j = 0; j < m; j++) {
                        num[j] -= ui * data[base + j];
                    }
                } else if (f.log) {
                    for (int j = 0; j < m; j++) {
                        num[j] -= ui * data[base + j];
                        den[j] += ui * weightOne[base + j];
                    }
                } else {
                    for (int j = 0; j < m; j++) {
                        double v = data[base + j];
                        num[j] += ui * v;
                        den[j] += ui * v * v;
                    }
                }
            }
            if (sharedDenominator) {
                java.util.Arrays.fill(den, shared);
            }
            double change = 0;
            for (int j = 0; j < m; j++) {
                if (den[j] <= 0) {
                    continue;
                }
                double next = Math.min(hi, Math.max(lo, num[j] / den[j]));
                double dx = f.log ? Math.abs(next - x[j]) : Math.abs(Math.log(next / x[j]));
                change = Math.max(change, dx);
                x[j] = next;
            }
            if (change < TOLERANCE) {
                return it;
            }
            for (int k = 0; k < count; k++) {
                if (within(x, survivors[k], radius)) {
                    return -it;
                }
            }
        }
        return MAX_ITERATIONS;
    }

    /** Debug check (ISOCON.md §5.4): one MM step never increases E_ε. */
    private boolean monotone(double[] x, double epsilon, double[] s, double[] u, double[] num, double[] den) {
        double before = f.value(x, q, epsilon, new double[f.n]);
        double[] copy = x.clone();
        step(copy, epsilon);
        double after = f.value(copy, q, epsilon, new double[f.n]);
        return after <= before * (1 + 1e-9) + 1e-300;
    }

    private void step(double[] x, double epsilon) {
        int m = f.m;
        double[] s = new double[f.n];
        f.groupSums(x, s);
        double[] num = new double[m];
        double[] den = new double[m];
        for (int i = 0; i < f.n; i++) {
            if (f.w[i] == 0) {
                continue;
            }
            double ui = f.w[i] * q / 2 * Math.pow(s[i] + epsilon, q / 2 - 1) * f.scale[i];
            for (int j = 0; j < m; j++) {
                if (f.mask[i * m + j]) {
                    double v = f.data[i * m + j];
                    num[j] += f.log ? -ui * v : ui * v;
                    den[j] += f.log ? ui : ui * v * v;
                }
            }
        }
        for (int j = 0; j < m; j++) {
            if (den[j] > 0) {
                x[j] = Math.min(hi, Math.max(lo, num[j] / den[j]));
            }
        }
    }

    private List<double[]> starts(List<Integer> origin) {
        int m = f.m;
        List<double[]> starts = new ArrayList<>();
        double one = f.log ? 0 : 1;
        double[] first = new double[m];
        java.util.Arrays.fill(first, one);
        starts.add(first);
        origin.add(-1);
        for (int i = 0; i < f.n; i++) {
            if (f.w[i] == 0 || !allowed(i)) {
                continue;
            }
            origin.add(i);
            double[] x = new double[m];
            for (int j = 0; j < m; j++) {
                if (f.mask[i * m + j]) {
                    double v = f.data[i * m + j];
                    x[j] = Math.min(hi, Math.max(lo, f.log ? -v : 1 / v));
                } else {
                    x[j] = one;
                }
            }
            starts.add(x);
        }
        return starts;
    }

    private boolean allowed(int component) {
        if (onlyComponents == null) {
            return true;
        }
        for (int k : onlyComponents) {
            if (k == component) {
                return true;
            }
        }
        return false;
    }

    /** Whether a converged start lies within {@link #MERGE} of one of the first {@code count} survivors. */
    private static boolean mergesInto(double[] x, double[][] survivors, int count) {
        for (int k = 0; k < count; k++) {
            if (within(x, survivors[k], MERGE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(double[] a, double[] b, double distance) {
        for (int j = 0; j < a.length; j++) {
            if (Math.abs(a[j] - b[j]) >= distance) {
                return false;
            }
        }
        return true;
    }
}
