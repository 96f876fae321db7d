package org.petrobench.pt.ui;

import java.util.List;
import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * A test model with a residual written out by hand: thermometer f = T − (a + b·X) [K], barometer
 * f = P − (a + b·X) [bar], where X is the one variable it reads; calibration sd {@code cal}.
 */
final class LinearModel implements ThermodynamicModel {

    private final String id;
    private final ModelKind kind;
    private final String variable;
    private final double a;
    private final double b;
    private final double cal;

    LinearModel(String id, ModelKind kind, String variable, double a, double b, double cal) {
        this.id = id;
        this.kind = kind;
        this.variable = variable;
        this.a = a;
        this.b = b;
        this.cal = cal;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return id;
    }

    @Override
    public String reference() {
        return "test model";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    public List<String> phases() {
        return List.of(variable.substring(0, variable.indexOf('.')));
    }

    @Override
    public List<String> requires() {
        return List.of(variable);
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
    public Map<String, String> parameterValues() {
        return Map.of();
    }

    @Override
    public ThermodynamicModel withParameters(Map<String, String> values) {
        return this;
    }

    @Override
    public int residualCount() {
        return 1;
    }

    @Override
    public String residualUnit(int r) {
        return kind == ModelKind.BAROMETER ? "bar" : "K";
    }

    @Override
    public void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
        for (int i = 0; i < rows.length; i++) {
            double calibrated = a + b * x.get(variable, rows[i]);
            out[i] = (kind == ModelKind.BAROMETER ? pBar[i] : tK[i]) - calibrated;
        }
    }

    @Override
    public double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
        return cal;
    }

    @Override
    public List<String> validity(double pBar, double tK, CompositionTable x, int row) {
        return List.of();
    }

    @Override
    public double[] validityBox() {
        return new double[] { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
    }
}
