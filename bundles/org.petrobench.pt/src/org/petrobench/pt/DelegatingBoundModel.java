package org.petrobench.pt;

/**
 * The default binding for models that do not provide their own: definedness decided once per row
 * through {@link ThermodynamicModel#definedAt}, residuals delegated to
 * {@link ThermodynamicModel#residuals} (so a plug-in written before {@code bind} existed gives the
 * same values through both).
 */
final class DelegatingBoundModel implements BoundModel {

    private final ThermodynamicModel model;
    private final CompositionTable x;
    private final boolean[] defined;

    DelegatingBoundModel(ThermodynamicModel model, CompositionTable x) {
        this.model = model;
        this.x = x;
        this.defined = new boolean[x.rows()];
        for (int k = 0; k < defined.length; k++) {
            defined[k] = model.definedAt(x, k);
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
        model.residuals(pBar, tK, x, rows, out);
    }
}
