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

    private static final double SD_K = 50;

    GarnetPhengite(Map<String, Object> values) {
        super(values);
    }

    /** The constants {a, b, c} in use. */
    abstract double[] constants();

    @Override
    final double temperature(double pBar, CompositionTable x, int row) {
        double[] k = constants();
        return (k[0] + k[1] * pBar) / (FeMgPartition.lnKdFeMg(x, row, "Ph") + k[2]);
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
        return List.of(GRT_XALM, GRT_XPRP, "Ph.XMg", "Ph.XFe");
    }

    @Override
    final double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }
}
