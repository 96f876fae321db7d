package org.petrobench.core.chem;

import java.util.List;

/**
 * Recalculation of oxide wt% to cations per formula unit on a fixed number of oxygens, for many
 * analyses of the same oxides (map pixels) without allocating per analysis:
 * <pre>apfu_c = (w_c·n_c/M_c) · X / Σ_o (w_o·m_o/M_o)</pre>
 * with w the oxide wt%, n and m the cations and oxygens of the oxide, M its molar mass and X the
 * oxygen basis (Deer, Howie & Zussman 1992, An Introduction to the Rock-Forming Minerals, 2nd ed.,
 * Appendix 1). Iron is taken as reported (FeO as Fe²⁺, Fe2O3 as Fe³⁺).
 */
public final class OxygenBasis {

    private final double oxygens;
    private final List<Oxide> oxides;
    private final double[] cationsPerWeight;
    private final double[] oxygensPerWeight;

    /**
     * @param oxygens oxygen basis X (12 for garnet, 11 for anhydrous micas, 8 for feldspar, 6 for pyroxene)
     * @param oxides  the oxides, in the order of the wt% arrays passed to {@link #cations}
     */
    public OxygenBasis(double oxygens, List<Oxide> oxides) {
        if (!(oxygens > 0) || Double.isInfinite(oxygens)) {
            throw new IllegalArgumentException("oxygen basis must be a positive number, found " + oxygens);
        }
        this.oxygens = oxygens;
        this.oxides = List.copyOf(oxides);
        cationsPerWeight = new double[this.oxides.size()];
        oxygensPerWeight = new double[this.oxides.size()];
        for (int i = 0; i < cationsPerWeight.length; i++) {
            Oxide o = this.oxides.get(i);
            cationsPerWeight[i] = o.cations() / o.molarMass();
            oxygensPerWeight[i] = o.oxygens() / o.molarMass();
        }
    }

    public double oxygens() {
        return oxygens;
    }

    public List<Oxide> oxides() {
        return oxides;
    }

    /**
     * Writes the cations per formula unit of each oxide's cation into {@code cationsOut} and
     * returns their sum. Without oxygen (all wt% zero) every output is NaN.
     *
     * @param weightPercent oxide wt%, one per oxide, in order (not checked: NaN propagates)
     * @param cationsOut    receives apfu, one per oxide; may be the input array
     */
    public double cations(double[] weightPercent, double[] cationsOut) {
        if (weightPercent.length != cationsPerWeight.length || cationsOut.length != cationsPerWeight.length) {
            throw new IllegalArgumentException("expected " + cationsPerWeight.length + " values (one per oxide), found "
                    + weightPercent.length + " and " + cationsOut.length);
        }
        double oxygenMoles = 0;
        for (int i = 0; i < weightPercent.length; i++) {
            oxygenMoles += weightPercent[i] * oxygensPerWeight[i];
        }
        double scale = oxygenMoles > 0 ? oxygens / oxygenMoles : Double.NaN;
        double sum = 0;
        for (int i = 0; i < weightPercent.length; i++) {
            cationsOut[i] = weightPercent[i] * cationsPerWeight[i] * scale;
            sum += cationsOut[i];
        }
        return oxygenMoles > 0 ? sum : Double.NaN;
    }
}
