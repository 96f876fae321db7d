package org.petrobench.pt.engine.internal;

import java.util.SplittableRandom;

/**
 * Bootstrap particle filter over the growth increments k = 1..n, core → rim (PT.md §6.2): the state
 * (P_k, T_k) follows the random walk (P_k, T_k) = (P_{k−1}, T_{k−1}) + ε_k, ε_k ~ N(0, diag(s_P²,
 * s_T²)·h_{k−1}) (h = spacing per mean spacing, PT.md §5.1), θ_1 uniform on the core box; weights
 * from {@link ParticleLikelihood}; systematic resampling when ESS = 1/Σw² &lt; N/2. Stores every
 * particle and its normalised filtering weight (n × N) for the backward simulation.
 * <p>
 * Random numbers come from one {@link SplittableRandom} seeded by the caller, and the draws per step
 * do not depend on the data (the resampling uniform is drawn at every step, used or not): two runs
 * with the same seed use common random numbers (PT.md §6.4: a smooth log p̂ over the static grid).
 * Single-threaded, so results never depend on the thread count. {@link #runGuided} is the
 * smoothing pass (marginal weights, Laplace-guided proposal) whose particles the backward
 * simulation uses.
 */
final class ParticleFilter {

    final int n;
    final int particles;
    /** P (kbar) and T (K) of particle i at point k: [k·N + i]. */
    final double[] p;
    final double[] t;
    /** Normalised filtering weights w_k^i, same layout. */
    final double[] w;
    /** log p̂(y_1..n), −∞ when the filter collapsed (no particle with a finite density). */
    double logLikelihood;
    double minEss;
    /** First point where every particle had zero density (−1 when none). */
    int collapsedAt = -1;

    private final MrfProblem pr;
    private final ParticleLikelihood likelihood;
    private final double[] initBox;
    /** Prior draws at the core per particle (Decision in {@link #core}). */
    static final int CORE_FACTOR = 50;
    private final double[] coreP;
    private final double[] coreT;
    private final double[] coreW;
    /** Draws at the core: CORE_FACTOR·N, at most 200000 (memory), at least N. */
    static int coreDraws(int particles) {
        return Math.max(particles, Math.min(CORE_FACTOR * particles, 200_000));
    }

    /** ESS of the core importance sample (of CORE_FACTOR·N draws). */
    double coreEss;
    /** Seed of the last core draw and its log p̂ term (reused by {@link #core} for the same seed). */
    private long coreSeed;
    private boolean coreSeedValid;
    private boolean coreCollapsed;
    private double coreLogLikelihood;

    ParticleFilter(MrfProblem problem, ParticleLikelihood likelihood, int particles, double[] initBox) {
        this.pr = problem;
        this.likelihood = likelihood;
        this.n = problem.n;
        this.particles = particles;
        this.initBox = initBox;
        p = new double[n * particles];
        t = new double[n * particles];
        w = new double[n * particles];
        coreP = new double[coreDraws(particles)];
        coreT = new double[coreP.length];
        coreW = new double[coreP.length];
    }

    /** Runs the filter with step sds (per mean spacing) sP (kbar), sT (K). */
    void run(double sP, double sT, long seed) {
        run(sP, sT, seed, seed);
    }

