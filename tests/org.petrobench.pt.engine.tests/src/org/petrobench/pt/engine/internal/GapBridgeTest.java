package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.ZoningProfile;

/**
 * PT.md §7 T8 (first part) on a linear-Gaussian toy (f = θ − x, two observed points a &lt; b, uneven
 * spacing): between a and b the MAP is linear in distance and the variance equals the Brownian
 * bridge formula of PT.md §5.6, Var[P_k] = (D_k−D_a)(D_b−D_k)/((D_b−D_a) α_P) + (1−λ)²Σ_aa + λ²Σ_bb
 * + 2λ(1−λ)Σ_ab; beyond b it grows as Σ_bb + (D_k − D_b)/α_P. Σ_aa, Σ_bb, Σ_ab come from a dense
 * inverse of the P-chain precision built here, independently of the engine.
 */
class GapBridgeTest {

    @Test
    void gapsFollowTheBrownianBridge() throws DataException {
        double[] dist = { 0, 7, 15, 30, 38, 52, 60, 71, 85, 90, 104, 120 };
        int n = dist.length;
        int a = 2;
        int b = 8;
        double[] px = new double[n];
        double[] tx = new double[n];
        Arrays.fill(px, Double.NaN);
        Arrays.fill(tx, Double.NaN);
        px[a] = 5200;
        tx[a] = 800;
        px[b] = 7900;
        tx[b] = 870;
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("Toy.P", px);
        cols.put("Toy.T", tx);
        ZoningProfile profile = new ZoningProfile("toy", dist, new CompositionTable(n, cols));
        double stepP = 0.3;
        double stepT = 4;
        MrfSettings s = MrfSettings.defaults().withBands(MrfSettings.BANDS_PLUGIN).withFixedHyperparameters(stepP, stepT, 1);
        PtPath path = new MrfInverter().invert(profile, List.of(new ToyObservation()), s, Monitor.silent(), new Diagnostics());

        double mean = (dist[n - 1] - dist[0]) / (n - 1);
        double[] cum = new double[n]; // D_k = Σ_{i<k} h_i
        for (int k = 1; k < n; k++) {
            cum[k] = cum[k - 1] + (dist[k] - dist[k - 1]) / mean;
        }
        double alphaP = 1 / (stepP * stepP);
        // dense precision of the P chain (kbar): anchor, first differences, two observations
        double[][] q = new double[n][n];
        q[0][0] += MrfInverter.K0[0];
        for (int k = 0; k < n - 1; k++) {
            double w = alphaP / (cum[k + 1] - cum[k]);
            q[k][k] += w;
            q[k + 1][k + 1] += w;
            q[k][k + 1] -= w;
            q[k + 1][k] -= w;
        }
        double obs = 1e6 / (ToyObservation.SD_P_BAR * ToyObservation.SD_P_BAR);
        q[a][a] += obs;
        q[b][b] += obs;
        double[][] cov = BlockTridiagonalTest.inverse(q, new double[1]);

        for (int k = a; k <= b; k++) {
            double lam = (cum[k] - cum[a]) / (cum[b] - cum[a]);
            double linear = (1 - lam) * path.pKbar()[a] + lam * path.pKbar()[b];
            assertEquals(linear, path.pKbar()[k], 1e-9, "MAP linear in the gap at " + k);
            double bridge = (cum[k] - cum[a]) * (cum[b] - cum[k]) / ((cum[b] - cum[a]) * alphaP)
                    + (1 - lam) * (1 - lam) * cov[a][a] + lam * lam * cov[b][b] + 2 * lam * (1 - lam) * cov[a][b];
            double v = path.pSd()[k] * path.pSd()[k];
            assertEquals(bridge, v, 1e-10 * bridge, "bridge variance at " + k);
            assertEquals(cov[k][k], v, 1e-10 * v, "dense variance at " + k);
        }
        for (int k = b + 1; k < n; k++) {
            double v = path.pSd()[k] * path.pSd()[k];
            double grow = cov[b][b] + (cum[k] - cum[b]) / alphaP;
            assertEquals(grow, v, 1e-10 * grow, "beyond the last observation at " + k);
            assertEquals(path.pKbar()[b], path.pKbar()[k], 1e-9, "constant MAP beyond the last observation");
        }
    }
}
