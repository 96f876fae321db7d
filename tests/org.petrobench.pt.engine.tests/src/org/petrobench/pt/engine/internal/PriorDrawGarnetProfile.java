package org.petrobench.pt.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.path.ZoningProfile;

/**
 * Test generator, independent of the inverter (shares no engine class): a garnet grown along a P–T
 * path drawn from the MRF prior itself (PT.md §7 T7: P_1 = 6 kbar, T_1 = 540 °C plus independent
 * Gaussian steps per spacing), so that a calibrated 95 % band covers the truth at 95 % of the points
 * on average over draws. Garnet Mg/Fe from Ferry &amp; Spear (1978, eq. 7) with matrix biotite
 * Mg/Fe = 0.6 (XMg + XFe = 0.8), X_grs from the GASP kyanite line with plagioclase X_an = 0.30 (both
 * written out in {@link SyntheticGarnetProfile}), X_sps = 0.02 + 0.13(1−s)²; biotite and plagioclase
 * are measured at every point; Gaussian noise σ_X on every mole fraction, and optionally
 * {@code <variable>_sd} = σ_X columns (the analytical 1σ, PT.md §5.2). Seeded.
 */
final class PriorDrawGarnetProfile {

    final int n;
    final double[] pKbar;
    final double[] tK;
    final ZoningProfile profile;

    /**
     * @param n            points, 10 µm apart
     * @param stepSdP      prior sd of one P step [kbar]
     * @param stepSdT      prior sd of one T step [K]
     * @param noise        σ_X on every mole fraction
     * @param analyticalSd true to add {@code _sd} columns = σ_X
     * @param seed         random seed
     */
    PriorDrawGarnetProfile(int n, double stepSdP, double stepSdT, double noise, boolean analyticalSd, long seed) {
        this.n = n;
        Random rnd = new Random(seed);
        pKbar = new double[n];
        tK = new double[n];
        double[] distance = new double[n];
        pKbar[0] = 6;
        tK[0] = 540 + 273.15;
        for (int k = 1; k < n; k++) {
            pKbar[k] = pKbar[k - 1] + stepSdP * rnd.nextGaussian();
            tK[k] = tK[k - 1] + stepSdT * rnd.nextGaussian();
        }
        String[] names = { "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps", "Bt.XMg", "Bt.XFe", "Pl.Xan" };
        double[][] col = new double[names.length][n];
        for (int k = 0; k < n; k++) {
            double s = n > 1 ? k / (n - 1.0) : 0;
            distance[k] = 10.0 * k;
            double pBar = 1000 * pKbar[k];
            // Ferry & Spear (1978) eq. 7, cal with R = 1.987: 12454 − 4.662 T + 0.057 P + 3RT ln K_D = 0
            double lnKd = -(12454 - 4.662 * tK[k] + 0.057 * pBar) / (3 * 1.987 * tK[k]);
            double mgFe = Math.exp(lnKd) * SyntheticGarnetProfile.BT_XMG / SyntheticGarnetProfile.BT_XFE;
            double xMg = mgFe / (1 + mgFe);
            double xGrs = SyntheticGarnetProfile.grossular(pBar, tK[k], xMg);
            double xSps = 0.02 + 0.13 * (1 - s) * (1 - s);
            double xPrp = xMg * (1 - xSps - xGrs);
            double xAlm = 1 - xSps - xGrs - xPrp;
            double[] v = { xAlm, xPrp, xGrs, xSps, SyntheticGarnetProfile.BT_XMG, SyntheticGarnetProfile.BT_XFE,
                    SyntheticGarnetProfile.PL_XAN };
            for (int c = 0; c < names.length; c++) {
                col[c][k] = Math.min(1, Math.max(1e-4, v[c] + noise * rnd.nextGaussian()));
            }
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            m.put(names[c], col[c]);
        }
        if (analyticalSd) {
            for (String name : names) {
                double[] sd = new double[n];
                java.util.Arrays.fill(sd, noise);
                m.put(name + "_sd", sd);
            }
        }
        profile = new ZoningProfile("prior draw", distance, new CompositionTable(n, m));
    }

    /**
     * The same profile with the inclusion phases (biotite, plagioclase and their sd columns) blank at
     * rows {@code from}..{@code to} (inclusive, 0-based): no model is defined there, so those points
     * carry only the prior (PT.md §5.1, §5.6 "Gaps"). The garnet columns are kept.
     */
    ZoningProfile withInclusionGap(int from, int to) {
        CompositionTable x = profile.compositions();
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String v : x.variables()) {
            double[] c = x.column(v);
            if (v.startsWith("Bt.") || v.startsWith("Pl.")) {
                for (int k = from; k <= to; k++) {
                    c[k] = Double.NaN;
                }
            }
            m.put(v, c);
        }
        return new ZoningProfile("prior draw, inclusion gap " + from + "–" + to, profile.distanceUm(), new CompositionTable(n, m));
    }
}
