package org.petrobench.pt.engine.internal;

import java.util.List;
import java.util.Map;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * A linear-Gaussian toy observation model for tests (PT.md §7 T8): f = (P − Toy.P, T − Toy.T) with
 * Toy.P in bar and Toy.T in K, σ_cal = (100 bar, 10 K).
 */
final class ToyObservation implements ThermodynamicModel {

    static final double SD_P_BAR = 100;
    static final double SD_T_K = 10;

    @Override
    public String id() {
        return "toy-observation";
    }

    @Override
    public String name() {
        return "linear toy observation";
    }

    @Override
    public String reference() {
        return "test";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public ModelKind kind() {
        return ModelKind.OBSERVATION;
    }

    @Override
    public ModelStatus status() {
        return ModelStatus.VERIFIED;
    }

    @Override
    public List<String> phases() {
        return List.of("Toy");
    }

    @Override
    public List<String> requires() {
        return List.of("Toy.P", "Toy.T");
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
        return 2;
    }

    @Override
    public String residualUnit(int r) {
        return r == 0 ? "bar" : "K";
    }

    @Override
    public void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
        for (int i = 0; i < rows.length; i++) {
            out[2 * i] = pBar[i] - x.get("Toy.P", rows[i]);
            out[2 * i + 1] = tK[i] - x.get("Toy.T", rows[i]);
        }
    }

    @Override
    public double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
        return r == 0 ? SD_P_BAR : SD_T_K;
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