    /**
     * As {@link #run(double, double, long)}, but with {@code coreSeed} ≠ {@code seed} the core
     * point's prior draws come from their own stream: runs with the same coreSeed share one core
     * sample (and its log p̂ term), the later points use the stream of {@code seed}.
     */
    void run(double sP, double sT, long seed, long coreSeed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SplittableRandom coreRng = coreSeed == seed ? rng : new SplittableRandom(coreSeed);
        int nn = particles;
        double[] ll = new double[nn];
        int[] ancestor = new int[nn];
        logLikelihood = 0;
        minEss = nn;
        collapsedAt = -1;
        for (int k = 0; k < n; k++) {
            int o = k * nn;
            double u = rng.nextDouble();
            if (k == 0) {
                if (core(coreRng, u, coreSeed)) {
                    continue;
                }
            } else {
                int prev = o - nn;
                double ess = ess(prev);
                minEss = Math.min(minEss, ess);
                boolean resample = ess < nn / 2.0;
                if (resample) {
                    systematic(prev, u, ancestor);
                }
                double scaleP = sP * Math.sqrt(pr.h[k - 1]);
                double scaleT = sT * Math.sqrt(pr.h[k - 1]);
                for (int i = 0; i < nn; i++) {
                    int a = resample ? ancestor[i] : i;
                    p[o + i] = p[prev + a] + scaleP * rng.nextGaussian();
                    t[o + i] = t[prev + a] + scaleT * rng.nextGaussian();
                    w[o + i] = resample ? 1.0 / nn : w[prev + i];
                }
            }
            if (collapsedAt >= 0 || !likelihood.observed(k)) {
                continue;
            }
            likelihood.logDensity(k, p, t, o, nn, ll);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < nn; i++) {
                if (w[o + i] > 0) {
                    max = Math.max(max, ll[i]);
                }
            }
            if (max == Double.NEGATIVE_INFINITY) {
                collapsedAt = k;
                logLikelihood = Double.NEGATIVE_INFINITY;
                continue;
            }
            double sum = 0;
            for (int i = 0; i < nn; i++) {
                double v = w[o + i] * Math.exp(ll[i] - max);
                w[o + i] = v;
                sum += v;
            }
            logLikelihood += max + Math.log(sum);
            for (int i = 0; i < nn; i++) {
                w[o + i] /= sum;
            }
        }
        minEss = Math.min(minEss, ess((n - 1) * nn));
    }

    /**
     * The smoothing pass (Decision, see {@link SmcInverter}): a marginal particle filter (Klaas, de
     * Freitas &amp; Doucet 2005, UAI) whose proposal at k ≥ 2 is the defensive mixture
     * q_k = (1−β) π_k + β g_k of the bootstrap predictive π_k(θ) = Σ_j w_{k−1}^j N(θ | θ_{k−1}^j,
     * diag(s_P², s_T²)h_{k−1}) and a guide g_k = N(μ_k, c²Σ_k) (the Laplace smoothing marginal at
     * the same step sds), with the weights w_k^i ∝ L_k(θ^i) π_k(θ^i)/q_k(θ^i) (the predictive summed
     * over all parents, O(N²) per point). These are weights of the filtering distribution, as the
     * backward simulation needs, but particles also cover the smoothing region, which for a
     * trending path lies in the tail of the filter (the filter lags). β = {@code share} (the split is
     * deterministic: ⌊(1−β)N⌉ predictive draws by systematic resampling, the rest from the guide;
     * q is their mixture density, Owen &amp; Zhou 2000); c = {@code inflation}. The core point is
     * drawn as in {@link #run}. {@code guideCov} holds (Σ_PP, Σ_PT, Σ_TT) per point; a guide that is
     * not positive definite at a point is not used there.
     */
    void runGuided(double sP, double sT, long seed, double[] guideMean, double[] guideCov, double share,
            double inflation) {
        SplittableRandom rng = new SplittableRandom(seed);
        int nn = particles;
        double[] ll = new double[nn];
        double[] ratio = new double[nn];
        int[] ancestor = new int[nn];
        logLikelihood = 0;
        minEss = nn;
        collapsedAt = -1;
        for (int k = 0; k < n; k++) {
            int o = k * nn;
            double u = rng.nextDouble();
            if (k == 0) {
                core(rng, u, seed);
                if (collapsedAt >= 0) {
                    return;
                }
                continue;
            }
            int prev = o - nn;
            minEss = Math.min(minEss, ess(prev));
            double vp = sP * sP * pr.h[k - 1];
            double vt = sT * sT * pr.h[k - 1];
            double c2 = inflation * inflation;
            double a = c2 * guideCov[3 * k];
            double b = c2 * guideCov[3 * k + 1];
            double c = c2 * guideCov[3 * k + 2];
            double det = a * c - b * b;
            boolean guided = share > 0 && a > 0 && c > 0 && det > 0 && Double.isFinite(det);
            int fromGuide = guided ? (int) Math.round(share * nn) : 0;
            int fromPred = nn - fromGuide;
            double beta = fromGuide / (double) nn;
            systematic(prev, u, ancestor, fromPred);
            double sdp = Math.sqrt(vp);
            double sdt = Math.sqrt(vt);
            double l11 = guided ? Math.sqrt(a) : 0;
            double l21 = guided ? b / l11 : 0;
            double l22 = guided ? Math.sqrt(Math.max(0, c - l21 * l21)) : 0;
            for (int i = 0; i < nn; i++) {
                double z1 = rng.nextGaussian();
                double z2 = rng.nextGaussian();
                if (i < fromPred) {
                    int anc = prev + ancestor[i];
                    p[o + i] = p[anc] + sdp * z1;
                    t[o + i] = t[anc] + sdt * z2;
                } else {
                    p[o + i] = guideMean[2 * k] + l11 * z1;
                    t[o + i] = guideMean[2 * k + 1] + l21 * z1 + l22 * z2;
                }
            }
            // π_k at every new particle, summed over all parents (the O(N²) part)
            double ip = 1 / vp;
            double it = 1 / vt;
            double norm = 1 / (2 * Math.PI * Math.sqrt(vp * vt));
            double gNorm = guided ? 1 / (2 * Math.PI * Math.sqrt(det)) : 0;
            for (int i = 0; i < nn; i++) {
                double pi = p[o + i];
                double ti = t[o + i];
                double sum = 0;
                for (int j = 0; j < nn; j++) {
                    double wj = w[prev + j];
                    if (wj > 0) {
                        double dp = pi - p[prev + j];
                        double dt = ti - t[prev + j];
                        double q = dp * dp * ip + dt * dt * it;
                        if (q < 80) {
                            sum += wj * Math.exp(-0.5 * q);
                        }
                    }
                }
                double pred = norm * sum;
                double mix = (1 - beta) * pred;
                if (guided) {
                    double dp = pi - guideMean[2 * k];
                    double dt = ti - guideMean[2 * k + 1];
                    double q = (c * dp * dp - 2 * b * dp * dt + a * dt * dt) / det;
                    mix += beta * gNorm * Math.exp(-0.5 * q);
                }
                ratio[i] = mix > 0 ? pred / mix : 0;
            }
            boolean observed = likelihood.observed(k);
            if (observed) {
                likelihood.logDensity(k, p, t, o, nn, ll);
            } else {
                java.util.Arrays.fill(ll, 0, nn, 0);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < nn; i++) {
                if (ratio[i] > 0) {
                    max = Math.max(max, ll[i]);
                }
            }
            if (max == Double.NEGATIVE_INFINITY) {
                collapsedAt = k;
                logLikelihood = Double.NEGATIVE_INFINITY;
                return;
            }
            double sum = 0;
            for (int i = 0; i < nn; i++) {
                double v = ratio[i] > 0 ? ratio[i] * Math.exp(ll[i] - max) : 0;
                w[o + i] = v;
                sum += v;
            }
            logLikelihood += max + Math.log(sum / nn);
            for (int i = 0; i < nn; i++) {
                w[o + i] /= sum;
            }
        }
        minEss = Math.min(minEss, ess((n - 1) * nn));
    }

    /**
     * The core point: {@link #coreDraws} (50·N) draws from the uniform prior, weighted by the density
     * at the first row and resampled (systematic) to N. Decision: a larger importance sample where
     * the prior is widest relative to the likelihood (with N draws the ESS after the first row was
     * ≈ 15 of 2000 on the PT.md §7 profile, and that degeneracy carried to the whole smoothed
     * path); still a bootstrap filter with an unbiased log p̂. Returns true when the first row is
     * not observed (then the N first draws are kept with equal weights).
     */
    private boolean core(SplittableRandom rng, double u, long seed) {
        int nn = particles;
        int big = coreP.length;
        for (int i = 0; i < big; i++) {
            coreP[i] = initBox[0] + (initBox[1] - initBox[0]) * rng.nextDouble();
            coreT[i] = initBox[2] + (initBox[3] - initBox[2]) * rng.nextDouble();
        }
        // the core depends on the seed only: a rerun with the same seed (the common-random-number
        // grid, PT.md §6.4) finds p, t, w of point 1 unchanged and reuses its log p̂ term
        if (coreSeedValid && seed == coreSeed) {
            if (coreCollapsed) {
                collapsedAt = 0;
                logLikelihood = Double.NEGATIVE_INFINITY;
            } else {
                logLikelihood += coreLogLikelihood;
            }
            return true;
        }
        coreSeedValid = false;
        double before = logLikelihood;
        boolean result = coreDraw(u, nn, big);
        coreCollapsed = collapsedAt == 0;
        coreLogLikelihood = logLikelihood - before;
        coreSeed = seed;
        coreSeedValid = true;
        return result;
    }

    private boolean coreDraw(double u, int nn, int big) {
        if (!likelihood.observed(0)) {
            for (int i = 0; i < nn; i++) {
                p[i] = coreP[i];
                t[i] = coreT[i];
                w[i] = 1.0 / nn;
            }
            return true;
        }
        likelihood.logDensity(0, coreP, coreT, 0, big, coreW);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < big; i++) {
            max = Math.max(max, coreW[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            collapsedAt = 0;
            logLikelihood = Double.NEGATIVE_INFINITY;
            return true;
        }
        double sum = 0;
        for (int i = 0; i < big; i++) {
            coreW[i] = Math.exp(coreW[i] - max);
            sum += coreW[i];
        }
        logLikelihood += max + Math.log(sum / big);
        double ess = sum * sum;
        double sq = 0;
        for (int i = 0; i < big; i++) {
            sq += coreW[i] * coreW[i];
        }
        coreEss = ess / sq;
        double cum = coreW[0] / sum;
        int j = 0;
        for (int i = 0; i < nn; i++) {
            double target = (u + i) / nn;
            while (cum < target && j < big - 1) {
                j++;
                cum += coreW[j] / sum;
            }
            p[i] = coreP[j];
            t[i] = coreT[j];
            w[i] = 1.0 / nn;
        }
        return true;
    }

    private double ess(int offset) {
        double s = 0;
        for (int i = 0; i < particles; i++) {
            s += w[offset + i] * w[offset + i];
        }
        return 1 / s;
    }

    /** Systematic resampling: u_i = (U + i)/N inverted through the CDF of the weights at offset. */
    private void systematic(int offset, double u, int[] ancestor) {
        systematic(offset, u, ancestor, particles);
    }

    /** Systematic resampling of {@code draws} ancestors from the N weights at offset. */
    private void systematic(int offset, double u, int[] ancestor, int draws) {
        int nn = particles;
        double cum = w[offset];
        int j = 0;
        for (int i = 0; i < draws; i++) {
            double target = (u + i) / draws;
            while (cum < target && j < nn - 1) {
                j++;
                cum += w[offset + j];
            }
            ancestor[i] = j;
        }
    }

    /** Filter-only estimate: weighted mean of P (kbar) and T (K) at every point, [2k], [2k+1]. */
    double[] filterMean() {
        double[] m = new double[2 * n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < particles; i++) {
                int q = k * particles + i;
                m[2 * k] += w[q] * p[q];
                m[2 * k + 1] += w[q] * t[q];
            }
        }
        return m;
    }
}
