package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.path.McmcSummary;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;

/**
 * PT.md §7 T9 and the "Laplace bands agree with the MCMC bands within 20 %": on a synthetic
 * profile (all inclusions, σ_X 0.005) with the built-in models, the Metropolis-within-Gibbs check at
 * η̂ (S = 20000) against the plug-in Laplace bands at η̂: median sd ratio and median 95 %-band width
 * ratio within [0.8, 1.2], median |mean − MAP|/sd ≤ 0.3, split-R̂ ≤ 1.05.
 */
class McmcLaplaceTest {

    @Test
    void laplaceBandsAgreeWithMcmc() throws DataException {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(40, 0.005, 1.0, 11);
        MrfSettings s = MrfSettings.defaults().withBands(MrfSettings.BANDS_PLUGIN).withSamples(20_000, 3);
        PtPath path = new MrfInverter().invert(syn.profile, BuiltInModels.fs78AndGaspKy(), s, Monitor.silent(),
                new Diagnostics());
        McmcSummary m = path.mcmc();
        int n = path.size();
        double[] sdRatio = new double[2 * n];
        double[] widthRatio = new double[2 * n];
        double[] shift = new double[2 * n];
        for (int k = 0; k < n; k++) {
            sdRatio[2 * k] = path.pSd()[k] / m.pSd()[k];
            sdRatio[2 * k + 1] = path.tSd()[k] / m.tSd()[k];
            widthRatio[2 * k] = (path.pHi95()[k] - path.pLo95()[k]) / (m.pHi95()[k] - m.pLo95()[k]);
            widthRatio[2 * k + 1] = (path.tHi95()[k] - path.tLo95()[k]) / (m.tHi95()[k] - m.tLo95()[k]);
            shift[2 * k] = Math.abs(m.pMean()[k] - path.pKbar()[k]) / m.pSd()[k];
            shift[2 * k + 1] = Math.abs(m.tMean()[k] - path.tK()[k]) / m.tSd()[k];
        }
        double sd = median(sdRatio);
        double width = median(widthRatio);
        double sh = median(shift);
        System.out.println(String.format(Locale.ROOT,
                "MCMC check: median Laplace/MCMC sd ratio %.3f, 95%% width ratio %.3f, median |mean-MAP|/sd %.3f, "
                        + "max split-Rhat %.4f, min ESS %.0f, acceptance %.2f",
                sd, width, sh, m.maxRhat(), m.minEss(), m.meanAcceptance()));
        assertTrue(sd >= 0.8 && sd <= 1.2, "sd ratio " + sd);
        assertTrue(width >= 0.8 && width <= 1.2, "band width ratio " + width);
        assertTrue(sh <= 0.3, "mean shift " + sh);
        assertTrue(m.maxRhat() <= 1.05, "split-Rhat " + m.maxRhat());
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : 0.5 * (c[c.length / 2 - 1] + c[c.length / 2]);
    }
}
