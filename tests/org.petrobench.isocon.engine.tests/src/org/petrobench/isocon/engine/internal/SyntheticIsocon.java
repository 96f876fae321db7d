package org.petrobench.isocon.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;

/**
 * The synthetic generator of ISOCON.md §8.2, written independently of the engine (it shares no
 * engine class): a basalt-like protolith, k random immobile components, r_j ∼ U[0.7, 1.5], mobile
 * Δ ∼ U(−0.8, 2), C^A = C^O(1+Δ)/r, then every value (protolith included) times (1 + σ z).
 */
final class SyntheticIsocon {

    static final String[] NAMES = { "SiO2", "TiO2", "Al2O3", "FeO", "MnO", "MgO", "CaO", "Na2O", "K2O", "P2O5", "Zr", "Nb", "Y",
            "Cr", "Ni", "V", "Sr", "Ba", "Rb", "Th", "La", "Ce", "Sm", "Yb", "Hf" };
    static final double[] VALUES = { 50, 1.5, 15, 10, 0.2, 7, 10, 2.5, 0.5, 0.2, 120, 8, 30, 300, 100, 250, 200, 100, 10, 1, 5, 15,
            3.5, 2.5, 3 };
    static final int MAJORS = 10;

    final int n;
    final int m;
    final double[] massRatio;
    final boolean[] immobile;
    final BulkCompositions data;

    /** @param n components (≤ 25), k immobile, m altered samples, noise σ (0.01 = 1 %) */
    SyntheticIsocon(int n, int k, int m, double noise, long seed) {
        this.n = n;
        this.m = m;
        Random rnd = new Random(seed);
        immobile = new boolean[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        for (int a = 0; a < k; a++) {
            immobile[order.get(a)] = true;
        }
        massRatio = new double[m];
        double[] values = new double[(m + 1) * n];
        for (int i = 0; i < n; i++) {
            values[i] = VALUES[i] * (1 + noise * rnd.nextGaussian());
        }
        for (int j = 0; j < m; j++) {
            massRatio[j] = 0.7 + 0.8 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                double delta = immobile[i] ? 0 : -0.8 + 2.8 * rnd.nextDouble();
                values[(j + 1) * n + i] = VALUES[i] * (1 + delta) / massRatio[j] * (1 + noise * rnd.nextGaussian());
            }
        }
        List<String> samples = new ArrayList<>();
        samples.add("P");
        for (int j = 0; j < m; j++) {
            samples.add("A" + (j + 1));
        }
        List<ConcentrationUnit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(i < MAJORS ? ConcentrationUnit.WT_PERCENT : ConcentrationUnit.PPM);
        }
        data = BulkCompositions.ofValues("synthetic", samples, Arrays.asList(NAMES).subList(0, n), units, values);
    }

    double rmse(double[] estimate) {
        double ss = 0;
        for (int j = 0; j < m; j++) {
            ss += (estimate[j] - massRatio[j]) * (estimate[j] - massRatio[j]);
        }
        return Math.sqrt(ss / m);
    }

    List<String> trueSet() {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (immobile[i]) {
                s.add(NAMES[i]);
            }
        }
        return s;
    }

    /** {truePositives, selected} against the true set. */
    int[] confusion(boolean[] selected) {
        int tp = 0;
        int sel = 0;
        for (int i = 0; i < n; i++) {
            tp += selected[i] && immobile[i] ? 1 : 0;
            sel += selected[i] ? 1 : 0;
        }
        return new int[] { tp, sel };
    }
}
