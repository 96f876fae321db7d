package org.petrobench.pt.model.thermobarometry.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Garnet–clinopyroxene thermometer of Ellis &amp; Green (1979; PT.md §3.3) [V]:
 * T = (3104 X_Ca + 3030 + 10.86 P_kbar) / (ln K_D + 1.9034), T in K.
 * σ_cal = 0.025·T_cal (Decision: the quoted ±5 % read as 2σ; T_cal rather than the trial T so
 * that σ does not move with the unknown). Calibrated by experiments at 750–1300 °C and
 * 24–30 kbar: the validity box.
 */
@Component(service = ThermodynamicModel.class)
public final class GrtCpxEg1979 extends GarnetClinopyroxene {

    private static final double[] BOX = box(24, 30, 750, 1300);
    private static final double RELATIVE_SD = 0.025;
    private static final List<String> REQUIRES = exchangeVariables();

    public GrtCpxEg1979() {
        this(Map.of());
    }

    private GrtCpxEg1979(Map<String, Object> values) {
        super(values);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GrtCpxEg1979(values);
    }

    @Override
    public String id() {
        return "grt-cpx-eg1979";
    }

    @Override
    public String name() {
        return "Garnet-clinopyroxene Fe-Mg thermometer (Ellis & Green 1979)";
    }

    @Override
    public String reference() {
        return "Ellis D.J., Green D.H. (1979) An experimental study of the effect of Ca upon garnet-clinopyroxene "
                + "Fe-Mg exchange equilibria. Contrib. Mineral. Petrol. 71:13-22";
    }

    @Override
    public List<String> requires() {
        return REQUIRES;
    }

    @Override
    public double[] validityBox() {
        return BOX.clone();
    }

    @Override
    double temperature(double pBar, double[] v, int o) {
        return (3104 * v[o + xGrs] + 3030 + 10.86 * pBar / 1000) / (lnKd(v, o) + 1.9034);
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return RELATIVE_SD * temperature(pBar, x, row);
    }
}
