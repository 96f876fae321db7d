package org.petrobench.pt.engine.internal;

/**
 * The most probable path for fixed hyperparameters (PT.md §5.4): Levenberg–Marquardt on the
 * block-tridiagonal Gauss–Newton system, (H + λ·diag H) δ = −g solved by block Cholesky in O(n);
 * accept if E decreases (λ ← λ/10), else λ ← 10λ; steps are truncated to the box; stop at relative
 * ΔE &lt; 10⁻¹¹ or max|δ| &lt; 10⁻⁷ (kbar, K), at most 200 iterations. {@link #laplace} then gives the
 * Laplace approximation at θ̂: log det H and the selected inverse of H (Σ_k, Σ_{k,k+1}).
 */
final class MapFit {

    static final int MAX_ITERATIONS = 200;
    private static final double REL_ENERGY_TOL = 1e-11;
    private static final double STEP_TOL = 1e-7;
    private static final int MAX_DAMPING_TRIES = 12;
    /**
     * Decision: start nearly undamped. λ·diag H damps the long-wavelength modes of a stiff Markov
     * chain by far more than λ (their eigenvalues are ≪ diag H), so a customary λ₀ = 10⁻³ costs
     * many iterations on warm starts; λ still grows ×10 whenever a step fails to lower E.
     */
    private static final double INITIAL_LAMBDA = 1e-9;

    private final MrfProblem pr;
    private final int n;
    final double[] d;
    final double[] b;
    final double[] g;
    private final double[] dd;
    private final double[] rhs;
    private final double[] step;
    private final double[] trial;
    private final BlockTridiagonal hessian;
    private final BlockTridiagonal damped;
    /** Laplace covariance blocks at the last {@link #laplace}. */
    final double[] sigmaDiag;
    final double[] sigmaOff;

    int iterations;
    boolean converged;
    /** True when the MAP touches the box. */
    boolean onBox;

    MapFit(MrfProblem problem) {
        this.pr = problem;
        this.n = problem.n;
        d = new double[4 * n];
        b = new double[4 * Math.max(1, n - 1)];
        g = new double[2 * n];
        dd = new double[4 * n];
        rhs = new double[2 * n];
        step = new double[2 * n];
        trial = new double[2 * n];
        hessian = new BlockTridiagonal(n, d, b);
        damped = new BlockTridiagonal(n, dd, b);
        sigmaDiag = new double[4 * n];
        sigmaOff = new double[4 * Math.max(1, n - 1)];
    }

    /** Fits θ in place from its current value (a warm start); returns E(θ̂). */
    double fit(double[] th, double alphaP, double alphaT) {
        pr.clip(th);
        double e = pr.energy(th, alphaP, alphaT);
        double lambda = INITIAL_LAMBDA;
        converged = false;
        for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
            if (!pr.linearise(th)) {
                break;
            }
            pr.assemble(th, alphaP, alphaT, d, b, g);
            boolean accepted = false;
            double eTrial = e;
            double maxStep = 0;
            for (int tries = 0; tries < MAX_DAMPING_TRIES && !accepted; tries++) {
                System.arraycopy(d, 0, dd, 0, d.length);
                for (int k = 0; k < n; k++) {
                    dd[4 * k] += lambda * d[4 * k];
                    dd[4 * k + 3] += lambda * d[4 * k + 3];
                }
                if (!damped.factor()) {
                    lambda *= 10;
                    continue;
                }
                for (int i = 0; i < 2 * n; i++) {
                    rhs[i] = -g[i];
                }
                damped.solve(rhs, step);
                maxStep = 0;
                for (int i = 0; i < 2 * n; i++) {
                    trial[i] = th[i] + step[i];
                }
                pr.clip(trial);
                for (int i = 0; i < 2 * n; i++) {
                    maxStep = Math.max(maxStep, Math.abs(trial[i] - th[i]));
                }
                if (maxStep < STEP_TOL) {
                    break; // the (damped) Gauss–Newton step vanishes: converged
                }
                eTrial = pr.energy(trial, alphaP, alphaT);
                if (eTrial <= e) {
                    accepted = true;
                    lambda = Math.max(lambda / 10, 1e-15);
                } else {
                    lambda *= 10;
                }
            }
            if (!accepted) {
                // a vanishing step, or no descent even with heavy damping: a minimum to working precision
                converged = true;
                break;
            }
            System.arraycopy(trial, 0, th, 0, 2 * n);
            double rel = (e - eTrial) / Math.max(Math.abs(e), 1e-300);
            e = eTrial;
            if (rel < REL_ENERGY_TOL || maxStep < STEP_TOL) {
                converged = true;
                break;
            }
        }
        iterations = Math.min(iterations, MAX_ITERATIONS);
        onBox = onBox(th);
        return e;
    }

    private boolean onBox(double[] th) {
        double[] box = pr.box;
        for (int k = 0; k < n; k++) {
            if (th[2 * k] <= box[0] || th[2 * k] >= box[1] || th[2 * k + 1] <= box[2] || th[2 * k + 1] >= box[3]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Linearises at θ̂, factorises the undamped H and fills {@link #sigmaDiag}, {@link #sigmaOff}.
     * Returns {E(θ̂), log det H}; log det H is NaN when H is not positive definite.
     */
    double[] laplace(double[] th, double alphaP, double alphaT) {
        if (!pr.linearise(th)) {
            return new double[] { Double.POSITIVE_INFINITY, Double.NaN };
        }
        pr.assemble(th, alphaP, alphaT, d, b, g);
        double e = pr.dataEnergy() + pr.priorEnergy(th, alphaP, alphaT);
        if (!hessian.factor()) {
            return new double[] { e, Double.NaN };
        }
        hessian.selectedInverse(sigmaDiag, sigmaOff);
        return new double[] { e, hessian.logDet() };
    }

    /** Solves H x = r with the factor of the last {@link #laplace}. */
    void solveHessian(double[] r, double[] x) {
        hessian.solve(r, x);
    }
}
