package org.petrobench.pt.engine.internal;

import java.util.SplittableRandom;

/**
 * Forward filtering, backward simulation (PT.md §6.3; Godsill, Doucet &amp; West 2004, J. Am. Stat.
 * Assoc. 99:156): M trajectories from the stored filter, at k = n by j ∝ w_n^j, then for k = n−1..1
 * by j ∝ w_k^j · N(θ_{k+1}^sel | θ_k^j, diag(s_P², s_T²)·h_k). Cost O(n N M).
 */
final class BackwardSimulation {

    private BackwardSimulation() {
    }

    /**
     * @return trajectories, row-major [m·2n + 2k] = P_k (kbar), [.. + 1] = T_k (K)
     */
    static double[] draw(ParticleFilter f, MrfProblem pr, double sP, double sT, int trajectories, long seed) {
        int n = f.n;
        int nn = f.particles;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[trajectories * 2 * n];
        double[] lw = new double[nn];
        for (int m = 0; m < trajectories; m++) {
            int o = (n - 1) * nn;
            int j = sample(f.w, o, nn, rng.nextDouble());
            int base = m * 2 * n;
            out[base + 2 * (n - 1)] = f.p[o + j];
            out[base + 2 * (n - 1) + 1] = f.t[o + j];
            for (int k = n - 2; k >= 0; k--) {
                double ps = out[base + 2 * (k + 1)];
                double ts = out[base + 2 * (k + 1) + 1];
                double ip = 1 / (sP * sP * pr.h[k]);
                double it = 1 / (sT * sT * pr.h[k]);
                int ok = k * nn;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < nn; i++) {
                    double wi = f.w[ok + i];
                    if (wi > 0) {
                        double dp = ps - f.p[ok + i];
                        double dt = ts - f.t[ok + i];
                        lw[i] = Math.log(wi) - 0.5 * (dp * dp * ip + dt * dt * it);
                        max = Math.max(max, lw[i]);
                    } else {
                        lw[i] = Double.NEGATIVE_INFINITY;
                    }
                }
                double sum = 0;
                for (int i = 0; i < nn; i++) {
                    lw[i] = lw[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lw[i] - max);
                    sum += lw[i];
                }
                double u = rng.nextDouble() * sum;
                double cum = 0;
                int sel = nn - 1;
                for (int i = 0; i < nn; i++) {
                    cum += lw[i];
                    if (cum > u) {
                        sel = i;
                        break;
                    }
                }
                out[base + 2 * k] = f.p[ok + sel];
                out[base + 2 * k + 1] = f.t[ok + sel];
            }
        }
        return out;
    }

    private static int sample(double[] w, int offset, int count, double u) {
        double cum = 0;
        for (int i = 0; i < count; i++) {
            cum += w[offset + i];
            if (cum > u) {
                return i;
            }
        }
        return count - 1;
    }
}
