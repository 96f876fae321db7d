package org.petrobench.pt.engine.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.petrobench.core.Monitor;
import org.petrobench.pt.path.McmcSummary;

/**
 * The MCMC check of PT.md §5.6: Metropolis-within-Gibbs over single sites at fixed η = η̂.
 * The conditional of θ_k is 2-D; its local energy holds the likelihood terms at k, the two prior
 * terms containing θ_k and K_0 at k = 1. Proposal θ'_k = θ_k + c·L_k z with L_k L_kᵀ = Σ_k (the
 * Laplace block), c₀ = 2.38/√2, adapted per site during burn-in towards 25–45 % acceptance
 * (Decision: every 100 sweeps, c ×0.75 below 25 %, ×1.3 above 45 %), then frozen; proposals
 * outside the box are rejected. Two chains from θ̂ ± 2 sd, sweeps alternating direction, burn-in
 * max(1000, S/2), then S sweeps. Split-R̂ over the four half-chains; ESS from the chains'
 * autocorrelation (Geyer's initial positive sequence). Decision: each chain keeps at most
 * {@value #KEEP} thinned draws per site for quantiles and diagnostics. The chains use independent
 * streams derived from the seed and run in parallel, so results do not depend on the thread count.
 */
final class GibbsSampler {

    static final int KEEP = 4000;
    private static final int ADAPT_EVERY = 100;

    private final MrfProblem pr;
    private final double alphaP;
    private final double alphaT;
    private final double[] thetaHat;
    /** Cholesky factor of the Laplace block per site: {l00, l10, l11}. */
    private final double[] chol;
    private final double[] sd;
    /** Per site: term indices and positions within the term. */
    private final int[][] siteTerm;
    private final int[][] sitePos;

    GibbsSampler(MrfProblem problem, double alphaP, double alphaT, double[] thetaHat, double[] sigmaDiag) {
        this.pr = problem;
        this.alphaP = alphaP;
        this.alphaT = alphaT;
        this.thetaHat = thetaHat.clone();
        int n = problem.n;
        chol = new double[3 * n];
        sd = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double a = sigmaDiag[4 * k];
            double b = sigmaDiag[4 * k + 1];
            double c = sigmaDiag[4 * k + 3];
            double l00 = Math.sqrt(a);
            double l10 = b / l00;
            chol[3 * k] = l00;
            chol[3 * k + 1] = l10;
            chol[3 * k + 2] = Math.sqrt(Math.max(c - l10 * l10, 1e-30 * c));
            sd[2 * k] = Math.sqrt(a);
            sd[2 * k + 1] = Math.sqrt(c);
        }
        int[] count = new int[n];
        for (ModelTerm t : problem.terms) {
            for (int k : t.rows) {
                count[k]++;
            }
        }
        siteTerm = new int[n][];
        sitePos = new int[n][];
        for (int k = 0; k < n; k++) {
            siteTerm[k] = new int[count[k]];
            sitePos[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int ti = 0; ti < problem.terms.size(); ti++) {
            ModelTerm t = problem.terms.get(ti);
            for (int i = 0; i < t.rows.length; i++) {
                int k = t.rows[i];
                siteTerm[k][count[k]] = ti;
                sitePos[k][count[k]] = i;
                count[k]++;
            }
        }
    }

    /** Draws of one chain: kept[s][2n] and its acceptance rate after burn-in. */
    private record Chain(double[][] kept, double acceptance) {
    }

