package org.petrobench.pt.model.thermobarometry.internal;

import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;

/** A calibration with an explicit pressure P_cal(T, x); residual f = P − P_cal [bar] (PT.md §2). */
abstract class Barometer extends Calibration {

    Barometer(Map<String, Object> values) {
        super(values);
    }

    /**
     * The calibration's pressure in bar at temperature tK for the required variables v[o + j]
     * (j = {@link #slot}); pBar is the current pressure, used only to pick a phase assemblage
     * (GASP {@code polymorph=auto}).
     */
    abstract double pressure(double pBar, double tK, double[] v, int o);

    /** {@link #pressure(double, double, double[], int)} for the compositions of a table row. */
    final double pressure(double pBar, double tK, CompositionTable x, int row) {
        return pressure(pBar, tK, values(x, row), 0);
    }

    @Override
    public final ModelKind kind() {
        return ModelKind.BAROMETER;
    }

    @Override
    final boolean calibrationFinite(double pBar, double tK, CompositionTable x, int row) {
        return Double.isFinite(pressure(pBar, tK, x, row));
    }

    @Override
    final double residualAt(double pBar, double tK, double[] v, int o) {
        return pBar - pressure(pBar, tK, v, o);
    }
}
