package org.petrobench.pt.model.thermobarometry.internal;

import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XALM;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XGRS;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XPRP;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XSPS;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Garnet–biotite thermometer of Ferry &amp; Spear (1978, eq. 7; PT.md §3.1) [V]:
 * 12454 − 4.662 T + 0.057 P + 3RT ln K_D = 0 (cal, R = 1.987), hence
 * T = (12454 + 0.057 P) / (4.662 − 5.961 ln K_D), T in K, P in bar.
 * Valid for (Ca+Mn)/ΣGrt ≤ 0.20 (checked when Grt.Xgrs and Grt.Xsps are given).
 */
@Component(service = ThermodynamicModel.class)
public final class GrtBtFs1978 extends GarnetBiotite {

    private static final double MAX_CA_MN = 0.20;
    private static final List<String> REQUIRES = List.of(GRT_XPRP, GRT_XALM, BT_XMG, BT_XFE);
    private static final List<String> OPTIONAL = List.of(GRT_XGRS, GRT_XSPS, BT_XALVI, BT_XTI);

    public GrtBtFs1978() {
        this(Map.of());
    }

    private GrtBtFs1978(Map<String, Object> values) {
        super(values);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GrtBtFs1978(values);
    }

    @Override
    public String id() {
        return "grt-bt-fs1978";
    }

    @Override
    public String name() {
        return "Garnet-biotite Fe-Mg thermometer (Ferry & Spear 1978)";
    }

    @Override
    public String reference() {
        return "Ferry J.M., Spear F.S. (1978) Experimental calibration of the partitioning of Fe and Mg between "
                + "biotite and garnet. Contrib. Mineral. Petrol. 66:113-117, doi:10.1007/BF00372150";
    }

    @Override
    public List<String> requires() {
        return REQUIRES;
    }

    @Override
    public List<String> optionalVariables() {
        return OPTIONAL;
    }

    @Override
    double temperature(double pBar, double[] v, int o) {
        return (12454 + 0.057 * pBar) / (4.662 - THREE_R_CAL * lnKd(v, o));
    }

    @Override
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
        super.compositionRules(pBar, tK, x, row, warnings);
        if (x.defined(GRT_XGRS, row) && x.defined(GRT_XSPS, row)
                && garnetFraction(x, row, GRT_XGRS, GRT_XSPS) > MAX_CA_MN) {
            warnings.add(id() + ": garnet (Ca+Mn)/(Fe+Mg+Ca+Mn) above the calibrated 0.20");
        }
    }
}
