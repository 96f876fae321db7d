package org.petrobench.pt.model.thermobarometry.internal;

import java.util.List;
import java.util.Map;

import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;

/** What the Ti-in-quartz calibrations share (PT.md §3.7): Qz.Ti_ppm and the TiO2 activity as their one parameter. */
abstract class TiInQuartz extends TraceElementThermometer {

    private static final List<ModelParameter> PARAMETERS = List.of(A_TIO2);

    /** The parameter value, unboxed once. */
    final double aTiO2;

    TiInQuartz(Map<String, Object> values) {
        super(values);
        aTiO2 = number("aTiO2");
    }

    @Override
    final String concentrationVariable() {
        return "Qz.Ti_ppm";
    }

    @Override
    public final List<ModelParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public final ModelStatus status() {
        return ModelStatus.VERIFIED;
    }
}
