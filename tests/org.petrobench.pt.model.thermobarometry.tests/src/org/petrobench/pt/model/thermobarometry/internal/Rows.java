package org.petrobench.pt.model.thermobarometry.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.petrobench.pt.CompositionTable;

/** One-row composition tables for the tests: {@code Rows.of("Grt.Xalm", 0.7, "Bt.XMg", 0.4, ...)}. */
final class Rows {

    static final double K = 273.15;

    private Rows() {
    }

    static CompositionTable of(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return CompositionTable.ofRow(m);
    }

    /**
     * Garnet with X_alm, X_prp, X_grs, X_sps and biotite with XMg, XFe such that
     * ln K_D = ln[(X_prp/X_alm)/(XMg/XFe)_Bt] equals lnKd (biotite XMg = XFe = 0.4).
     */
    static CompositionTable garnetBiotite(double lnKd, double xGrs, double xSps) {
        double rest = 1 - xGrs - xSps;
        double ratio = Math.exp(lnKd);               // X_prp/X_alm when (XMg/XFe)_Bt = 1
        double alm = rest / (1 + ratio);
        return of("Grt.Xalm", alm, "Grt.Xprp", rest - alm, "Grt.Xgrs", xGrs, "Grt.Xsps", xSps,
                "Bt.XMg", 0.4, "Bt.XFe", 0.4);
    }
}
