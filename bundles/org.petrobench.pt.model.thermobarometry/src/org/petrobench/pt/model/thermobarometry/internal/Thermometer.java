package org.petrobench.pt.model.thermobarometry.internal;

import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;

/** A calibration with an explicit temperature T_cal(P, x); residual f = T − T_cal [K] (PT.md §2). */
abstract class Thermometer extends Calibration {

    Thermometer(Map<String, Object> values) {
        super(values);
    }

    /**
     * The calibration's temperature in K at pressure pBar for the required variables v[o + j]
     * (j = {@link #slot}).
     */
    abstract double temperature(double pBar, double[] v, int o);

    /** The calibration's temperature in K at pressure pBar for the compositions of a row. */
    final double temperature(double pBar, CompositionTable x, int row) {
        return temperature(pBar, values(x, row), 0);
    }

    @Override
    public final ModelKind kind() {
        return ModelKind.THERMOMETER;
    }

    @Override
    final boolean calibrationFinite(double pBar, double tK, CompositionTable x, int row) {
        double t = temperature(pBar, x, row);
        return Double.isFinite(t) && t > 0;
    }

    @Override
    final double residualAt(double pBar, double tK, double[] v, int o) {
        return tK - temperature(pBar, v, o);
    }
}
