package org.petrobench.pt.engine.internal;

import org.petrobench.core.Monitor;

/**
 * Type-II maximum likelihood of η = (α_P, α_T, σ_m) with the Laplace evidence (PT.md §5.5).
 * <ol>
 * <li>Grid scan over the prior sd of the total change SD_tot = √((n−1)/α), log-spaced on both axes,
 * serpentine order with warm starts; in each cell the MAP is refitted while σ_m alone is updated
 * by EM (≤ 20 times, until its relative change is below 10⁻³: Decision, PT.md gives no
 * tolerance; the polish below refines η to 10⁻⁴), and log Z is recorded.</li>
 * <li>Polish from the best cell: alternate MAP and the full EM update of (α_P, α_T, σ_m) until
 * |Δ log Z| &lt; 10⁻⁶ and every relative change of η (of the EM map, i.e. the fixed-point residual)
 * &lt; 10⁻⁴ (≤ 500 iterations).</li>
 * </ol>
 * Decisions on the polish (PT.md §5.5 prescribes the EM and its stopping rule, not the domain;
 * CHECK):
 * <ul>
 * <li>η̂ stays in the grid box: α is clamped to [(n−1)/SD_max², (n−1)/SD_min²] on each axis. The
 * grid range is the support of the log-uniform hyperprior that weights the cells (step 3, and the
 * integrated bands of §5.6), so the type-II estimate under that prior is the evidence maximum in the
 * box; the clamp is the exact constrained M-step (the α part of the EM objective,
 * ½(n−1) log α − ½ α S, is unimodal in α). Unbounded, the EM crawled along the flat evidence toward
 * ever smoother paths: on the demo profile with a prior-only gap (0-based rows 5–7 without inclusions) it
 * ended at SD_tot,P = 0.023 kbar, outside the default grid's 0.05, without converging in 500
 * iterations; on 60 prior-drawn 12-point profiles with a 3-point gap ({@code MrfGapTest}), 47 did
 * not converge and most left the grid. A clamped η̂ is noted "estimate at the … edge of the grid".</li>
 * <li>Over-relaxation (Salakhutdinov &amp; Roweis 2003, adaptive over-relaxed bound optimisation) of
 * the slow α coordinates: while an α's EM step keeps its direction, the proposal is
 * α·(α_EM/α)^ω with ω doubling up to 64 (ω = 1 after a direction change); the proposal is kept
 * only when log Z does not decrease, else the plain EM step is taken and ω reset. σ_m always takes
 * its EM value (it converges in a few iterations). The fixed point, hence η̂, is the EM's; only
 * the number of iterations changes: on the 60 gap profiles above all polishes then converge
 * (6 of 60 still did not with the clamp alone).</li>
 * </ul>
 * Each cell keeps its MAP, Laplace variances and σ for the integrated bands and the grid posterior
 * (PT.md §5.6).
 * <p>
 * Decision (PT.md says "warm start"): θ and σ both carry over from the previous cell. The σ-EM is
 * local, so where log Z(σ) has two modes (a flexible path with small σ against a stiff path whose σ
 * absorbs the trend) a cell keeps the mode it was entered from; on the noise-free 11-point demo
 * profile 18 of 81 cells end 0.5–4.4 log units below the other mode; entering them from the other
 * mode would move about 7 % of the grid weight (62 % → 57 % on the stiff mode). Kept for now: a
 * second start per cell doubles the scan.
 */
final class HyperparameterSearch {

    static final int MAX_NOISE_UPDATES = 20;
    static final int MAX_POLISH = 500;
    private static final double NOISE_TOL = 1e-3;
    private static final double EVIDENCE_TOL = 1e-6;
    private static final double ETA_TOL = 1e-4;
    /** Largest over-relaxation factor ω of the polish (Decision in the class comment). */
    private static final double MAX_OVERRELAXATION = 64;

    /** One grid cell's result. */
    record Cell(double alphaP, double alphaT, double logZ, double[] theta, double[] varP, double[] varT, double[] sigma2) {
    }

