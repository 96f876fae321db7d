package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/**
 * Recovery of a known clockwise path from synthetic garnet profiles ({@link SyntheticGarnetProfile},
 * independent of the inverter; n = 80, σ_X = 0.005) with the real built-in models grt-bt-fs1978 +
 * gasp-kn1988 (ky), default settings (type-II ML hyperparameters, integrated bands).
 * <p>
 * Acceptance (issue #5): RMSE T ≤ 25 K and P ≤ 1 kbar with inclusions at every point; ≤ 40 K and
 * 1.5 kbar with inclusions at 25 % of the points; 95 % bands covering the truth at 80–100 % of the
 * points (mean over datasets, as PT.md §7 defines coverage); the path beats point-wise
 * thermobarometry (lower RMSE at the points where point-wise estimates exist, every dataset with
 * all inclusions, pooled over datasets with 25 %). With all inclusions also PT.md §7 T4's ratio
 * RMSE point-wise / RMSE MRF ≥ 2.
 * <p>
 * The 25 % datasets carry analytical sd columns (σ_X, PT.md §5.2): without them the barometer's
 * noise hyperparameter is at its floor and the mean coverage falls to ≈ 0.77 on these data (see
 * the report); with them the likelihood weights are known and coverage is ≈ 0.85.
 */
class MrfRecoveryTest {

    record Outcome(double rmseP, double rmseT, double coverP, double coverT, double pwP, double pwT, double mrfAtPwP,
            double mrfAtPwT, int pwPoints) {
    }

    static Outcome run(int n, double noise, double share, long seed, boolean sd) throws DataException {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(n, noise, share, seed, sd);
        List<ThermodynamicModel> models = BuiltInModels.fs78AndGaspKy();
        PtPath path = new MrfInverter().invert(syn.profile, models, MrfSettings.defaults(), Monitor.silent(), new Diagnostics());
        int cp = 0;
        int ct = 0;
        for (int k = 0; k < n; k++) {
            cp += syn.pKbar[k] >= path.pLo95()[k] && syn.pKbar[k] <= path.pHi95()[k] ? 1 : 0;
            ct += syn.tK[k] >= path.tLo95()[k] && syn.tK[k] <= path.tHi95()[k] ? 1 : 0;
        }
        PointEstimate[] pw = new PointwiseThermobarometry(models).estimateAll(syn.profile.compositions(), Monitor.silent());
        double sp = 0;
        double st = 0;
        double mp = 0;
        double mt = 0;
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (pw[k] != null) {
                sp += Math.pow(pw[k].pBar() / 1000 - syn.pKbar[k], 2);
                st += Math.pow(pw[k].tK() - syn.tK[k], 2);
                mp += Math.pow(path.pKbar()[k] - syn.pKbar[k], 2);
                mt += Math.pow(path.tK()[k] - syn.tK[k], 2);
                m++;
            }
        }
        Outcome o = new Outcome(syn.rmseP(path.pKbar()), syn.rmseT(path.tK()), cp / (double) n, ct / (double) n,
                Math.sqrt(sp / m), Math.sqrt(st / m), Math.sqrt(mp / m), Math.sqrt(mt / m), m);
        System.out.println(String.format(Locale.ROOT,
                "n=%d σX=%.3f inclusions=%.2f seed=%d sd-columns=%s: MRF RMSE P %.3f kbar, T %.2f K; coverage P %.2f, T %.2f; "
                        + "at the %d point-wise rows: point-wise P %.3f T %.2f vs MRF P %.3f T %.2f",
                n, noise, share, seed, sd, o.rmseP, o.rmseT, o.coverP, o.coverT, m, o.pwP, o.pwT, o.mrfAtPwP, o.mrfAtPwT));
        return o;
    }

    @Test
    void inclusionsAtEveryPoint() throws DataException {
        int sets = 5;
        double cover = 0;
        for (long seed = 1; seed <= sets; seed++) {
            Outcome o = run(80, 0.005, 1.0, seed, false);
            assertTrue(o.rmseT <= 25 && o.rmseP <= 1.0, "RMSE " + o);
            assertTrue(o.pwP >= 2 * o.mrfAtPwP && o.pwT >= 2 * o.mrfAtPwT, "point-wise RMSE must be ≥ 2× the MRF's " + o);
            cover += (o.coverP + o.coverT) / 2 / sets;
        }
        assertTrue(cover >= 0.8, "mean 95 % coverage " + cover);
    }

    @Test
    void inclusionsAtAQuarterOfThePoints() throws DataException {
        int sets = 8;
        double cover = 0;
        double pwP = 0;
        double pwT = 0;
        double mrfP = 0;
        double mrfT = 0;
        for (long seed = 1; seed <= sets; seed++) {
            Outcome o = run(80, 0.005, 0.25, seed, true);
            assertTrue(o.rmseT <= 40 && o.rmseP <= 1.5, "RMSE " + o);
            cover += (o.coverP + o.coverT) / 2 / sets;
            pwP += o.pwP * o.pwP;
            pwT += o.pwT * o.pwT;
            mrfP += o.mrfAtPwP * o.mrfAtPwP;
            mrfT += o.mrfAtPwT * o.mrfAtPwT;
        }
        assertTrue(cover >= 0.8, "mean 95 % coverage " + cover);
        assertTrue(pwP > mrfP && pwT > mrfT, "the path must beat point-wise thermobarometry (pooled RMSE)");
    }
}
