package org.petrobench.pt.engine.internal;

import java.util.Arrays;

/**
 * The observation density of the SMC filter (PT.md §6.1) for a cloud of particles at one profile
 * point: ℓ_i = Σ_m −½ [f_mk(θ_i)²/v_mk + log(2π v_mk)] over the models defined at k, with the
 * residuals f and variances v_mk = σ_an,mk² + σ_m² of the MRF likelihood (PT.md §5.2, the same
 * {@link MrfProblem} terms), all particles in one vectorised model call per model. Particles
 * outside the problem's box or with non-finite residuals get ℓ = −∞.
 * <p>
 * Decision: the observation is expressed through the models' residuals instead of PT.md §6.1's
 * explicit garnet predictor y(P, T) = (Grt.XMg, X_grs) with noise σ_y. The model contract has no
 * notion of which variables are "unknown garnet" ones, so a residual-space density works for every
 * installed model (a thermometer and a barometer, or an {@code OBSERVATION} model); to first order
 * it is the same density (noise σ_y on the garnet maps to f through ∂f/∂x, absorbed by σ_m, whose
 * type-II estimate the MRF provides on the same data).
 */
final class ParticleLikelihood {

    private final MrfProblem pr;
    /** Per term: index into its rows for each profile point, −1 where not defined. */
    private final int[][] slot;
    private final double[] pBar;
    private final double[] tK;
    private final int[] rowBuf;
    private final double[] out;

    ParticleLikelihood(MrfProblem problem, int particles) {
        this.pr = problem;
        slot = new int[pr.terms.size()][pr.n];
        int maxD = 1;
        for (int j = 0; j < slot.length; j++) {
            ModelTerm t = pr.terms.get(j);
            Arrays.fill(slot[j], -1);
            for (int i = 0; i < t.rows.length; i++) {
                slot[j][t.rows[i]] = i;
            }
            maxD = Math.max(maxD, t.d);
        }
        pBar = new double[particles];
        tK = new double[particles];
        rowBuf = new int[particles];
        out = new double[particles * maxD];
    }

    /** True when at least one model is defined at point k. */
    boolean observed(int k) {
        for (int[] s : slot) {
            if (s[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Log-densities of particles (p kbar, t K, entries {@code from}..{@code from+count}) at point k
     * into {@code ll[0..count)}.
     */
    void logDensity(int k, double[] p, double[] t, int from, int count, double[] ll) {
        double[] box = pr.box;
        for (int i = 0; i < count; i++) {
            double pi = p[from + i];
            double ti = t[from + i];
            ll[i] = pi >= box[0] && pi <= box[1] && ti >= box[2] && ti <= box[3] ? 0 : Double.NEGATIVE_INFINITY;
            pBar[i] = 1000 * pi;
            tK[i] = ti;
        }
        Arrays.fill(rowBuf, 0, count, k);
        for (int j = 0; j < slot.length; j++) {
            int s = slot[j][k];
            if (s < 0) {
                continue;
            }
            ModelTerm term = pr.terms.get(j);
            int d = term.d;
            double[] pv = count == pBar.length ? pBar : Arrays.copyOf(pBar, count);
            double[] tv = count == tK.length ? tK : Arrays.copyOf(tK, count);
            int[] rv = count == rowBuf.length ? rowBuf : Arrays.copyOf(rowBuf, count);
            double[] o = count * d == out.length ? out : new double[count * d];
            term.model.residuals(pv, tv, term.x, rv, o);
            for (int r = 0; r < d; r++) {
                double v = pr.variance(term, s * d + r);
                double c = -0.5 * Math.log(2 * Math.PI * v);
                for (int i = 0; i < count; i++) {
                    double f = o[i * d + r];
                    ll[i] += Double.isFinite(f) ? c - 0.5 * f * f / v : Double.NEGATIVE_INFINITY;
                }
            }
        }
    }
}