    McmcSummary run(int sweeps, long seed, Monitor monitor) {
        int burnIn = Math.max(1000, sweeps / 2);
        Chain[] chains = IntStream.range(0, 2).parallel()
                .mapToObj(c -> chain(c == 0 ? 2 : -2, sweeps, burnIn, new SplittableRandom(seed * 1_000_003L + 17 * c + 1),
                        monitor))
                .toArray(Chain[]::new);
        int n = pr.n;
        double[][] out = new double[14][n];
        for (int k = 0; k < n; k++) {
            for (int v = 0; v < 2; v++) {
                double[][] seqs = new double[2][];
                for (int c = 0; c < 2; c++) {
                    double[][] kept = chains[c].kept;
                    double[] s = new double[kept.length];
                    for (int i = 0; i < kept.length; i++) {
                        s[i] = kept[i][2 * k + v];
                    }
                    seqs[c] = s;
                }
                double[] pooled = new double[seqs[0].length + seqs[1].length];
                System.arraycopy(seqs[0], 0, pooled, 0, seqs[0].length);
                System.arraycopy(seqs[1], 0, pooled, seqs[0].length, seqs[1].length);
                double mean = Arrays.stream(pooled).average().orElse(Double.NaN);
                double var = 0;
                for (double x : pooled) {
                    var += (x - mean) * (x - mean);
                }
                var /= pooled.length - 1;
                Arrays.sort(pooled);
                int o = v * 7;
                out[o][k] = mean;
                out[o + 1][k] = Math.sqrt(var);
                out[o + 2][k] = quantile(pooled, 0.025);
                out[o + 3][k] = quantile(pooled, 0.975);
                out[o + 4][k] = splitRhat(seqs);
                out[o + 5][k] = ess(seqs);
            }
        }
        double acc = 0.5 * (chains[0].acceptance + chains[1].acceptance);
        return new McmcSummary(sweeps, burnIn, out[0], out[1], out[2], out[3], out[7], out[8], out[9], out[10], out[4],
                out[11], out[5], out[12], acc);
    }

    private Chain chain(double offsetSd, int sweeps, int burnIn, SplittableRandom rng, Monitor monitor) {
        int n = pr.n;
        double[] th = thetaHat.clone();
        for (int i = 0; i < 2 * n; i++) {
            th[i] += offsetSd * sd[i];
        }
        pr.clip(th);
        double[] scale = new double[n];
        Arrays.fill(scale, 2.38 / Math.sqrt(2));
        int[] accepted = new int[n];
        int[] tried = new int[n];
        Evaluator ev = new Evaluator();
        int thin = Math.max(1, sweeps / KEEP);
        double[][] kept = new double[sweeps / thin][];
        long acc = 0;
        long total = 0;
        for (int s = 0; s < burnIn + sweeps; s++) {
            if ((s & 255) == 0) {
                monitor.checkCanceled();
            }
            boolean forward = s % 2 == 0;
            for (int j = 0; j < n; j++) {
                int k = forward ? j : n - 1 - j;
                double z0 = rng.nextGaussian();
                double z1 = rng.nextGaussian();
                double c = scale[k];
                double p = th[2 * k] + c * chol[3 * k] * z0;
                double t = th[2 * k + 1] + c * (chol[3 * k + 1] * z0 + chol[3 * k + 2] * z1);
                boolean ok = false;
                if (p >= pr.box[0] && p <= pr.box[1] && t >= pr.box[2] && t <= pr.box[3]) {
                    double e0 = ev.localEnergy(k, th[2 * k], th[2 * k + 1], th);
                    double e1 = ev.localEnergy(k, p, t, th);
                    ok = e1 <= e0 || rng.nextDouble() < Math.exp(e0 - e1);
                }
                if (ok) {
                    th[2 * k] = p;
                    th[2 * k + 1] = t;
                }
                if (s < burnIn) {
                    tried[k]++;
                    accepted[k] += ok ? 1 : 0;
                    if (tried[k] == ADAPT_EVERY) {
                        double rate = accepted[k] / (double) ADAPT_EVERY;
                        scale[k] *= rate < 0.25 ? 0.75 : rate > 0.45 ? 1.3 : 1;
                        tried[k] = 0;
                        accepted[k] = 0;
                    }
                } else {
                    total++;
                    acc += ok ? 1 : 0;
                }
            }
            int after = s - burnIn;
            if (after >= 0 && (after + 1) % thin == 0 && after / thin < kept.length) {
                kept[after / thin] = th.clone();
            }
        }
        return new Chain(kept, acc / (double) Math.max(1, total));
    }

    /** Local energy of one site with per-chain buffers. */
    private final class Evaluator {
        private final double[] p1 = new double[1];
        private final double[] t1 = new double[1];
        private final int[] r1 = new int[1];
        private final double[][] f;

