package org.petrobench.pt.path;

/**
 * The Metropolis-within-Gibbs check of a MAP path (PT.md §5.6): per point the posterior mean, sd
 * and 2.5/97.5 % quantiles of P [kbar] and T [K] from two chains, with split-R̂ and effective
 * sample size per point.
 *
 * @param sweeps         sweeps per chain after burn-in
 * @param burnIn         burn-in sweeps per chain
 * @param meanAcceptance mean acceptance rate after burn-in
 */
public record McmcSummary(int sweeps, int burnIn, double[] pMean, double[] pSd, double[] pLo95, double[] pHi95,
        double[] tMean, double[] tSd, double[] tLo95, double[] tHi95, double[] rhatP, double[] rhatT, double[] essP,
        double[] essT, double meanAcceptance) {

    /** Largest split-R̂ over points and variables (warn above 1.05). */
    public double maxRhat() {
        double m = 0;
        for (int k = 0; k < rhatP.length; k++) {
            m = Math.max(m, Math.max(rhatP[k], rhatT[k]));
        }
        return m;
    }

    /** Smallest effective sample size over points and variables. */
    public double minEss() {
        double m = Double.POSITIVE_INFINITY;
        for (int k = 0; k < essP.length; k++) {
            m = Math.min(m, Math.min(essP[k], essT[k]));
        }
        return m;
    }
}
