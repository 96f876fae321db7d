package org.petrobench.pt.model.thermobarometry.internal;

import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XALM;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XGRS;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XPRP;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XSPS;

import java.util.List;
import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelStatus;

/**
 * Garnet–biotite Fe–Mg exchange thermometers (PT.md §3.1), K_D = (X_prp/X_alm)_Grt / (XMg/XFe)_Bt,
 * with Ferry &amp; Spear's (1978) ranges: 550–800 °C and (Al^VI+Ti)/(Al^VI+Ti+Fe+Mg) ≤ 0.15 in
 * biotite. σ_cal = 50 K: the quoted ±50 °C read as 1σ (Decision, PT.md §3).
 */
abstract class GarnetBiotite extends Thermometer {

    static final String BT_XMG = "Bt.XMg";
    static final String BT_XFE = "Bt.XFe";
    static final String BT_XALVI = "Bt.XAlVI";
    static final String BT_XTI = "Bt.XTi";

    /** 3R with R = 1.987 cal/(mol K), as fitted (PT.md §3.1: 5.961). */
    static final double THREE_R_CAL = 3 * 1.987;

    private static final double SD_K = 50;
    private static final double[] BOX = box(Double.NaN, Double.NaN, 550, 800);
    private static final double MAX_BT_ALVI_TI = 0.15;

    /** Indices of the K_D variables in the value rows ({@link #slot}). */
    private final int alm;
    private final int prp;
    private final int btXFe;
    private final int btXMg;

    GarnetBiotite(Map<String, Object> values) {
        super(values);
        alm = slot(GRT_XALM);
        prp = slot(GRT_XPRP);
        btXFe = slot(BT_XFE);
        btXMg = slot(BT_XMG);
    }

    /** ln K_D with K_D = (X_prp/X_alm)_Grt / (XMg/XFe)_Bt. */
    static double lnKd(CompositionTable x, int row) {
        return -FeMgPartition.lnKdFeMg(x, row, "Bt");
    }

    /** ln K_D from the required variables v[o + j]. */
    final double lnKd(double[] v, int o) {
        return -FeMgPartition.lnKdFeMg(v[o + alm], v[o + prp], v[o + btXFe], v[o + btXMg]);
    }

    @Override
    public final ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    public final List<String> phases() {
        return List.of("Grt", "Bt");
    }

    @Override
    public final double[] validityBox() {
        return BOX.clone();
    }

    @Override
    final double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }

    @Override
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
        if (x.defined(BT_XALVI, row) && x.defined(BT_XTI, row)) {
            double alTi = x.get(BT_XALVI, row) + x.get(BT_XTI, row);
            if (alTi / (alTi + x.get(BT_XFE, row) + x.get(BT_XMG, row)) > MAX_BT_ALVI_TI) {
                warnings.add(id() + ": biotite (Al^VI+Ti)/(Al^VI+Ti+Fe+Mg) above the calibrated 0.15");
            }
        }
    }

    /**
     * Fraction of the named garnet end members in Σ(X_alm+X_prp+X_grs+X_sps), or NaN when one of
     * the four is blank.
     */
    static double garnetFraction(CompositionTable x, int row, String... members) {
        double sum = 0;
        for (String v : List.of(GRT_XALM, GRT_XPRP, GRT_XGRS, GRT_XSPS)) {
            sum += x.get(v, row);
        }
        double part = 0;
        for (String v : members) {
            part += x.get(v, row);
        }
        return part / sum;
    }
}
