package org.petrobench.pt.model.thermobarometry.internal;

import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XALM;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XGRS;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XPRP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelStatus;

/**
 * Garnet–clinopyroxene Fe–Mg exchange thermometers (PT.md §3.3): K_D = (Fe²⁺/Mg)_Grt / (Fe²⁺/Mg)_Cpx.
 * Garnet X_Ca = Ca/(Ca+Mn+Fe²⁺+Mg) is PT.md §1's Grt.Xgrs. The result depends strongly on the
 * Fe³⁺ recalculation of the recast (PT.md §1).
 */
abstract class GarnetClinopyroxene extends Thermometer {

    static final String CPX_XMG = "Cpx.XMg";
    static final String CPX_XFE = "Cpx.XFe";

    /** Indices of the variables both calibrations read, in the value rows ({@link #slot}). */
    private final int alm;
    private final int prp;
    private final int cpxXFe;
    private final int cpxXMg;
    final int xGrs;

    GarnetClinopyroxene(Map<String, Object> values) {
        super(values);
        alm = slot(GRT_XALM);
        prp = slot(GRT_XPRP);
        cpxXFe = slot(CPX_XFE);
        cpxXMg = slot(CPX_XMG);
        xGrs = slot(GRT_XGRS);
    }

    static double lnKd(CompositionTable x, int row) {
        return FeMgPartition.lnKdFeMg(x, row, "Cpx");
    }

    /** ln K_D from the required variables v[o + j]. */
    final double lnKd(double[] v, int o) {
        return FeMgPartition.lnKdFeMg(v[o + alm], v[o + prp], v[o + cpxXFe], v[o + cpxXMg]);
    }

    /** Garnet Mg/(Mg+Fe²⁺) from the required variables v[o + j]. */
    final double garnetXMg(double[] v, int o) {
        return FeMgPartition.garnetXMg(v[o + prp], v[o + alm]);
    }

    @Override
    public final ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    public final List<String> phases() {
        return List.of("Grt", "Cpx");
    }

    /** Variables both calibrations read. */
    static List<String> exchangeVariables(String... more) {
        List<String> v = new ArrayList<>(List.of(GRT_XALM, GRT_XPRP, GRT_XGRS, CPX_XMG, CPX_XFE));
        v.addAll(List.of(more));
        return List.copyOf(v);
    }
}
