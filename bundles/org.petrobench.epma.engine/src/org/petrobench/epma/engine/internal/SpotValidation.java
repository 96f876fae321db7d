package org.petrobench.epma.engine.internal;

/**
 * Spot outlier test of EPMA.md §5 for one spot and element: the spot's exact Poisson CIs (§4) of
 * Pk and M against the negative-binomial prediction of each from the other (Jeffreys Gamma(n+½)
 * posterior on the observed rate, then Poisson at the other exposure; Gelman et al. 2013 §2.6):
 * <pre>
 * PI_Pk = [Q(lo; m+½, π_s), Q(hi; m+½, π_s)]/E_s,  π_s = E_m/(E_m + b E_s),  m = round(X)
 * PI_M  = [Q(lo; k+½, π_m), Q(hi; k+½, π_m)]/E_m,  π_m = b E_s/(b E_s + E_m), k = round(Pk E_s)
 * </pre>
 * Decision (§5): lower bounds from the lower quantile and upper from the upper one on both sides
 * (the reference implementation swapped the map-side bounds, §15.2). Flagged when both CIs miss
 * their prediction intervals.
 */
final class SpotValidation {

    private SpotValidation() {
    }

    /**
     * @return {M_L, M_H, Pk_L, Pk_H, PIPk_L, PIPk_H, PIM_L, PIM_H, flagged (1/0)}
     */
    static double[] test(double peak, double peakExposure, double mapCounts, double mapExposure, double slope,
            double ciLevel, double piLevel) {
        double m = mapCounts / mapExposure;
        double[] ciM = PoissonInterval.of(m, mapExposure, ciLevel);
        double[] ciPk = PoissonInterval.of(peak, peakExposure, ciLevel);
        long mc = Math.round(mapCounts);
        long kc = Math.round(peak * peakExposure);
        double lo = (1 - piLevel) / 2;
        double hi = 1 - lo;
        double piS = mapExposure / (mapExposure + slope * peakExposure);
        double piM = slope * peakExposure / (slope * peakExposure + mapExposure);
        double pkLow = NegativeBinomial.quantile(lo, mc + 0.5, piS) / peakExposure;
        double pkHigh = NegativeBinomial.quantile(hi, mc + 0.5, piS) / peakExposure;
        double mLow = NegativeBinomial.quantile(lo, kc + 0.5, piM) / mapExposure;
        double mHigh = NegativeBinomial.quantile(hi, kc + 0.5, piM) / mapExposure;
        if (pkLow > pkHigh || mLow > mHigh) {
            throw new IllegalStateException("prediction interval bounds out of order");
        }
        boolean missPk = !(ciPk[0] <= pkHigh && pkLow <= ciPk[1]);
        boolean missM = !(ciM[0] <= mHigh && mLow <= ciM[1]);
        return new double[] { ciM[0], ciM[1], ciPk[0], ciPk[1], pkLow, pkHigh, mLow, mHigh, missPk && missM ? 1 : 0 };
    }
}
