package org.petrobench.pt.model.thermobarometry.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Ti-in-quartz thermometer "TitaniQ" of Wark &amp; Watson (2006; PT.md §3.7) [V]:
 * T = 3765 / (5.69 − log10(Ti_ppm / a_TiO2)), T in K; calibrated at 10 kbar, 600–1000 °C,
 * Ti 22–526 ppm. σ_cal = 20 K (Decision: the quoted effect of a_TiO2 ± 0.1). Pressure is not
 * in the equation; the 10 kbar of the experiments is stated in the name, not checked per point.
 */
@Component(service = ThermodynamicModel.class)
public final class TiQzWw2006 extends TiInQuartz {

    private static final double[] BOX = box(Double.NaN, Double.NaN, 600, 1000);
    private static final double SD_K = 20;
    private static final double TI_MIN = 22;
    private static final double TI_MAX = 526;

    public TiQzWw2006() {
        this(Map.of());
    }

    private TiQzWw2006(Map<String, Object> values) {
        super(values);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new TiQzWw2006(values);
    }

    @Override
    public String id() {
        return "ti-qz-ww2006";
    }

    @Override
    public String name() {
        return "Ti-in-quartz thermometer, TitaniQ, calibrated at 10 kbar (Wark & Watson 2006)";
    }

    @Override
    public String reference() {
        return "Wark D.A., Watson E.B. (2006) TitaniQ: a titanium-in-quartz geothermometer. "
                + "Contrib. Mineral. Petrol. 152:743-754";
    }

    @Override
    public double[] validityBox() {
        return BOX.clone();
    }

    @Override
    double temperature(double pBar, double[] v, int o) {
        return 3765 / (5.69 - Math.log10(ppm(v, o) / aTiO2));
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }

    @Override
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
        super.compositionRules(pBar, tK, x, row, warnings);
        double ti = ppm(x, row);
        if (ti < TI_MIN || ti > TI_MAX) {
            warnings.add(id() + ": Qz.Ti_ppm outside the calibrated 22-526 ppm");
        }
    }
}
