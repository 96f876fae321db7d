package org.petrobench.pt.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.path.ZoningProfile;

/**
 * Test generator for calibration checks, independent of the inverter (shares no engine class): the
 * P–T path is a draw from the SMC/MRF prior itself (PT.md §7 T7 generator: P_1 = 6 kbar,
 * T_1 = 540 °C, then Gaussian steps with sds {@code stepP} kbar and {@code stepT} K per 10 µm
 * spacing), so a correct posterior covers the truth with its nominal probability on average. Garnet
 * in equilibrium with matrix biotite (Mg/Fe = 0.6, XMg + XFe = 0.8) and plagioclase (X_an = 0.30)
 * measured at every row, forward-modelled with the equations of {@link SyntheticGarnetProfile}
 * (Ferry &amp; Spear 1978 eq. 7 for garnet Mg/Fe; the GASP kyanite line of Koziol &amp; Newton 1988
 * for X_grs); X_sps = 0.02 + 0.13 (1−s)²; Gaussian noise σ_X on every mole fraction; seeded.
 */
final class RandomWalkGarnetProfile {

    final int n;
    final double[] distance;
    final double[] pKbar;
    final double[] tK;
    final ZoningProfile profile;

    RandomWalkGarnetProfile(int n, double stepP, double stepT, double noise, long seed) {
        this.n = n;
        distance = new double[n];
        pKbar = new double[n];
        tK = new double[n];
        Random rnd = new Random(seed);
        String[] names = { "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps", "Bt.XMg", "Bt.XFe", "Pl.Xan" };
        double[][] col = new double[names.length][n];
        for (int k = 0; k < n; k++) {
            double s = k / (n - 1.0);
            distance[k] = 10.0 * k;
            pKbar[k] = k == 0 ? 6 : pKbar[k - 1] + stepP * rnd.nextGaussian();
            tK[k] = k == 0 ? 540 + 273.15 : tK[k - 1] + stepT * rnd.nextGaussian();
            double pBar = 1000 * pKbar[k];
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
        profile = new ZoningProfile("random-walk", distance, new CompositionTable(n, m));
    }
}
