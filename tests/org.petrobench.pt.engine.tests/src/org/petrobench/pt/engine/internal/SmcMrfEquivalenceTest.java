package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.SmcSettings;

/**
 * PT.md §7 T12: with the same prior (fixed step sds s, α = s⁻²) and the same noise σ_m, the SMC
 * smoother and the MRF Laplace posterior describe the same posterior: mean over points of
 * |mean_SMC − MAP|/sd_MRF and the mean sd ratio. N = 5000 (PT.md), M = 300 (PT.md: 500; runtime), one dataset of
 * {@link SyntheticGarnetProfile} (n = 80, σ_X = 0.005).
 * <p>
 * PT.md asks ≤ 0.35 and [0.8, 1.2] (asserted). Measured 0.05–0.08 and 0.99–1.00 (P and T); before the
 * Laplace-guided smoothing pass ({@link ParticleFilter#runGuided}) the bootstrap FFBSi gave 0.46
 * and 0.93 here, and the thresholds had been relaxed to ≤ 0.6.
 */
class SmcMrfEquivalenceTest {

    @Test
    void smcMatchesTheLaplacePosteriorAtTheSameHyperparameters() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(80, 0.005, 1.0, 7);
        List<ThermodynamicModel> models = BuiltInModels.fs78AndGaspKy();
        double sP = 0.11;
        double sT = 3.8;
        SmcSettings s = SmcSettings.defaults().withParticles(5000, 11).withTrajectories(300).withFixedStepSd(sP, sT);
        PtPath smc = new SmcInverter().invert(syn.profile, models, s, Monitor.silent(), new Diagnostics());

        MrfSettings b = MrfSettings.defaults();
        MrfInverter.Setup su = MrfInverter.Setup.of(syn.profile, models, b.boxPMin(), b.boxPMax(), b.boxTMin(), b.boxTMax(),
                new Diagnostics());
        MrfProblem pr = su.problem();
        pr.sigma2[0] = Math.pow(smc.hyperparameters().value("sigma_grt-bt-fs1978"), 2);
        pr.sigma2[1] = Math.pow(smc.hyperparameters().value("sigma_gasp-kn1988"), 2);
        MapFit fit = new MapFit(pr);
        double[] th = su.initialPath().clone();
        double aP = 1 / (sP * sP);
        double aT = 1 / (sT * sT);
        fit.fit(th, aP, aT);
        fit.laplace(th, aP, aT);
        double dz = 0;
        double rp = 0;
        double rt = 0;
        for (int k = 0; k < 80; k++) {
            double sdP = Math.sqrt(fit.sigmaDiag[4 * k]);
            double sdT = Math.sqrt(fit.sigmaDiag[4 * k + 3]);
            dz += (Math.abs(smc.pKbar()[k] - th[2 * k]) / sdP + Math.abs(smc.tK()[k] - th[2 * k + 1]) / sdT) / 160;
            rp += smc.pSd()[k] / sdP / 80;
            rt += smc.tSd()[k] / sdT / 80;
        }
        System.out.println(String.format(Locale.ROOT, "T12: mean |mean_SMC - MAP|/sd_MRF %.3f; sd ratio P %.3f, T %.3f", dz,
                rp, rt));
        assertTrue(dz <= 0.35, "T12 mean standardised distance " + dz);
        assertTrue(rp >= 0.8 && rp <= 1.2 && rt >= 0.8 && rt <= 1.2, "T12 sd ratios " + rp + ", " + rt);
    }
}
