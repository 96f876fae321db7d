package org.petrobench.pt.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * The likelihood terms of one model (PT.md §5.2): its residuals at the profile rows K_m where it is
 * defined, evaluated for all those rows in one vectorised call, with ∂f/∂(P, T) by central
 * differences (hP = 1 bar, hT = 0.01 K, the contract's default) in two more vectorised calls (the
 * P± and the T± points; on two threads from {@link #PARALLEL_MIN_ROWS} rows).
 * <p>
 * Decision: the engine differentiates in its own vectorised call instead of calling
 * {@link ThermodynamicModel#jacobianPT} per point (5 points per row in one call instead of one call
 * per row: the grid of PT.md §5.5 refits the MAP thousands of times). Units: P in kbar, T in K on
 * the engine side; the model sees bar.
 */
final class ModelTerm {

    static final double H_P_BAR = 1.0;
    static final double H_T_K = 0.01;
    /**
     * From this many rows the ∂/∂P and ∂/∂T halves of the stencil are evaluated on two threads
     * (results do not depend on it: each point is evaluated exactly as serially).
     */
    static final int PARALLEL_MIN_ROWS = 64;
    private static final boolean PARALLEL = Runtime.getRuntime().availableProcessors() > 1;

    final ThermodynamicModel model;
    final CompositionTable x;
    /** Profile rows where the model is defined. */
    final int[] rows;
    /** Residuals per row. */
    final int d;
    /** First noise channel of this model in the problem's channel list. */
    final int channel0;
    /** 1σ calibration uncertainty per (row, residual), at the initial path. */
    final double[] calibrationSd;
    /** Analytical variance σ_an² per (row, residual), 0 without {@code _sd} columns. */
    final double[] analyticalVar;

    final double[] f;
    final double[] dfdP;
    final double[] dfdT;
    /** P [bar], T [K] per row of the requested point. */
    private final double[] pOne;
    private final double[] tOne;
    /** Central-difference points per row, (P+, P−) and (T+, T−), the model rows twice, and their residuals. */
    private final double[] pStencilP;
    private final double[] tStencilP;
    private final double[] pStencilT;
    private final double[] tStencilT;
    private final int[] rowStencil;
    private final double[] outP;
    private final double[] outT;
    /** Last linearisation: its point, residuals and finiteness (derivatives stay in dfdP, dfdT). */
    private final double[] linP;
    private final double[] linT;
    private final double[] linF;
    private boolean linValid;
    private boolean linFinite;
    /** Last value-only evaluation (an LM trial point): its point and residuals. */
    private final double[] valP;
    private final double[] valT;
    private final double[] valF;
    private boolean valValid;

    ModelTerm(ThermodynamicModel model, CompositionTable x, int[] rows, int channel0, double[] calibrationSd,
            double[] analyticalVar) {
        this.model = model;
        this.x = x;
        this.rows = rows;
        this.d = model.residualCount();
        this.channel0 = channel0;
        this.calibrationSd = calibrationSd;
        this.analyticalVar = analyticalVar;
        int m = rows.length;
        f = new double[m * d];
        dfdP = new double[m * d];
        dfdT = new double[m * d];
        pOne = new double[m];
        tOne = new double[m];
        pStencilP = new double[2 * m];
        tStencilP = new double[2 * m];
        pStencilT = new double[2 * m];
        tStencilT = new double[2 * m];
        rowStencil = new int[2 * m];
        outP = new double[2 * m * d];
        outT = new double[2 * m * d];
        System.arraycopy(rows, 0, rowStencil, 0, m);
        System.arraycopy(rows, 0, rowStencil, m, m);
        linP = new double[m];
        linT = new double[m];
        linF = new double[m * d];
        valP = new double[m];
        valT = new double[m];
        valF = new double[m * d];
    }

    /**
     * The same table with every variable name interned. Models look columns up by their name
     * constants (compile-time constants are interned), so the map lookups of each residual call
     * succeed on reference equality instead of comparing the characters of a name read from a
     * file: same values, fewer cycles in the innermost loop of the MAP fits.
     */
    static CompositionTable withInternedNames(CompositionTable x) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String v : x.variables()) {
            columns.put(v.intern(), x.column(v));
        }
        return new CompositionTable(x.rows(), columns);
    }

    int size() {
        return rows.length;
    }

    /**
     * Residuals at θ (θ[2k] = P_k kbar, θ[2k+1] = T_k K) into {@link #f}, and with
     * {@code jacobian} also ∂f/∂P [unit/kbar] and ∂f/∂T [unit/K]. Returns false if any is not finite.
     * <p>
     * The model is a deterministic function of (P, T, row) (contract), so values at a point already
     * evaluated are reused bit for bit instead of calling it again: the LM trial point that is
     * accepted becomes the next linearisation point (only the 4 stencil points are new), and
     * {@link MapFit#laplace} and the next warm-started fit re-evaluate where the last fit stopped.
     */
    boolean evaluate(double[] theta, boolean jacobian) {
        int m = rows.length;
        for (int i = 0; i < m; i++) {
            pOne[i] = 1000 * theta[2 * rows[i]];
            tOne[i] = theta[2 * rows[i] + 1];
        }
        if (linValid && samePoint(linP, linT)) {
            System.arraycopy(linF, 0, f, 0, m * d);
            return jacobian ? linFinite : allFinite(f);
        }
        if (valValid && samePoint(valP, valT)) {
            System.arraycopy(valF, 0, f, 0, m * d);
        } else {
            model.residuals(pOne, tOne, x, rows, f);
            System.arraycopy(pOne, 0, valP, 0, m);
            System.arraycopy(tOne, 0, valT, 0, m);
            System.arraycopy(f, 0, valF, 0, m * d);
            valValid = true;
        }
        if (!jacobian) {
            return allFinite(f);
        }
        for (int i = 0; i < m; i++) {
            double p = pOne[i];
            double t = tOne[i];
            pStencilP[i] = p + H_P_BAR;
            tStencilP[i] = t;
            pStencilP[m + i] = p - H_P_BAR;
            tStencilP[m + i] = t;
            pStencilT[i] = p;
            tStencilT[i] = t + H_T_K;
            pStencilT[m + i] = p;
            tStencilT[m + i] = t - H_T_K;
        }
        if (m >= PARALLEL_MIN_ROWS && PARALLEL) {
            // models are immutable and thread-safe (contract); the two halves write disjoint arrays
            ForkJoinTask<?> tSide = ForkJoinPool.commonPool().submit(() -> model.residuals(pStencilT, tStencilT, x, rowStencil, outT));
            model.residuals(pStencilP, tStencilP, x, rowStencil, outP);
            tSide.join();
        } else {
            model.residuals(pStencilP, tStencilP, x, rowStencil, outP);
            model.residuals(pStencilT, tStencilT, x, rowStencil, outT);
        }
        boolean finite = allFinite(f);
        for (int i = 0; i < m; i++) {
            for (int r = 0; r < d; r++) {
                int q = i * d + r;
                dfdP[q] = 1000 * (outP[i * d + r] - outP[(m + i) * d + r]) / (2 * H_P_BAR);
                dfdT[q] = (outT[i * d + r] - outT[(m + i) * d + r]) / (2 * H_T_K);
                finite &= Double.isFinite(dfdP[q]) && Double.isFinite(dfdT[q]);
            }
        }
        System.arraycopy(pOne, 0, linP, 0, m);
        System.arraycopy(tOne, 0, linT, 0, m);
        System.arraycopy(f, 0, linF, 0, m * d);
        linFinite = finite;
        linValid = true;
        return finite;
    }

    /** True when the requested point equals the stored one exactly (bitwise, so NaN never matches). */
    private boolean samePoint(double[] ps, double[] ts) {
        for (int i = 0; i < ps.length; i++) {
            if (ps[i] != pOne[i] || ts[i] != tOne[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFinite(double[] v) {
        boolean finite = true;
        for (double e : v) {
            finite &= Double.isFinite(e);
        }
        return finite;
    }
}
