package org.petrobench.pt.engine.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.petrobench.core.Monitor;

/**
 * Particle marginal Metropolis–Hastings for the static step sds (PT.md §6.4 {@code pmmh}; Andrieu,
 * Doucet &amp; Holenstein 2010, J. R. Stat. Soc. B 72:269–342): a Gaussian random walk on
 * (log s_P, log s_T) with proposal sd 0.15, flat prior on the box of the static grid (in log s),
 * acceptance with the bootstrap filter's log p̂ ({@link ParticleFilter}, 500 particles), 2000
 * iterations of which the first 500 are burn-in (PT.md's numbers).
 * <p>
 * Decision: the core point's importance sample (50·N uniform prior draws, independent of s) is
 * drawn once and shared by every iteration ({@link ParticleFilter#run(double, double, long, long)});
 * the other points use fresh random numbers in every iteration. The chain then targets
 * p(y | s) given that one core sample (its 25 000 draws make the core term nearly exact), and each
 * iteration costs n·N instead of (n + 50)·N model evaluations.
 */
final class PmmhSampler {

    static final int PARTICLES = 500;
    static final int ITERATIONS = 2000;
    static final int BURN_IN = 500;
    static final double PROPOSAL_SD = 0.15;
    private static final double Z95 = 0.025;

    /**
     * The chain after burn-in and its summary: step sds per mean spacing (kbar, K).
     *
     * @param stepSdP    s_P per kept iteration
     * @param stepSdT    s_T per kept iteration
     * @param acceptance accepted proposals / iterations (burn-in included)
     */
    record Chain(double[] stepSdP, double[] stepSdT, double acceptance) {

        /** {median, sd of log, 2.5 %, 97.5 %} of s_P (axis 0) or s_T (axis 1). */
        double[] summary(int axis) {
            double[] x = (axis == 0 ? stepSdP : stepSdT).clone();
            Arrays.sort(x);
            double mean = 0;
            for (double v : x) {
                mean += Math.log(v);
            }
            mean /= x.length;
            double var = 0;
            for (double v : x) {
                var += (Math.log(v) - mean) * (Math.log(v) - mean);
            }
            return new double[] { quantile(x, 0.5), Math.sqrt(var / Math.max(1, x.length - 1)), quantile(x, Z95),
                    quantile(x, 1 - Z95) };
        }
    }

    private PmmhSampler() {
    }

    /**
     * Runs the chain from (startP, startT) inside the box {s_P min, s_P max, s_T min, s_T max}.
     *
     * @param iterations total iterations (PT.md: {@link #ITERATIONS})
     * @param burnIn     discarded first iterations (PT.md: {@link #BURN_IN})
     */
    static Chain run(MrfProblem pr, double[] initBox, double[] box, double startP, double startT, int iterations,
            int burnIn, long seed, Monitor monitor) {
        ParticleLikelihood lik = new ParticleLikelihood(pr, ParticleFilter.coreDraws(PARTICLES));
        ParticleFilter filter = new ParticleFilter(pr, lik, PARTICLES, initBox);
        SplittableRandom rng = new SplittableRandom(seed);
        long coreSeed = SmcInverter.stream(seed, 0);
        double lo0 = Math.log(box[0]);
        double hi0 = Math.log(box[1]);
        double lo1 = Math.log(box[2]);
        double hi1 = Math.log(box[3]);
        double cp = Math.log(startP);
        double ct = Math.log(startT);
        filter.run(startP, startT, SmcInverter.stream(seed, 1), coreSeed);
        double ll = filter.logLikelihood;
        int kept = iterations - burnIn;
        double[] sp = new double[kept];
        double[] st = new double[kept];
        int accepted = 0;
        int tick = Math.max(1, iterations / 20);
        for (int it = 0; it < iterations; it++) {
            if (it % tick == 0) {
                monitor.checkCanceled();
                monitor.worked(1);
            }
            double pp = cp + PROPOSAL_SD * rng.nextGaussian();
            double pt = ct + PROPOSAL_SD * rng.nextGaussian();
            double logU = Math.log(rng.nextDouble());
            if (pp >= lo0 && pp <= hi0 && pt >= lo1 && pt <= hi1) {
                filter.run(Math.exp(pp), Math.exp(pt), SmcInverter.stream(seed, it + 2), coreSeed);
                double llp = filter.logLikelihood;
                // a current state with p̂ = 0 (collapsed start) accepts any finite proposal
                if (Double.isFinite(llp) && (ll == Double.NEGATIVE_INFINITY || logU < llp - ll)) {
                    cp = pp;
                    ct = pt;
                    ll = llp;
                    accepted++;
                }
            }
            if (it >= burnIn) {
                sp[it - burnIn] = Math.exp(cp);
                st[it - burnIn] = Math.exp(ct);
            }
        }
        return new Chain(sp, st, accepted / (double) iterations);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
