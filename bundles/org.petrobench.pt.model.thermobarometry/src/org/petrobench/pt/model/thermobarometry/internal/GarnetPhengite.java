package org.petrobench.pt.model.thermobarometry.internal;

import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XALM;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XPRP;

import java.util.List;
import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelStatus;

/**
 * Garnet–phengite Fe–Mg exchange thermometers of the form T = (a + b·P)/(ln K_D + c), T in K,
 * P in bar (PT.md §3.4), K_D = (X_alm · Ph.XMg)/(X_prp · Ph.XFe). σ_cal = 50 K (Decision;
 * CHECK against the sources). No validity box is given by the spec.
 */
abstract class GarnetPhengite extends Thermometer {

    static final String PH_XMG = "Ph.XMg";
    static final String PH_XFE = "Ph.XFe";
    private static final double SD_K = 50;
    private static final List<String> REQUIRES = List.of(GRT_XALM, GRT_XPRP, PH_XMG, PH_XFE);

    /** Indices of the K_D variables in the value rows ({@link #slot}). */
    private final int alm;
    private final int prp;
    private final int phXFe;
    private final int phXMg;

    GarnetPhengite(Map<String, Object> values) {
        super(values);
        alm = slot(GRT_XALM);
        prp = slot(GRT_XPRP);
        phXFe = slot(PH_XFE);
        phXMg = slot(PH_XMG);
    }

    /** The constants {a, b, c} in use. */
    abstract double[] constants();

    @Override
    final double temperature(double pBar, double[] v, int o) {
        double[] k = constants();
        return (k[0] + k[1] * pBar) / (FeMgPartition.lnKdFeMg(v[o + alm], v[o + prp], v[o + phXFe], v[o + phXMg]) + k[2]);
    }

    @Override
    public final ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    public final String statusNote() {
        return "σ_cal = 50 K is our Decision (CHECK)";
    }

    @Override
    public final List<String> phases() {
        return List.of("Grt", "Ph");
    }

    @Override
    public final List<String> requires() {
        return REQUIRES;
    }

    @Override
    final double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }
}
