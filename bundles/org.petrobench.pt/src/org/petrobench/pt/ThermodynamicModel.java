package org.petrobench.pt;

import java.util.List;
import java.util.Map;

import org.petrobench.core.Contribution;

/**
 * A thermometer, barometer or equilibrium that a lab plugs in: one OSGi DS service per
 * calibration (PT.md §2; contract in releng/tools/PT-MODEL-CONTRACT.md).
 * <p>
 * Units at this API: P in bar, T in K. Residual convention (PT.md §2, Decision): thermometers
 * f = T − T_cal(P, x) [K]; barometers f = P − P_cal(T, x) [bar]; equilibria f = ΔG_r [J/mol];
 * observation models f = x_obs − g(P, T). Engines use only z = f/σ. A model is <em>defined</em> at
 * a profile row when all {@link #requires()} variables are non-blank there; outside its validity
 * box it still evaluates, and {@link #validity} says so (never silent extrapolation, never NaN).
 * <p>
 * Implementations are immutable and thread-safe; {@link #withParameters(Map)} returns a copy.
 */
public interface ThermodynamicModel extends Contribution {

    ModelKind kind();

    ModelStatus status();

    /** Why the status is what it is (e.g. what must still be checked); empty when verified. */
    default String statusNote() {
        return "";
    }

    /** Phase abbreviations (Whitney & Evans 2010) it reads, e.g. {@code ["Grt","Bt"]}. */
    List<String> phases();

    /** Variables it reads ({@code <Phase>.<component>}); all must be defined at a row. */
    List<String> requires();

    /** Variables used only by validity checks; a blank one skips its check. */
    List<String> optionalVariables();

    /** Typed parameters with defaults and ranges (polymorph, aSiO2, aTiO2, variant ...). */
    List<ModelParameter> parameters();

    /** The current value of every parameter as text (name → value), for provenance (run.json). */
    Map<String, String> parameterValues();

    /**
     * A copy of this model with parameters set (name → value as text, e.g. "polymorph" → "ky");
     * parameters not named keep their current value.
     *
     * @throws IllegalArgumentException naming the parameter for an unknown name or a bad value
     */
    ThermodynamicModel withParameters(Map<String, String> values);

    /** Number d ≥ 1 of residuals per point. */
    int residualCount();

    /** Unit of residual r: "K" | "bar" | "J/mol" | "1". */
    String residualUnit(int r);

    /**
     * Vectorised residuals: for i in 0..rows.length−1 evaluate every residual r at
     * (pBar[i], tK[i]) with the compositions of table row rows[i], into out[i·d + r].
     * Rows where the model is not defined give NaN.
     */
    void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out);

    /** 1σ calibration uncertainty of residual r, in {@link #residualUnit(int)}. */
    double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row);

    /**
     * ∂f_r/∂P [unit/bar] and ∂f_r/∂T [unit/K] at one point into out[2r], out[2r+1]. Default:
     * central differences with hP = 1 bar, hT = 0.01 K (PT.md §2).
     */
    default void jacobianPT(double pBar, double tK, CompositionTable x, int row, double[] out) {
        int d = residualCount();
        double hP = 1.0;
        double hT = 0.01;
        double[] p = { pBar + hP, pBar - hP, pBar, pBar };
        double[] t = { tK, tK, tK + hT, tK - hT };
        int[] rows = { row, row, row, row };
        double[] f = new double[4 * d];
        residuals(p, t, x, rows, f);
        for (int r = 0; r < d; r++) {
            out[2 * r] = (f[r] - f[d + r]) / (2 * hP);
            out[2 * r + 1] = (f[2 * d + r] - f[3 * d + r]) / (2 * hT);
        }
    }

    /**
     * ∂f_r/∂x_j for the variables x_j = {@link #requires()}.get(j), into out[r·m + j] (m = number of
     * required variables), for propagating analytical uncertainty (PT.md §4, §5.2). Default: central
     * differences with h = 10⁻⁶ on a one-row copy of the table.
     */
    default void jacobianX(double pBar, double tK, CompositionTable x, int row, double[] out) {
        int d = residualCount();
        List<String> vars = requires();
        int m = vars.size();
        double h = 1e-6;
        CompositionTable one = x.row(row);
        double[] p = { pBar };
        double[] t = { tK };
        int[] r0 = { 0 };
        double[] fp = new double[d];
        double[] fm = new double[d];
        for (int j = 0; j < m; j++) {
            String v = vars.get(j);
            double x0 = one.get(v, 0);
            residuals(p, t, one.with(v, 0, x0 + h), r0, fp);
            residuals(p, t, one.with(v, 0, x0 - h), r0, fm);
            for (int r = 0; r < d; r++) {
                out[r * m + j] = (fp[r] - fm[r]) / (2 * h);
            }
        }
    }

    /**
     * Warnings for a point outside the validity box or compositional rules of the calibration,
     * one sentence each naming the model; empty when valid.
     */
    List<String> validity(double pBar, double tK, CompositionTable x, int row);

    /** {pMinBar, pMaxBar, tMinK, tMaxK} of the calibration, for listings; NaN where open. */
    double[] validityBox();

    /**
     * This model bound to one table: names resolved and definedness decided once, for engines that
     * evaluate the same profile many times. Default: {@link #definedAt} once per row, residuals
     * delegated to {@link #residuals}; a model may return a faster binding that gives bitwise the
     * same values.
     */
    default BoundModel bind(CompositionTable x) {
        return new DelegatingBoundModel(this, x);
    }

    /** True when every required variable is defined at that row. */
    default boolean definedAt(CompositionTable x, int row) {
        for (String v : requires()) {
            if (!x.defined(v, row)) {
                return false;
            }
        }
        return true;
    }

    /** Residual r at one point (convenience over {@link #residuals}). */
    default double residual(int r, double pBar, double tK, CompositionTable x, int row) {
        double[] out = new double[residualCount()];
        residuals(new double[] { pBar }, new double[] { tK }, x, new int[] { row }, out);
        return out[r];
    }
}
