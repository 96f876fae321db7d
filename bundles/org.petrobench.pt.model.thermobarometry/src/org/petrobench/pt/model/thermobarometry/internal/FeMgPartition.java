package org.petrobench.pt.model.thermobarometry.internal;

import org.petrobench.pt.CompositionTable;

/** Fe–Mg partitioning between garnet and a ferromagnesian partner phase (PT.md §1 variables). */
final class FeMgPartition {

    static final String GRT_XALM = "Grt.Xalm";
    static final String GRT_XPRP = "Grt.Xprp";
    static final String GRT_XGRS = "Grt.Xgrs";
    static final String GRT_XSPS = "Grt.Xsps";

    private FeMgPartition() {
    }

    /**
     * ln K_D with K_D = (Fe/Mg)_Grt / (Fe/Mg)_partner = (X_alm/X_prp) / (XFe/XMg)_partner. Only the
     * ratios enter, so the site-fraction denominators of PT.md §1 cancel.
     */
    static double lnKdFeMg(CompositionTable x, int row, String partnerPhase) {
        return lnKdFeMg(x.get(GRT_XALM, row), x.get(GRT_XPRP, row), x.get(partnerPhase + ".XFe", row),
                x.get(partnerPhase + ".XMg", row));
    }

    /** ln K_D = ln(X_alm/X_prp) − ln(XFe/XMg)_partner from the four values. */
    static double lnKdFeMg(double xAlm, double xPrp, double partnerXFe, double partnerXMg) {
        return Math.log(xAlm / xPrp) - Math.log(partnerXFe / partnerXMg);
    }

    /**
     * Garnet Mg/(Mg+Fe²⁺) = X_prp/(X_prp+X_alm): identical to PT.md §1's {@code Grt.XMg}, computed
     * from the end-member fractions every profile carries (Decision: no separate column needed).
     */
    static double garnetXMg(CompositionTable x, int row) {
        return garnetXMg(x.get(GRT_XPRP, row), x.get(GRT_XALM, row));
    }

    /** Garnet X_prp/(X_prp+X_alm) from the two values. */
    static double garnetXMg(double xPrp, double xAlm) {
        return xPrp / (xPrp + xAlm);
    }
}
