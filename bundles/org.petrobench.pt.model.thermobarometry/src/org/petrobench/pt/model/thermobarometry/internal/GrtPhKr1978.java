package org.petrobench.pt.model.thermobarometry.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Garnet–phengite thermometer of Krogh &amp; Råheim (1978; PT.md §3.4) [V]:
 * T = (3685 + 0.0771 P) / (ln K_D + 3.52), T in K, P in bar.
 */
@Component(service = ThermodynamicModel.class)
public final class GrtPhKr1978 extends GarnetPhengite {

    private static final double[] CONSTANTS = { 3685, 0.0771, 3.52 };

    public GrtPhKr1978() {
        this(Map.of());
    }

    private GrtPhKr1978(Map<String, Object> values) {
        super(values);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GrtPhKr1978(values);
    }

    @Override
    double[] constants() {
        return CONSTANTS;
    }

    @Override
    public String id() {
        return "grt-ph-kr1978";
    }

    @Override
    public String name() {
        return "Garnet-phengite Fe-Mg thermometer (Krogh & Raheim 1978)";
    }

    @Override
    public String reference() {
        return "Krogh E.J., Raheim A. (1978) Temperature and pressure dependence of Fe-Mg partitioning between "
                + "garnet and phengite, with particular reference to eclogites. Contrib. Mineral. Petrol. 66:75-80";
    }
}
