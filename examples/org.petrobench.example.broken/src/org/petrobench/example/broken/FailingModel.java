package org.petrobench.example.broken;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * A model whose component throws at activation, as a plug-in with a bad configuration or a missing
 * resource would: PetroBench must skip it with a warning naming this plug-in and list the others.
 */
@Component(service = ThermodynamicModel.class)
public final class FailingModel implements ThermodynamicModel {

    @Activate
    void activate() {
        throw new IllegalStateException("deliberately broken: this model fails at activation");
    }

    @Override
    public String id() {
        return "broken-activation";
    }

    @Override
    public String name() {
        return "Model failing at activation (isolation test)";
    }

    @Override
    public String reference() {
        return "docs/plugin-guide.md, isolation";
    }

    @Override
    public ModelKind kind() {
        return ModelKind.THERMOMETER;
    }

    @Override
    public ModelStatus status() {
        return ModelStatus.UNVERIFIED;
    }

    @Override
    public List<String> phases() {
        return List.of("Bt");
    }

    @Override
    public List<String> requires() {
        return List.of("Bt.XMg");
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
        return "K";
    }

    @Override
    public void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
        throw new IllegalStateException("never activated");
    }

    @Override
    public double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
        throw new IllegalStateException("never activated");
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
