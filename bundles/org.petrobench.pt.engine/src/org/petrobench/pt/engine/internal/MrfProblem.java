package org.petrobench.pt.engine.internal;

import java.util.List;

/**
 * The MRF posterior of PT.md §5.2–§5.5 for fixed data: unknowns θ_k = (P_k [kbar], T_k [K]),
 * likelihood −log L = ½ Σ_m Σ_{k∈K_m} [f_mk²/v_mk + log(2π v_mk)] with v_mk = σ_an,mk² + σ_m², and
 * the first-difference Gaussian Markov-chain prior
 * ½ Σ_k (θ_{k+1}−θ_k)ᵀ A_k (θ_{k+1}−θ_k) + ½ (θ_1−μ_0)ᵀ K_0 (θ_1−μ_0), A_k = diag(α_P, α_T)/h_k.
 * <p>
 * Noise is per channel (model, residual index); {@code sigma2[c]} = σ_c². Not thread-safe (work
 * arrays); one instance per inversion.
 */
final class MrfProblem {

    final int n;
    /** Spacing weights h_k = (d_{k+1} − d_k)/d̄, length n−1 (Σh = n−1). */
    final double[] h;
    final List<ModelTerm> terms;
    final int channels;
    /** σ_c² per channel. */
    final double[] sigma2;
    /** Lower bound of σ_c² per channel (Decision in {@link MrfInverter}: (0.1 RMS σ_cal)²). */
    final double[] sigma2Floor;
    /** Anchor μ_0 (kbar, K) and precision K_0 (diagonal). */
    final double[] mu0;
    final double[] k0;
    /** Box {pMin, pMax, tMin, tMax} in kbar and K. */
    final double[] box;

    MrfProblem(double[] h, List<ModelTerm> terms, int channels, double[] sigma2, double[] sigma2Floor, double[] mu0,
            double[] k0, double[] box) {
        this.n = h.length + 1;
        this.h = h;
        this.terms = terms;
        this.channels = channels;
        this.sigma2 = sigma2;
        this.sigma2Floor = sigma2Floor;
        this.mu0 = mu0;
        this.k0 = k0;
        this.box = box;
    }

    double variance(ModelTerm t, int q) {
        return t.analyticalVar[q] + sigma2[t.channel0 + q % t.d];
    }

    /** Prior energy (without constants). */
    double priorEnergy(double[] th, double alphaP, double alphaT) {
        double e = 0;
        for (int k = 0; k < n - 1; k++) {
            double dp = th[2 * k + 2] - th[2 * k];
            double dt = th[2 * k + 3] - th[2 * k + 1];
            e += (alphaP * dp * dp + alphaT * dt * dt) / h[k];
        }
        double a = th[0] - mu0[0];
        double b = th[1] - mu0[1];
        e += k0[0] * a * a + k0[1] * b * b;
        return 0.5 * e;
    }

    /** ½ Σ f²/v from the terms' current residuals. */
    double dataEnergy() {
        double e = 0;
        for (ModelTerm t : terms) {
            for (int q = 0; q < t.f.length; q++) {
                e += t.f[q] * t.f[q] / variance(t, q);
            }
        }
        return 0.5 * e;
    }

