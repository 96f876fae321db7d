package org.petrobench.pt.model.thermobarometry.internal;

import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XSPS;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Garnet–clinopyroxene thermometer of Krogh Ravna (2000; PT.md §3.3) [V]:
 * T = [1939.9 + 3270 X_Ca − 1396 X_Ca² + 3319 X_Mn − 3535 X_Mn² + 1105 X_Mg# − 3561 X_Mg#²
 * + 2324 X_Mg#³ + 169.4 P_GPa] / (ln K_D + 1.223), T in K; X_Mn = Grt.Xsps, X_Mg# = garnet
 * Mg/(Mg+Fe²⁺). σ_cal = 50 K (Decision: the quoted ±100 °C read as 2σ). Valid 0.7–6 GPa.
 */
@Component(service = ThermodynamicModel.class)
public final class GrtCpxKr2000 extends GarnetClinopyroxene {

    private static final double[] BOX = box(7, 60, Double.NaN, Double.NaN);
    private static final double SD_K = 50;
    private static final List<String> REQUIRES = exchangeVariables(GRT_XSPS);

    private final int xSps;

    public GrtCpxKr2000() {
        this(Map.of());
    }

    private GrtCpxKr2000(Map<String, Object> values) {
        super(values);
        xSps = slot(GRT_XSPS);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GrtCpxKr2000(values);
    }

    @Override
    public String id() {
        return "grt-cpx-kr2000";
    }

    @Override
    public String name() {
        return "Garnet-clinopyroxene Fe-Mg thermometer (Krogh Ravna 2000)";
    }

    @Override
    public String reference() {
        return "Krogh Ravna E. (2000) The garnet-clinopyroxene Fe2+-Mg geothermometer: an updated calibration. "
                + "J. Metamorph. Geol. 18:211, doi:10.1046/j.1525-1314.2000.00247.x";
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
        double ca = v[o + xGrs];
        double mn = v[o + xSps];
        double mg = garnetXMg(v, o);
        double num = 1939.9 + 3270 * ca - 1396 * ca * ca + 3319 * mn - 3535 * mn * mn + 1105 * mg - 3561 * mg * mg
                + 2324 * mg * mg * mg + 169.4 * pBar / 10000;
        return num / (lnKd(v, o) + 1.223);
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_K;
    }
}
