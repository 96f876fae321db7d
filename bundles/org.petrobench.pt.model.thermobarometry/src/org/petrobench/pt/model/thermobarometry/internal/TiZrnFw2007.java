package org.petrobench.pt.model.thermobarometry.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Ti-in-zircon thermometer of Ferry &amp; Watson (2007; PT.md §3.5) [V]:
 * log10 Ti_ppm = (5.711 ± 0.072) − (4800 ± 86)/T − log a_SiO2 + log a_TiO2, T in K, hence
 * T = 4800 / (5.711 − log Ti_ppm − log a_SiO2 + log a_TiO2). Pressure-independent.
 * σ_T from the coefficient sds taken as independent (CHECK for a published covariance):
 * σ_T² = (T²/4800 · 0.072)² + (T/4800 · 86)², at T = T_cal. a_SiO2, a_TiO2 default to 1.
 */
@Component(service = ThermodynamicModel.class)
public final class TiZrnFw2007 extends TraceElementThermometer {

    private static final List<ModelParameter> PARAMETERS = List.of(A_SIO2, A_TIO2);
    private static final double A = 5.711;
    private static final double SD_A = 0.072;
    private static final double B = 4800;
    private static final double SD_B = 86;

    public TiZrnFw2007() {
        this(Map.of());
    }

    /** Parameter values, unboxed once. */
    private final double aSiO2;
    private final double aTiO2;

    private TiZrnFw2007(Map<String, Object> values) {
        super(values);
        aSiO2 = number("aSiO2");
        aTiO2 = number("aTiO2");
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new TiZrnFw2007(values);
    }

    @Override
    String concentrationVariable() {
        return "Zrn.Ti_ppm";
    }

    @Override
    public List<ModelParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public String id() {
        return "ti-zrn-fw2007";
    }

    @Override
    public String name() {
        return "Ti-in-zircon thermometer (Ferry & Watson 2007)";
    }

    @Override
    public String reference() {
        return "Ferry J.M., Watson E.B. (2007) New thermodynamic models and revised calibrations for the Ti-in-zircon "
                + "and Zr-in-rutile thermometers. Contrib. Mineral. Petrol. 154:429-437";
    }

    @Override
    public ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    double temperature(double pBar, double[] v, int o) {
        return B / (A - Math.log10(ppm(v, o)) - Math.log10(aSiO2) + Math.log10(aTiO2));
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        double t = temperature(pBar, x, row);
        return Math.hypot(t * t / B * SD_A, t / B * SD_B);
    }
}