    /** E(θ) = ½ Σ f²/v + prior; +∞ when a residual is not finite. */
    double energy(double[] th, double alphaP, double alphaT) {
        for (ModelTerm t : terms) {
            if (!t.evaluate(th, false)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return dataEnergy() + priorEnergy(th, alphaP, alphaT);
    }

    /** Evaluates residuals and Jacobians at θ; false if any is not finite. */
    boolean linearise(double[] th) {
        boolean ok = true;
        for (ModelTerm t : terms) {
            ok &= t.evaluate(th, true);
        }
        return ok;
    }

    /**
     * Gauss–Newton Hessian blocks (d: diagonal, b: (k,k+1)) and gradient g at the linearisation
     * point θ (PT.md §5.4), after {@link #linearise}.
     */
    void assemble(double[] th, double alphaP, double alphaT, double[] d, double[] b, double[] g) {
        java.util.Arrays.fill(d, 0);
        java.util.Arrays.fill(b, 0);
        java.util.Arrays.fill(g, 0);
        for (ModelTerm t : terms) {
            for (int i = 0; i < t.size(); i++) {
                int k = t.rows[i];
                for (int r = 0; r < t.d; r++) {
                    int q = i * t.d + r;
                    double w = 1 / variance(t, q);
                    double jp = t.dfdP[q];
                    double jt = t.dfdT[q];
                    d[4 * k] += w * jp * jp;
                    d[4 * k + 1] += w * jp * jt;
                    d[4 * k + 2] += w * jp * jt;
                    d[4 * k + 3] += w * jt * jt;
                    g[2 * k] += w * jp * t.f[q];
                    g[2 * k + 1] += w * jt * t.f[q];
                }
            }
        }
        for (int k = 0; k < n - 1; k++) {
            double ap = alphaP / h[k];
            double at = alphaT / h[k];
            d[4 * k] += ap;
            d[4 * k + 3] += at;
            d[4 * k + 4] += ap;
            d[4 * k + 7] += at;
            b[4 * k] = -ap;
            b[4 * k + 3] = -at;
            double dp = th[2 * k + 2] - th[2 * k];
            double dt = th[2 * k + 3] - th[2 * k + 1];
            g[2 * k] -= ap * dp;
            g[2 * k + 1] -= at * dt;
            g[2 * k + 2] += ap * dp;
            g[2 * k + 3] += at * dt;
        }
        d[0] += k0[0];
        d[3] += k0[1];
        g[0] += k0[0] * (th[0] - mu0[0]);
        g[1] += k0[1] * (th[1] - mu0[1]);
    }

    /** ½ Σ log(2π v) over all likelihood terms. */
    double logNormaliser() {
        double s = 0;
        for (ModelTerm t : terms) {
            for (int q = 0; q < t.f.length; q++) {
                s += Math.log(2 * Math.PI * variance(t, q));
            }
        }
        return 0.5 * s;
    }

    /** log det Q = log det K_0 + (n−1)(log α_P + log α_T) − 2 Σ log h_k (PT.md §5.3). */
    double logDetPrior(double alphaP, double alphaT) {
        double s = Math.log(k0[0]) + Math.log(k0[1]) + (n - 1) * (Math.log(alphaP) + Math.log(alphaT));
        for (double hk : h) {
            s -= 2 * Math.log(hk);
        }
        return s;
    }

    /**
     * Laplace evidence log Z(η) = −E(θ̂) + ½ log det Q − ½ log det H − ½ Σ log(2π v) (PT.md §5.5),
     * with the terms linearised at θ̂.
     */
    double logEvidence(double energy, double logDetH, double alphaP, double alphaT) {
        return -energy + 0.5 * logDetPrior(alphaP, alphaT) - 0.5 * logDetH - logNormaliser();
    }

    /**
     * EM update of every σ_c² (PT.md §5.5): e = f̂² + J Σ_k Jᵀ, σ² ← Σ (e − σ_an²)/v² / Σ 1/v², iterated
     * 5× (v depends on σ), clamped at the floor. Needs the terms linearised at θ̂ and the Laplace
     * diagonal blocks {@code sigmaDiag}. Returns the largest relative change of σ.
     */
    double updateNoise(double[] sigmaDiag) {
        double change = 0;
        for (int c = 0; c < channels; c++) {
            double old = sigma2[c];
            for (int it = 0; it < 5; it++) {
                double num = 0;
                double den = 0;
                for (ModelTerm t : terms) {
                    if (c < t.channel0 || c >= t.channel0 + t.d) {
                        continue;
                    }
                    int r = c - t.channel0;
                    for (int i = 0; i < t.size(); i++) {
                        int k = t.rows[i];
                        int q = i * t.d + r;
                        double jp = t.dfdP[q];
                        double jt = t.dfdT[q];
                        double e = t.f[q] * t.f[q] + jp * jp * sigmaDiag[4 * k] + 2 * jp * jt * sigmaDiag[4 * k + 1]
                                + jt * jt * sigmaDiag[4 * k + 3];
                        double v = t.analyticalVar[q] + sigma2[c];
                        num += (e - t.analyticalVar[q]) / (v * v);
                        den += 1 / (v * v);
                    }
                }
                if (den > 0) {
                    sigma2[c] = Math.max(sigma2Floor[c], num / den);
                }
            }
            change = Math.max(change, Math.abs(Math.sqrt(sigma2[c] / old) - 1));
        }
        return change;
    }

    /**
     * EM update of α (PT.md §5.5): α ← (n−1) / Σ_k [Δθ² + Σ_k + Σ_{k+1} − 2 Σ_{k,k+1}]/h_k, for P and T.
     * Returns {α_P, α_T}.
     */
    double[] updateAlpha(double[] th, double[] sigmaDiag, double[] sigmaOff) {
        double sp = 0;
        double st = 0;
        for (int k = 0; k < n - 1; k++) {
            double dp = th[2 * k + 2] - th[2 * k];
            double dt = th[2 * k + 3] - th[2 * k + 1];
            sp += (dp * dp + sigmaDiag[4 * k] + sigmaDiag[4 * k + 4] - 2 * sigmaOff[4 * k]) / h[k];
            st += (dt * dt + sigmaDiag[4 * k + 3] + sigmaDiag[4 * k + 7] - 2 * sigmaOff[4 * k + 3]) / h[k];
        }
        return new double[] { (n - 1) / sp, (n - 1) / st };
    }

    /** Clips θ into the box; returns true when some component was clipped. */
    boolean clip(double[] th) {
        boolean clipped = false;
        for (int k = 0; k < n; k++) {
            double p = Math.min(box[1], Math.max(box[0], th[2 * k]));
            double t = Math.min(box[3], Math.max(box[2], th[2 * k + 1]));
            clipped |= p != th[2 * k] || t != th[2 * k + 1];
            th[2 * k] = p;
            th[2 * k + 1] = t;
        }
        return clipped;
    }
}
