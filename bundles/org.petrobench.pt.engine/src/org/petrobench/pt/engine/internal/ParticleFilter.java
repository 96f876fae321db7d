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
 * Single-threaded, so results never depend on the thread count.
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
        SplittableRandom rng = new SplittableRandom(seed);
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
                if (core(rng, u)) {
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
     * The core point: {@link #coreDraws} (50·N) draws from the uniform prior, weighted by the density
     * at the first row and resampled (systematic) to N. Decision: a larger importance sample where
     * the prior is widest relative to the likelihood (with N draws the ESS after the first row was
     * ≈ 15 of 2000 on the PT.md §7 profile, and that degeneracy carried to the whole smoothed
     * path); still a bootstrap filter with an unbiased log p̂. Returns true when the first row is
     * not observed (then the N first draws are kept with equal weights).
     */
    private boolean core(SplittableRandom rng, double u) {
        int nn = particles;
        int big = coreP.length;
        for (int i = 0; i < big; i++) {
            coreP[i] = initBox[0] + (initBox[1] - initBox[0]) * rng.nextDouble();
            coreT[i] = initBox[2] + (initBox[3] - initBox[2]) * rng.nextDouble();
        }
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
        int nn = particles;
        double cum = w[offset];
        int j = 0;
        for (int i = 0; i < nn; i++) {
            double target = (u + i) / nn;
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
