package org.petrobench.pt;

import java.util.List;
import java.util.Map;

/**
 * A linear model written the way a lab would, against the API only: thermometer
 * f = T − (a + b·P + c·x) [K] or barometer f = P − (a + b·T + c·x) [bar], x = one variable
 * {@code <phase>.X}. Parameter "shift" adds to a. Validity box T 500–900 K.
 */
public final class ToyModel implements ThermodynamicModel {

    private final String id;
    private final ModelKind kind;
    private final String phase;
    private final double a;
    private final double b;
    private final double c;
    private final double sd;
    private final ModelStatus status;

    public ToyModel(String id, ModelKind kind, String phase, double a, double b, double c, double sd, ModelStatus status) {
        this.id = id;
        this.kind = kind;
        this.phase = phase;
        this.a = a;
        this.b = b;
        this.c = c;
        this.sd = sd;
        this.status = status;
    }

    public static ToyModel thermometer(String id, String phase, double a, double b, double c, double sd) {
        return new ToyModel(id, ModelKind.THERMOMETER, phase, a, b, c, sd, ModelStatus.VERIFIED);
    }

    public static ToyModel barometer(String id, String phase, double a, double b, double c, double sd) {
        return new ToyModel(id, ModelKind.BAROMETER, phase, a, b, c, sd, ModelStatus.VERIFIED);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "toy " + id;
    }

    @Override
    public String reference() {
        return "test";
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    @Override
    public List<String> phases() {
        return List.of(phase);
    }

    @Override
    public List<String> requires() {
        return List.of(phase + ".X");
    }

    @Override
    public List<String> optionalVariables() {
        return List.of();
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.numeric("shift", "added to a", kind == ModelKind.THERMOMETER ? "K" : "bar", 0.0, -1e4, 1e4));
    }

    @Override
    public Map<String, String> parameterValues() {
        return Map.of("shift", "0.0");
    }

    @Override
    public ThermodynamicModel withParameters(Map<String, String> values) {
        double shift = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getKey().equals("shift")) {
                throw new IllegalArgumentException("model " + id + " has no parameter '" + e.getKey() + "'");
            }
            shift = (Double) parameters().get(0).parse(e.getValue());
        }
        return new ToyModel(id, kind, phase, a + shift, b, c, sd, status);
    }

    @Override
    public int residualCount() {
        return 1;
    }

    @Override
    public String residualUnit(int r) {
        return kind == ModelKind.THERMOMETER ? "K" : "bar";
    }

    @Override
    public void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
        for (int i = 0; i < rows.length; i++) {
            double v = x.get(phase + ".X", rows[i]);
            out[i] = kind == ModelKind.THERMOMETER ? tK[i] - (a + b * pBar[i] + c * v) : pBar[i] - (a + b * tK[i] + c * v);
        }
    }

    @Override
    public double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
        return sd;
    }

    @Override
    public List<String> validity(double pBar, double tK, CompositionTable x, int row) {
        return tK < 500 || tK > 900 ? List.of(id + ": T outside 500-900 K") : List.of();
    }

    @Override
    public double[] validityBox() {
        return new double[] { Double.NaN, Double.NaN, 500, 900 };
    }
}
