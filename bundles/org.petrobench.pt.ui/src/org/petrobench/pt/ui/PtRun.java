package org.petrobench.pt.ui;

import java.util.List;

import org.petrobench.core.Diagnostics;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.SmcSettings;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.pointwise.PointEstimate;

/**
 * One finished P-T run: the profile, the models used, the inverter's settings, the path, the
 * point-wise estimates (null where none) and the messages.
 */
public record PtRun(ZoningProfile profile, List<ThermodynamicModel> models, Record settings, PtPath path,
        PointEstimate[] pointwise, Diagnostics diagnostics) {

    private static final double KELVIN = 273.15;

    /** The path in display units. */
    public PathView pathView() {
        int n = path.size();
        double[] tC = new double[n];
        double[] tLo = new double[n];
        double[] tHi = new double[n];
        double[] corr = new double[n];
        for (int k = 0; k < n; k++) {
            tC[k] = path.tK()[k] - KELVIN;
            tLo[k] = path.tLo95()[k] - KELVIN;
            tHi[k] = path.tHi95()[k] - KELVIN;
            double c = path.covPT()[k] / (path.pSd()[k] * path.tSd()[k]);
            corr[k] = Double.isFinite(c) ? c : 0;
        }
        // bands that already hold the calibration part get no outer band (PT.md §5.6)
        boolean included = settings instanceof MrfSettings m && m.includeCalibration();
        double[] none = new double[n];
        java.util.Arrays.fill(none, Double.NaN);
        return new PathView(path.distanceUm(), path.pKbar(), tC, path.pSd(), path.tSd(), corr, path.pLo95(),
                path.pHi95(), tLo, tHi, included ? none : path.pCalibrationSd(),
                included ? none : path.tCalibrationSd(), path.constrained(), path.tRel(), path.tRelLo95(),
                path.tRelHi95());
    }

    /** The point-wise estimates that exist, in display units (bar → kbar, K → °C). */
    public PathView pointwiseView() {
        int m = 0;
        for (PointEstimate e : pointwise) {
            if (e != null) {
                m++;
            }
        }
        double[] d = new double[m];
        double[] p = new double[m];
        double[] t = new double[m];
        double[] ps = new double[m];
        double[] ts = new double[m];
        double[] corr = new double[m];
        double[] nan = new double[m];
        java.util.Arrays.fill(nan, Double.NaN);
        int j = 0;
        for (PointEstimate e : pointwise) {
            if (e == null) {
                continue;
            }
            d[j] = profile.distanceUm()[e.row()];
            p[j] = e.pBar() / 1000;
            t[j] = e.tK() - KELVIN;
            ps[j] = e.pSd() / 1000;
            ts[j] = e.tSd();
            corr[j] = Double.isFinite(e.correlation()) ? e.correlation() : 0;
            j++;
        }
        return new PathView(d, p, t, ps, ts, corr, nan, nan, nan, nan, nan, nan, null, null, null, null);
    }

    /** Where each used model is defined along the profile. */
    public ModelCoverage coverage() {
        return ModelCoverage.of(profile, models);
    }

    /** The standardised residuals of every model at the path (PT.md §8 diagnostics). */
    public List<StandardisedResiduals.Channel> residuals() {
        return StandardisedResiduals.of(profile, models, path);
    }

    /** The SMC growth law behind relative time ("linear", "arrhenius"), or null when the settings are not SMC's. */
    public String growthLaw() {
        return settings instanceof SmcSettings s ? s.growthLaw() : null;
    }
}
