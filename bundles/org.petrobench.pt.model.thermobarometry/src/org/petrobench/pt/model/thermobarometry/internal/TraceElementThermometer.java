package org.petrobench.pt.model.thermobarometry.internal;

import java.util.List;
import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelParameter;

/**
 * A thermometer reading one trace-element concentration {@code <Phase>.<El>_ppm} (µg/g) of one
 * phase (PT.md §3.5–3.7). Activities of buffering phases are parameters, not profile columns
 * (PT.md §1).
 */
abstract class TraceElementThermometer extends Thermometer {

    /** Activity of TiO2 (rutile saturation = 1), shared by Ti-in-zircon and Ti-in-quartz. */
    static final ModelParameter A_TIO2 = ModelParameter.numeric("aTiO2",
            "Activity of TiO2 relative to rutile (1 = rutile present)", "", 1.0, 1e-3, 1.0);
    /** Activity of SiO2 (quartz saturation = 1). */
    static final ModelParameter A_SIO2 = ModelParameter.numeric("aSiO2",
            "Activity of SiO2 relative to quartz (1 = quartz present)", "", 1.0, 1e-3, 1.0);

    TraceElementThermometer(Map<String, Object> values) {
        super(values);
    }

    /** The concentration variable, e.g. {@code Zrn.Ti_ppm}. */
    abstract String concentrationVariable();

    final double ppm(CompositionTable x, int row) {
        return x.get(concentrationVariable(), row);
    }

    /** The concentration from the required variables v[o + j]: it is the only one, j = 0. */
    static double ppm(double[] v, int o) {
        return v[o];
    }

    @Override
    public final List<String> phases() {
        String v = concentrationVariable();
        return List.of(v.substring(0, v.indexOf('.')));
    }

    @Override
    public final List<String> requires() {
        return List.of(concentrationVariable());
    }

    @Override
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
        if (!(ppm(x, row) > 0)) {
            warnings.add(id() + ": " + concentrationVariable() + " is not positive; the thermometer needs a measured concentration");
        }
    }
}
