package org.petrobench.pt.engine.internal;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * The likelihood terms of one model (PT.md §5.2): its residuals at the profile rows K_m where it is
 * defined, evaluated for all those rows in one vectorised call, with ∂f/∂(P, T) by central
 * differences (hP = 1 bar, hT = 0.01 K, the contract's default) in the same call.
 * <p>
 * Decision: the engine differentiates in its own vectorised call instead of calling
 * {@link ThermodynamicModel#jacobianPT} per point (5 points per row in one call instead of one call
 * per row: the grid of PT.md §5.5 refits the MAP thousands of times). Units: P in kbar, T in K on
 * the engine side; the model sees bar.
 */
final class ModelTerm {

    static final double H_P_BAR = 1.0;
    static final double H_T_K = 0.01;

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
    private final double[] pBuf;
    private final double[] tBuf;
    private final int[] rowBuf;
    private final double[] out;
    private final double[] pOne;
    private final double[] tOne;

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
        pBuf = new double[5 * m];
        tBuf = new double[5 * m];
        rowBuf = new int[5 * m];
        out = new double[5 * m * d];
        pOne = new double[m];
        tOne = new double[m];
        for (int j = 0; j < 5; j++) {
            System.arraycopy(rows, 0, rowBuf, j * m, m);
        }
    }

    int size() {
        return rows.length;
    }

    /**
     * Residuals at θ (θ[2k] = P_k kbar, θ[2k+1] = T_k K) into {@link #f}, and with
     * {@code jacobian} also ∂f/∂P [unit/kbar] and ∂f/∂T [unit/K]. Returns false if any is not finite.
     */
    boolean evaluate(double[] theta, boolean jacobian) {
        int m = rows.length;
        for (int i = 0; i < m; i++) {
            double p = 1000 * theta[2 * rows[i]];
            double t = theta[2 * rows[i] + 1];
            pBuf[i] = p;
            tBuf[i] = t;
            if (jacobian) {
                pBuf[m + i] = p + H_P_BAR;
                tBuf[m + i] = t;
                pBuf[2 * m + i] = p - H_P_BAR;
                tBuf[2 * m + i] = t;
                pBuf[3 * m + i] = p;
                tBuf[3 * m + i] = t + H_T_K;
                pBuf[4 * m + i] = p;
                tBuf[4 * m + i] = t - H_T_K;
            }
        }
        if (jacobian) {
            model.residuals(pBuf, tBuf, x, rowBuf, out);
        } else {
            System.arraycopy(pBuf, 0, pOne, 0, m);
            System.arraycopy(tBuf, 0, tOne, 0, m);
            model.residuals(pOne, tOne, x, rows, f);
        }
        boolean finite = true;
        if (jacobian) {
            System.arraycopy(out, 0, f, 0, m * d);
        }
        for (int q = 0; q < m * d; q++) {
            finite &= Double.isFinite(f[q]);
        }
        if (jacobian) {
            for (int i = 0; i < m; i++) {
                for (int r = 0; r < d; r++) {
                    int q = i * d + r;
                    dfdP[q] = 1000 * (out[(m + i) * d + r] - out[(2 * m + i) * d + r]) / (2 * H_P_BAR);
                    dfdT[q] = (out[(3 * m + i) * d + r] - out[(4 * m + i) * d + r]) / (2 * H_T_K);
                    finite &= Double.isFinite(dfdP[q]) && Double.isFinite(dfdT[q]);
                }
            }
        }
        return finite;
    }
}
