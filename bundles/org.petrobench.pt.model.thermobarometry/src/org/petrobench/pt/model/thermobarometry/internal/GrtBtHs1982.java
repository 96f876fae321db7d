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
 * Garnet–biotite thermometer of Hodges &amp; Spear (1982; PT.md §3.1) [V]: Ferry &amp; Spear (1978)
 * with the garnet Ca–Mg non-ideality W = 3300 − 1.5 T (cal) on three sites,
 * T = (12454 + 9900 X_grs + 0.057 P) / (4.662 + 4.5 X_grs − 5.961 ln K_D), T in K, P in bar.
 * <p>
 * Decision (PT.md §3: "as FS78, Ca allowed"): Ca is modelled, so of Ferry &amp; Spear's limit
 * (Ca+Mn)/ΣGrt ≤ 0.20 only Mn/ΣGrt ≤ 0.20 remains (checked when all four end members are given).
 */
@Component(service = ThermodynamicModel.class)
public final class GrtBtHs1982 extends GarnetBiotite {

    private static final double MAX_MN = 0.20;
    private static final List<String> REQUIRES = List.of(GRT_XPRP, GRT_XALM, GRT_XGRS, BT_XMG, BT_XFE);
    private static final List<String> OPTIONAL = List.of(GRT_XSPS, BT_XALVI, BT_XTI);

    private final int xGrs;

    public GrtBtHs1982() {
        this(Map.of());
    }

    private GrtBtHs1982(Map<String, Object> values) {
        super(values);
        xGrs = slot(GRT_XGRS);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GrtBtHs1982(values);
    }

    @Override
    public String id() {
        return "grt-bt-hs1982";
    }

    @Override
    public String name() {
        return "Garnet-biotite Fe-Mg thermometer with garnet Ca correction (Hodges & Spear 1982)";
    }

    @Override
    public String reference() {
        return "Hodges K.V., Spear F.S. (1982) Geothermometry, geobarometry and the Al2SiO5 triple point at "
                + "Mt. Moosilauke, New Hampshire. Am. Mineral. 67:1118-1134";
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
        double grs = v[o + xGrs];
        return (12454 + 9900 * grs + 0.057 * pBar) / (4.662 + 4.5 * grs - THREE_R_CAL * lnKd(v, o));
    }

    @Override
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
        super.compositionRules(pBar, tK, x, row, warnings);
        if (x.defined(GRT_XSPS, row) && garnetFraction(x, row, GRT_XSPS) > MAX_MN) {
            warnings.add(id() + ": garnet Mn/(Fe+Mg+Ca+Mn) above the calibrated 0.20");
        }
    }
}
