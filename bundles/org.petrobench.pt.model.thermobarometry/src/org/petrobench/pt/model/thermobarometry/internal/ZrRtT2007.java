package org.petrobench.pt.model.thermobarometry.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Zr-in-rutile thermometer of Tomkins, Powell &amp; Ellis (2007; PT.md §3.6), α-quartz field [V]:
 * T_C = (83.9 + 0.410 P_kbar) / (0.1428 − R ln Zr_ppm) − 273, R = 0.0083144 kJ/(mol K); "−273" as
 * published, so T_K = T_C + 273.15 here. Needs zircon and quartz. σ_cal = 25 K (quoted ±20–30 °C) [K].
 * <p>
 * The β-quartz ((85.7 + 0.473 P)/(0.1453 − R ln Zr) − 273) and coesite ((88.1 + 0.206 P)/(0.1412
 * − R ln Zr) − 273) calibrations are [U] in PT.md §3.6 and therefore not offered; the α/β-quartz
 * boundary is not part of the spec, so the field is not checked per point.
 */
@Component(service = ThermodynamicModel.class)
public final class ZrRtT2007 extends TraceElementThermometer {

    private static final double R_KJ = 0.0083144;
    private static final double SD_K = 25;

    public ZrRtT2007() {
        this(Map.of());
    }

    private ZrRtT2007(Map<String, Object> values) {
        super(values);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new ZrRtT2007(values);
    }

    @Override
    String concentrationVariable() {
        return "Rt.Zr_ppm";
    }

    @Override
    public String id() {
        return "zr-rt-t2007";
    }

    @Override
    public String name() {
        return "Zr-in-rutile thermometer, alpha-quartz field (Tomkins et al. 2007)";
    }

    @Override
    public String reference() {
        return "Tomkins H.S., Powell R., Ellis D.J. (2007) The pressure dependence of the zirconium-in-rutile "
                + "thermometer. J. Metamorph. Geol. 25:703-713";
    }

    @Override
    public ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    public String statusNote() {
        return "alpha-quartz field only; the beta-quartz and coesite fields are unverified and not offered";
    }

    @Override
    double temperature(double pBar, double[] v, int o) {
        double tC = (83.9 + 0.410 * pBar / 1000) / (0.1428 - R_KJ * Math.log(ppm(v, o))) - 273;
        return tC + KELVIN;
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }
}
