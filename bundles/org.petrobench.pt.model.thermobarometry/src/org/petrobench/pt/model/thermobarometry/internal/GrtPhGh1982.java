package org.petrobench.pt.model.thermobarometry.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Garnet–phengite thermometer of Green &amp; Hellman (1982; PT.md §3.4) [V], T in K, P in bar:
 * <pre>
 * basaltic          T = (5170 + 0.036 P) / (ln K_D + 4.17)
 * Mg-rich pelite    T = (5560 + 0.036 P) / (ln K_D + 4.65)
 * Mg-poor pelite    T = (5680 + 0.036 P) / (ln K_D + 4.48)
 * </pre>
 * Parameter {@code variant = basaltic | mg-rich-pelite | mg-poor-pelite} (Decision: default
 * basaltic). The basaltic calibration applies to bulk compositions with CaO &gt; 2 wt%, which no
 * profile column records: the parameter's description says so, no per-point warning is possible.
 */
@Component(service = ThermodynamicModel.class)
public final class GrtPhGh1982 extends GarnetPhengite {

    private static final List<ModelParameter> PARAMETERS = List.of(ModelParameter.choice("variant",
            "Bulk-composition calibration: basaltic (bulk CaO > 2 wt%), Mg-rich or Mg-poor pelite", "basaltic",
            "basaltic", "mg-rich-pelite", "mg-poor-pelite"));
    private static final Map<String, double[]> CONSTANTS = Map.of(
            "basaltic", new double[] { 5170, 0.036, 4.17 },
            "mg-rich-pelite", new double[] { 5560, 0.036, 4.65 },
            "mg-poor-pelite", new double[] { 5680, 0.036, 4.48 });

    public GrtPhGh1982() {
        this(Map.of());
    }

    /** The constants of the chosen variant, looked up once. */
    private final double[] constants;

    private GrtPhGh1982(Map<String, Object> values) {
        super(values);
        constants = CONSTANTS.get(choice("variant"));
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GrtPhGh1982(values);
    }

    @Override
    double[] constants() {
        return constants;
    }

    @Override
    public List<ModelParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public String id() {
        return "grt-ph-gh1982";
    }

    @Override
    public String name() {
        return "Garnet-phengite Fe-Mg thermometer (Green & Hellman 1982)";
    }

    @Override
    public String reference() {
        return "Green T.H., Hellman P.L. (1982) Fe-Mg partitioning between coexisting garnet and phengite at high "
                + "pressure, and comments on a garnet-phengite geothermometer. Lithos 15:253-266";
    }
}
