package org.petrobench.pt.engine.internal;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.SmcSettings;

class SmcScratchTest {
    @Test
    void look() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(80, 0.005, 1.0, 1);
        Diagnostics d = new Diagnostics();
        long t0 = System.nanoTime();
        SmcInverter.Outcome o = new SmcInverter().run(syn.profile, BuiltInModels.fs78AndGaspKy(), SmcSettings.defaults().withParticles(Integer.getInteger("smcN",2000),1).withTrajectories(Integer.getInteger("smcM",500)), Monitor.silent(), d);
        System.out.println("time " + (System.nanoTime() - t0) / 1e9 + " " + d.warnings());
        PtPath mrf = new MrfInverter().invert(syn.profile, BuiltInModels.fs78AndGaspKy(), MrfSettings.defaults(), Monitor.silent(), new Diagnostics());
        PtPath p = o.path();
        MrfSettings b = MrfSettings.defaults();
        MrfInverter.Setup su = MrfInverter.Setup.of(syn.profile, BuiltInModels.fs78AndGaspKy(), b.boxPMin(), b.boxPMax(), b.boxTMin(), b.boxTMax(), new Diagnostics());
        MrfProblem pr = su.problem();
        pr.sigma2[0] = Math.pow(p.hyperparameters().value("sigma_grt-bt-fs1978"), 2);
        pr.sigma2[1] = Math.pow(p.hyperparameters().value("sigma_gasp-kn1988"), 2);
        MapFit fit = new MapFit(pr);
        double[] th = su.initialPath().clone();
        double aP = 1 / (o.stepSdP() * o.stepSdP()), aT = 1 / (o.stepSdT() * o.stepSdT());
        fit.fit(th, aP, aT);
        fit.laplace(th, aP, aT);
        double dz = 0, rp = 0, rt = 0;
        for (int k = 0; k < 80; k++) {
            double sp = Math.sqrt(fit.sigmaDiag[4 * k]), st = Math.sqrt(fit.sigmaDiag[4 * k + 3]);
            dz += (Math.abs(p.pKbar()[k] - th[2 * k]) / sp + Math.abs(p.tK()[k] - th[2 * k + 1]) / st) / 160;
            rp += p.pSd()[k] / sp / 80; rt += p.tSd()[k] / st / 80;
        }
        System.out.println("T12-like: mean |d|/sd " + dz + " sd ratio P " + rp + " T " + rt);
        for (var h : p.hyperparameters().rows()) System.out.println(h);
        for (var h : mrf.hyperparameters().rows()) System.out.println(h);
        for (int k = 0; k < 80; k += 3) {
            System.out.println(String.format(Locale.ROOT, "%2d P %.2f smc %.2f±%.2f mrf %.2f±%.2f | T %.1f smc %.1f±%.1f mrf %.1f±%.1f filt %.1f",
                k, syn.pKbar[k], p.pKbar()[k], p.pSd()[k], mrf.pKbar()[k], mrf.pSd()[k], syn.tK[k], p.tK()[k], p.tSd()[k], mrf.tK()[k], mrf.tSd()[k], o.filterMean()[2*k+1]));
        }
    }
}