    /**
     * The result: the grid and the polished estimate. {@code alphaPBound}, {@code alphaTBound}: −1 when
     * η̂ ends on the rough edge of the grid box (largest SD_tot, smallest α), +1 on the smooth edge
     * (smallest SD_tot, largest α), 0 inside.
     */
    record Result(double[] sdTotP, double[] sdTotT, Cell[] grid, double alphaP, double alphaT, double[] sigma2,
            double logZ, double[] theta, double[] evidenceHistory, boolean polishConverged, int alphaPBound,
            int alphaTBound) {
    }

    private final MrfProblem pr;
    private final MapFit fit;

    HyperparameterSearch(MrfProblem problem, MapFit fit) {
        this.pr = problem;
        this.fit = fit;
    }

    static double[] logSpaced(double lo, double hi, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = Math.exp(Math.log(lo) + i * (Math.log(hi) - Math.log(lo)) / (count - 1));
        }
        return v;
    }

    /** Runs grid and polish from the initial path {@code theta0} and the current σ² of the problem. */
    Result run(double[] theta0, double[] sdTotP, double[] sdTotT, Monitor monitor) {
        int n = pr.n;
        int np = sdTotP.length;
        int nt = sdTotT.length;
        Cell[] grid = new Cell[np * nt];
        double[] th = theta0.clone();
        double[] sigmaStart = pr.sigma2.clone();
        int best = -1;
        for (int i = 0; i < np; i++) {
            for (int jj = 0; jj < nt; jj++) {
                monitor.checkCanceled();
                int j = i % 2 == 0 ? jj : nt - 1 - jj;
                double aP = (n - 1) / (sdTotP[i] * sdTotP[i]);
                double aT = (n - 1) / (sdTotT[j] * sdTotT[j]);
                if (i == 0 && jj == 0) {
                    System.arraycopy(sigmaStart, 0, pr.sigma2, 0, pr.channels);
                }
                double logZ = cell(th, aP, aT);
                double[] vp = new double[n];
                double[] vt = new double[n];
                for (int k = 0; k < n; k++) {
                    vp[k] = fit.sigmaDiag[4 * k];
                    vt[k] = fit.sigmaDiag[4 * k + 3];
                }
                Cell c = new Cell(aP, aT, logZ, th.clone(), vp, vt, pr.sigma2.clone());
                grid[i * nt + j] = c;
                if (Double.isFinite(logZ) && (best < 0 || logZ > grid[best].logZ)) {
                    best = i * nt + j;
                }
                monitor.worked(1);
            }
        }
        if (best < 0) {
            return null;
        }
        Cell start = grid[best];
        System.arraycopy(start.theta, 0, th, 0, th.length);
        System.arraycopy(start.sigma2, 0, pr.sigma2, 0, pr.channels);
        double aP = start.alphaP;
        double aT = start.alphaT;
        double[] boundP = alphaRange(n, sdTotP);
        double[] boundT = alphaRange(n, sdTotT);
        double[] history = new double[MAX_POLISH + 1];
        int h = 0;
        fit.fit(th, aP, aT);
        double[] lap = fit.laplace(th, aP, aT);
        double logZ = pr.logEvidence(lap[0], lap[1], aP, aT);
        history[h++] = logZ;
        boolean converged = false;
        // over-relaxation factors ω of log α_P, log α_T and the sign of their last EM step
        double[] omega = { 1, 1 };
        double[] lastSign = { 0, 0 };
        for (int it = 0; it < MAX_POLISH; it++) {
            monitor.checkCanceled();
            // the EM map at the current η (θ̂ and Σ of the last fit), α clamped to the grid box
            double[] alpha = pr.updateAlpha(th, fit.sigmaDiag, fit.sigmaOff);
            alpha[0] = clamp(alpha[0], boundP);
            alpha[1] = clamp(alpha[1], boundT);
            double[] oldSigma = pr.sigma2.clone();
            double sigmaChange = pr.updateNoise(fit.sigmaDiag);
            double change = Math.max(sigmaChange, Math.max(Math.abs(alpha[0] / aP - 1), Math.abs(alpha[1] / aT - 1)));
            double[] current = { aP, aT };
            double[] eta = null;
            boolean relaxed = false;
            for (int i = 0; i < 2; i++) {
                double sign = Math.signum(alpha[i] - current[i]);
                omega[i] = sign != 0 && sign == lastSign[i] ? Math.min(MAX_OVERRELAXATION, 2 * omega[i]) : 1;
                lastSign[i] = sign;
                relaxed |= omega[i] > 1;
            }
            double[] thTry = th.clone();
            double z = Double.NaN;
            if (relaxed) {
                // over-relaxed step in log α, α·(α_EM/α)^ω, σ_m at its EM value; kept only if it raises log Z
                eta = new double[] { clamp(aP * Math.pow(alpha[0] / aP, omega[0]), boundP),
                        clamp(aT * Math.pow(alpha[1] / aT, omega[1]), boundT) };
                z = evidenceAt(thTry, eta[0], eta[1]);
                if (!(Double.isFinite(z) && z >= logZ)) {
                    omega[0] = 1;
                    omega[1] = 1;
                    eta = null;
                    System.arraycopy(th, 0, thTry, 0, th.length);
                }
            }
            if (eta == null) {
                // the plain EM step (PT.md §5.5)
                eta = alpha;
                z = evidenceAt(thTry, eta[0], eta[1]);
                if (!Double.isFinite(z)) {
                    System.arraycopy(oldSigma, 0, pr.sigma2, 0, pr.channels);
                    fit.laplace(th, aP, aT);
                    break;
                }
            }
            double dz = Math.abs(z - logZ);
            System.arraycopy(thTry, 0, th, 0, th.length);
            aP = eta[0];
            aT = eta[1];
            logZ = z;
            history[h++] = z;
            if (dz < EVIDENCE_TOL && change < ETA_TOL) {
                converged = true;
                break;
            }
        }
        return new Result(sdTotP, sdTotT, grid, aP, aT, pr.sigma2.clone(), logZ, th, java.util.Arrays.copyOf(history, h),
                converged, side(aP, boundP), side(aT, boundT));
    }

    /** {α_min, α_max} of the grid box: α = (n−1)/SD_tot², so the largest SD_tot gives the smallest α. */
    static double[] alphaRange(int n, double[] sdTot) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double sd : sdTot) {
            double a = (n - 1) / (sd * sd);
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        return new double[] { lo, hi };
    }

    private static double clamp(double alpha, double[] range) {
        return Math.min(range[1], Math.max(range[0], alpha));
    }

    private static int side(double alpha, double[] range) {
        return alpha <= range[0] ? -1 : alpha >= range[1] ? 1 : 0;
    }

    /** Refits the MAP θ (in place, warm) at α and the problem's current σ; returns log Z (NaN when H is not PD). */
    private double evidenceAt(double[] th, double aP, double aT) {
        fit.fit(th, aP, aT);
        double[] l = fit.laplace(th, aP, aT);
        return Double.isNaN(l[1]) ? Double.NaN : pr.logEvidence(l[0], l[1], aP, aT);
    }

    /** One grid cell: MAP with σ updates at fixed α; leaves the Laplace state of the fit at θ̂. */
    private double cell(double[] th, double aP, double aT) {
        double[] lap = null;
        for (int u = 0; u < MAX_NOISE_UPDATES; u++) {
            fit.fit(th, aP, aT);
            lap = fit.laplace(th, aP, aT);
            if (Double.isNaN(lap[1])) {
                return Double.NaN;
            }
            double change = pr.updateNoise(fit.sigmaDiag);
            if (change < NOISE_TOL) {
                break;
            }
        }
        fit.fit(th, aP, aT);
        lap = fit.laplace(th, aP, aT);
        return Double.isNaN(lap[1]) ? Double.NaN : pr.logEvidence(lap[0], lap[1], aP, aT);
    }
}
