package org.petrobench.pt.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.path.ZoningProfile;

/**
 * Test generator, independent of the inverter (shares no engine class): a garnet grown along a
 * clockwise P–T path in equilibrium with fixed biotite and plagioclase, the garnet composition
 * forward-modelled with the equations written out here:
 * <ul>
 * <li>Ferry &amp; Spear (1978, eq. 7): 12454 − 4.662 T + 0.057 P + 3RT ln K_D = 0 (cal, R = 1.987;
 * T in K, P in bar), K_D = (X_prp/X_alm)_Grt/(XMg/XFe)_Bt → garnet Mg/Fe from biotite;</li>
 * <li>GASP, Koziol &amp; Newton (1988) kyanite line P = 22.8 T_C − 1093 − 3R'T ln(a_an/a_grs)/6.594
 * (R' = 8.3143), a_an after Newton et al. (1980), a_grs one-site with W1, W2 of m = 100·XMg (PT.md
 * §3.2) → X_grs from plagioclase by bisection;</li>
 * <li>X_sps = 0.02 + 0.13 (1−s)² (PT.md §7), X_prp = XMg(1 − X_sps − X_grs), X_alm the rest.</li>
 * </ul>
 * Path (PT.md §7): d_k = 10 µm·k, s = k/(n−1), T = 450 + 150 s °C, P = 5 + 4 sin(2πs/3) kbar
 * (clockwise: P peaks at s = 0.75 while T keeps rising). Matrix biotite Mg/Fe = 0.6 with
 * XMg + XFe = 0.8, plagioclase X_an = 0.30 (PT.md §7, T7), written as inclusions at the chosen rows.
 * Gaussian noise σ_X on every mole fraction; seeded.
 */
final class SyntheticGarnetProfile {

    static final double BT_XMG = 0.3;
    static final double BT_XFE = 0.5;
    static final double PL_XAN = 0.30;

    final int n;
    final double[] distance;
    final double[] pKbar;
    final double[] tK;
    final ZoningProfile profile;

    /**
     * @param n              points
     * @param noise          σ_X on every mole fraction
     * @param inclusionShare fraction of the points with Bt and Pl inclusions (1 = all; the rim-most and
     *                       core-most inclusion rows are chosen at random like the rest)
     * @param seed           random seed
     */
    SyntheticGarnetProfile(int n, double noise, double inclusionShare, long seed) {
        this(n, noise, inclusionShare, seed, false);
    }

    /**
     * @param analyticalSd true to add {@code <variable>_sd} columns = σ_X wherever a value is given
     *                     (the analytical 1σ an EPMA profile carries, PT.md §5.2)
     */
    SyntheticGarnetProfile(int n, double noise, double inclusionShare, long seed, boolean analyticalSd) {
        this.n = n;
        distance = new double[n];
        pKbar = new double[n];
        tK = new double[n];
        Random rnd = new Random(seed);
        boolean[] incl = new boolean[n];
        int want = (int) Math.round(inclusionShare * n);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int i = 0; i < want; i++) {
            incl[perm[i]] = true;
        }
        String[] names = { "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps", "Bt.XMg", "Bt.XFe", "Pl.Xan" };
        double[][] col = new double[names.length][n];
        for (int k = 0; k < n; k++) {
            double s = k / (n - 1.0);
            distance[k] = 10.0 * k;
            tK[k] = 450 + 150 * s + 273.15;
            pKbar[k] = 5 + 4 * Math.sin(2 * Math.PI * s / 3);
            double pBar = 1000 * pKbar[k];
            double lnKd = -(12454 - 4.662 * tK[k] + 0.057 * pBar) / (3 * 1.987 * tK[k]);
            double mgFe = Math.exp(lnKd) * BT_XMG / BT_XFE;
            double xMg = mgFe / (1 + mgFe);
            double xGrs = grossular(pBar, tK[k], xMg);
            double xSps = 0.02 + 0.13 * (1 - s) * (1 - s);
            double xPrp = xMg * (1 - xSps - xGrs);
            double xAlm = 1 - xSps - xGrs - xPrp;
            double[] v = { xAlm, xPrp, xGrs, xSps, BT_XMG, BT_XFE, PL_XAN };
            for (int c = 0; c < names.length; c++) {
                boolean blank = c >= 4 && !incl[k];
                col[c][k] = blank ? Double.NaN : clamp(v[c] + noise * rnd.nextGaussian());
            }
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            m.put(names[c], col[c]);
        }
        if (analyticalSd) {
            for (int c = 0; c < names.length; c++) {
                double[] sd = new double[n];
                for (int k = 0; k < n; k++) {
                    sd[k] = Double.isNaN(col[c][k]) ? Double.NaN : noise;
                }
                m.put(names[c] + "_sd", sd);
            }
        }
        profile = new ZoningProfile("synthetic", distance, new CompositionTable(n, m));
    }

    private static double clamp(double x) {
        return Math.min(1, Math.max(1e-4, x));
    }

    /** X_grs such that the GASP kyanite line passes through (P, T), by bisection on [10⁻⁴, 0.6]. */
    static double grossular(double pBar, double tK, double xMg) {
        double tC = tK - 273.15;
        double lnRatio = (22.8 * tC - 1093 - pBar) * 6.594 / (3 * 8.3143 * tK); // ln(a_an/a_grs)
        double q = 1 - PL_XAN;
        double aAn = PL_XAN * (1 + PL_XAN) * (1 + PL_XAN) / 4 * Math.exp(q * q * (2050 + 9392 * PL_XAN) / (1.987 * tK));
        double target = Math.log(aAn) - lnRatio; // ln a_grs
        double lo = 1e-4;
        double hi = 0.6;
        for (int i = 0; i < 80; i++) {
            double mid = 0.5 * (lo + hi);
            if (lnGrossularActivity(mid, xMg, tK) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double lnGrossularActivity(double xGrs, double xMg, double tK) {
        double m = 100 * xMg;
        double w1 = -2060 + 357.4 * m - 4.95 * m * m;
        double w2 = 3391 - 371 * m + 6.49 * m * m;
        double q = 1 - xGrs;
        return Math.log(xGrs) + q * q * (w1 + 2 * xGrs * (w2 - w1)) / (8.3143 * tK);
    }

    /** RMSE of an estimate against the true P (kbar). */
    double rmseP(double[] p) {
        return rmse(p, pKbar);
    }

    /** RMSE of an estimate against the true T (K). */
    double rmseT(double[] t) {
        return rmse(t, tK);
    }

    static double rmse(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s / a.length);
    }
}
