package org.petrobench.pt.model.thermobarometry.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.chem.Oxide;
import org.petrobench.core.chem.PeriodicTable;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Ti-in-quartz thermobarometer of Osborne et al. (2022; PT.md §3.7) [V]:
 * R T ln X = −55.287 + P (−2.625 + 0.0403 P) + R T ln a_TiO2, hence
 * T = (−55.287 + P(−2.625 + 0.0403 P)) / (R (ln X − ln a_TiO2)), R = 0.0083145 kJ/(mol K),
 * P in kbar, T in K. X = Ti_ppm·10⁻⁶·M(SiO2)/M(Ti), the mole fraction of TiO2 in quartz
 * (Decision, CHECK; molar masses from org.petrobench.core). The reading of X reproduces the example
 * quoted for this calibration (700 ± 21 °C at 7.49 kbar, 100 ppm). σ_cal = 21 K (that quoted
 * fit-only example). Calibrated 2–30 kbar, quartz (not coesite) field; the coesite boundary is not
 * part of the spec, so only the P range is checked.
 */
@Component(service = ThermodynamicModel.class)
public final class TiQzO2022 extends TiInQuartz {

    private static final double R_KJ = 0.0083145;
    private static final double[] BOX = box(2, 30, Double.NaN, Double.NaN);
    private static final double SD_K = 21;
    /** M(SiO2)/M(Ti): ppm by mass of Ti → mole fraction TiO2 per mole SiO2. */
    private static final double MOLAR_RATIO = Oxide.parse("SiO2").molarMass() / PeriodicTable.element("Ti").molarMass();

    public TiQzO2022() {
        this(Map.of());
    }

    private TiQzO2022(Map<String, Object> values) {
        super(values);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new TiQzO2022(values);
    }

    @Override
    public String id() {
        return "ti-qz-o2022";
    }

    @Override
    public String name() {
        return "Ti-in-quartz thermobarometer, TitaniQ revisited (Osborne et al. 2022)";
    }

    @Override
    public String reference() {
        return "Osborne Z.R., Thomas J.B., Nachlas W.O., Angel R.J., et al. (2022) TitaniQ revisited: expanded and "
                + "improved Ti-in-quartz solubility model for thermobarometry. Contrib. Mineral. Petrol. 177:31, "
                + "doi:10.1007/s00410-022-01896-8";
    }

    @Override
    public String statusNote() {
        return "X = Ti_ppm·1e-6·M(SiO2)/M(Ti) is our reading (CHECK); it reproduces the quoted 700 °C example";
    }

    @Override
    public double[] validityBox() {
        return BOX.clone();
    }

    /** Mole fraction of TiO2 in quartz from Ti in µg/g. */
    static double moleFraction(double tiPpm) {
        return tiPpm * 1e-6 * MOLAR_RATIO;
    }

    @Override
    double temperature(double pBar, double[] v, int o) {
        double p = pBar / 1000;
        return (-55.287 + p * (-2.625 + 0.0403 * p))
                / (R_KJ * (Math.log(moleFraction(ppm(v, o))) - Math.log(aTiO2)));
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }
}
