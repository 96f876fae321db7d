package org.petrobench.pt.model.thermobarometry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.petrobench.pt.BoundModel;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ThermodynamicModel;

/**
 * What every built-in calibration shares: one residual, parameter handling (immutable copies),
 * the vectorised loop, the validity box and its warnings. A subclass gives the equation
 * ({@link #residualAt}), its 1σ ({@link #sdAt}) and its compositional rules.
 * <p>
 * The equation reads the required variables from a row-major array (value[o + j] for
 * {@code requires().get(j)}; subclasses resolve their indices once with {@link #slot}), bound once
 * per table ({@link #bind}): the per-point path does no name look-up, boxing or allocation. Every
 * entry point, by table or bound, goes through that one equation, so they agree bit for bit.
 * <p>
 * Validity messages are stable sentences without the point's values, so that engines can count
 * them over a profile ("... at 12 of 80 points").
 */
abstract class Calibration implements ThermodynamicModel {

    static final double KELVIN = 273.15;

    private final Map<String, Object> values;
    /** {@link #requires()}, once (the definedness test and the binding use it at every table). */
    private final List<String> variables;
    /** The binding of the table evaluated last (engines evaluate one table many times). */
    private volatile Binding lastBinding;

    /**
     * @param values parameter values already parsed; missing ones take their defaults. Calls
     *               {@link #requires()}, which must therefore not depend on subclass fields.
     */
    Calibration(Map<String, Object> values) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (ModelParameter p : parameters()) {
            v.put(p.name(), values.getOrDefault(p.name(), p.defaultValue()));
        }
        this.values = v;
        this.variables = List.copyOf(requires());
    }

    /** Index j of a required variable in the value rows handed to the equation. */
    final int slot(String variable) {
        int j = variables.indexOf(variable);
        if (j < 0) {
            throw new IllegalStateException(variable + " is not among the variables " + variables + " of " + id());
        }
        return j;
    }

    /** The required variables at one row, in {@link #requires()} order (NaN where blank or absent). */
    final double[] values(CompositionTable x, int row) {
        double[] v = new double[variables.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = x.get(variables.get(j), row);
        }
        return v;
    }

    /** A copy of the same calibration with these parameter values. */
    abstract Calibration copy(Map<String, Object> values);

    /**
     * The residual at one point where the model is defined (residual convention of PT.md §2); the
     * required variables are v[o + j], j = {@link #slot}.
     */
    abstract double residualAt(double pBar, double tK, double[] v, int o);

    /** 1σ calibration uncertainty of the residual at one point. */
    abstract double sdAt(double pBar, double tK, CompositionTable x, int row);

    /**
     * True when the equation gives a finite, physical value at this point (not so for, e.g., a
     * zero mole fraction in a K_D).
     */
    abstract boolean calibrationFinite(double pBar, double tK, CompositionTable x, int row);

    /** Adds warnings for compositional rules of the calibration (optional variables may be blank). */
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
    }

    @Override
    public List<String> optionalVariables() {
        return List.of();
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of();
    }

    @Override
    public double[] validityBox() {
        return new double[] { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
    }

    /** Current numeric value of a parameter. */
    final double number(String name) {
        return (Double) values.get(name);
    }

    /** Current value of a choice parameter. */
    final String choice(String name) {
        return (String) values.get(name);
    }

    @Override
    public final Map<String, String> parameterValues() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, String.valueOf(v)));
        return m;
    }

    @Override
    public final ThermodynamicModel withParameters(Map<String, String> given) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        for (Map.Entry<String, String> e : given.entrySet()) {
            ModelParameter p = parameters().stream().filter(q -> q.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("model " + id() + " has no parameter '" + e.getKey()
                            + "'" + (parameters().isEmpty() ? "" : "; its parameters: "
                                    + String.join(", ", parameters().stream().map(ModelParameter::name).toList()))));
            v.put(p.name(), p.parse(e.getValue()));
        }
        return copy(v);
    }

    @Override
    public final int residualCount() {
        return 1;
    }

    @Override
    public final String residualUnit(int r) {
        return kind() == ModelKind.BAROMETER ? "bar" : "K";
    }

    @Override
    public final void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
        bind(x).residuals(pBar, tK, rows, out);
    }

    @Override
    public final boolean definedAt(CompositionTable x, int row) {
        return bind(x).definedAt(row);
    }

    /**
     * The binding of the last table again when it is the same table (tables are immutable), else a
     * new one. One-row tables are not remembered: they are transient copies (ofRow, row, with, as
     * in the default jacobianX) and must not displace the profile an engine is refitting.
     */
    @Override
    public final BoundModel bind(CompositionTable x) {
        Binding b = lastBinding;
        if (b == null || b.x != x) {
            b = new Binding(this, x);
            if (x.rows() > 1) {
                lastBinding = b;
            }
        }
        return b;
    }

    /** A calibration bound to one table: its required variables row-major, definedness per row. */
    static final class Binding implements BoundModel {

        private final Calibration model;
        private final CompositionTable x;
        private final int m;
        private final double[] values;
        private final boolean[] defined;

        Binding(Calibration model, CompositionTable x) {
            this.model = model;
            this.x = x;
            this.m = model.variables.size();
            this.values = x.rowMajor(model.variables);
            this.defined = new boolean[x.rows()];
            for (int k = 0; k < defined.length; k++) {
                boolean all = true;
                for (int j = 0; j < m; j++) {
                    all &= !Double.isNaN(values[k * m + j]);
                }
                defined[k] = all;
            }
        }

        @Override
        public ThermodynamicModel model() {
            return model;
        }

        @Override
        public CompositionTable compositions() {
            return x;
        }

        @Override
        public boolean definedAt(int row) {
            return defined[row];
        }

        @Override
        public void residuals(double[] pBar, double[] tK, int[] rows, double[] out) {
            for (int i = 0; i < rows.length; i++) {
                int row = rows[i];
                out[i] = defined[row] ? model.residualAt(pBar[i], tK[i], values, row * m) : Double.NaN;
            }
        }
    }

    @Override
    public final double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
        return sdAt(pBar, tK, x, row);
    }

    @Override
    public final List<String> validity(double pBar, double tK, CompositionTable x, int row) {
        List<String> w = new ArrayList<>();
        double[] box = validityBox();
        if (pBar < box[0] || pBar > box[1]) {
            w.add(String.format(Locale.ROOT, "%s: P outside the calibrated range %s kbar", id(),
                    range(box[0] / 1000, box[1] / 1000)));
        }
        if (tK < box[2] || tK > box[3]) {
            w.add(String.format(Locale.ROOT, "%s: T outside the calibrated range %s °C", id(),
                    range(box[2] - KELVIN, box[3] - KELVIN)));
        }
        if (definedAt(x, row) && !calibrationFinite(pBar, tK, x, row)) {
            w.add(id() + ": the calibration gives no finite value for these compositions (a zero or blank-like mole fraction?)");
        }
        compositionRules(pBar, tK, x, row, w);
        return w;
    }

    private static String range(double lo, double hi) {
        if (Double.isNaN(lo)) {
            return "≤ " + fmt(hi);
        }
        return Double.isNaN(hi) ? "≥ " + fmt(lo) : fmt(lo) + "–" + fmt(hi);
    }

    private static String fmt(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** {pMinBar, pMaxBar, tMinK, tMaxK} from kbar and °C (NaN = open). */
    static double[] box(double pMinKbar, double pMaxKbar, double tMinC, double tMaxC) {
        return new double[] { pMinKbar * 1000, pMaxKbar * 1000, tMinC + KELVIN, tMaxC + KELVIN };
    }

    @Override
    public String toString() {
        return id() + parameterValues();
    }
}