        Evaluator() {
            f = new double[pr.terms.size()][];
            for (int i = 0; i < f.length; i++) {
                f[i] = new double[pr.terms.get(i).d];
            }
        }

        double localEnergy(int k, double p, double t, double[] th) {
            double e = 0;
            int[] terms = siteTerm[k];
            for (int j = 0; j < terms.length; j++) {
                ModelTerm term = pr.terms.get(terms[j]);
                p1[0] = 1000 * p;
                t1[0] = t;
                r1[0] = k;
                double[] fv = f[terms[j]];
                term.model.residuals(p1, t1, term.x, r1, fv);
                for (int r = 0; r < term.d; r++) {
                    double v = pr.variance(term, sitePos[k][j] * term.d + r);
                    e += fv[r] * fv[r] / v;
                }
            }
            if (!Double.isFinite(e)) {
                return Double.POSITIVE_INFINITY;
            }
            if (k > 0) {
                double dp = p - th[2 * k - 2];
                double dt = t - th[2 * k - 1];
                e += (alphaP * dp * dp + alphaT * dt * dt) / pr.h[k - 1];
            } else {
                double a = p - pr.mu0[0];
                double b = t - pr.mu0[1];
                e += pr.k0[0] * a * a + pr.k0[1] * b * b;
            }
            if (k < pr.n - 1) {
                double dp = th[2 * k + 2] - p;
                double dt = th[2 * k + 3] - t;
                e += (alphaP * dp * dp + alphaT * dt * dt) / pr.h[k];
            }
            return 0.5 * e;
        }
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    /** Split-R̂ (Gelman et al. 2013, BDA3 §11.4) over the halves of the chains. */
    static double splitRhat(double[][] chains) {
        int half = chains[0].length / 2;
        int m = 2 * chains.length;
        double[] means = new double[m];
        double[] vars = new double[m];
        int idx = 0;
        for (double[] c : chains) {
            for (int hh = 0; hh < 2; hh++, idx++) {
                double mu = 0;
                for (int i = 0; i < half; i++) {
                    mu += c[hh * half + i];
                }
                mu /= half;
                double v = 0;
                for (int i = 0; i < half; i++) {
                    double dv = c[hh * half + i] - mu;
                    v += dv * dv;
                }
                means[idx] = mu;
                vars[idx] = v / (half - 1);
            }
        }
        double w = Arrays.stream(vars).average().orElse(Double.NaN);
        double grand = Arrays.stream(means).average().orElse(Double.NaN);
        double b = 0;
        for (double mu : means) {
            b += (mu - grand) * (mu - grand);
        }
        b *= half / (double) (m - 1);
        double varPlus = (half - 1.0) / half * w + b / half;
        return w > 0 ? Math.sqrt(varPlus / w) : Double.NaN;
    }

    /** Effective sample size with Geyer's initial positive sequence on the chain-averaged autocorrelation. */
    static double ess(double[][] chains) {
        int len = chains[0].length;
        int m = chains.length;
        double[] mean = new double[m];
        double var = 0;
        for (int c = 0; c < m; c++) {
            mean[c] = Arrays.stream(chains[c]).average().orElse(0);
            for (double x : chains[c]) {
                var += (x - mean[c]) * (x - mean[c]);
            }
        }
        var /= m * len;
        if (!(var > 0)) {
            return Double.NaN;
        }
        double tau = -1;
        for (int i = 0; 2 * i + 1 < len / 2; i++) {
            double g = (i == 0 ? 1 : rho(chains, mean, var, 2 * i)) + rho(chains, mean, var, 2 * i + 1);
            if (g < 0) {
                break;
            }
            tau += 2 * g;
        }
        return m * len / tau;
    }

    private static double rho(double[][] chains, double[] mean, double var, int lag) {
        int len = chains[0].length;
        double s = 0;
        for (int c = 0; c < chains.length; c++) {
            double[] x = chains[c];
            for (int i = 0; i + lag < len; i++) {
                s += (x[i] - mean[c]) * (x[i + lag] - mean[c]);
            }
        }
        return s / (chains.length * len * var);
    }
}
