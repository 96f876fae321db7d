package org.petrobench.isocon.engine.internal;

import java.util.List;

import org.petrobench.core.InputException;
import org.petrobench.isocon.IsoconProblem;

/** The user's frame ({@code --immobile}) as component flags; names must be components of the problem. */
final class Frame {

    private Frame() {
    }

    static boolean[] of(IsoconProblem problem, List<String> names) throws InputException {
        boolean[] set = new boolean[problem.componentCount()];
        for (String name : names) {
            int i = problem.indexOf(name);
            if (i < 0) {
                throw new InputException("--immobile", null, "no component '" + name + "' in the input (components: "
                        + problem.components() + ")");
            }
            set[i] = true;
        }
        return set;
    }

    /** Per-component mass fraction of one unit (for the unweighted least-squares option). */
    static double[] massFractions(IsoconProblem problem) {
        double[] f = new double[problem.componentCount()];
        for (int i = 0; i < f.length; i++) {
            f[i] = problem.unit(i).massFraction();
        }
        return f;
    }

    /**
     * 1σ of C_i^O for the York-type least squares (Decision): the standard error of the replicate
     * mean, combining the mean analytical variance and the replicate spread, both divided by n_p.
     */
    static double[] protolithMeanSd(IsoconProblem problem) {
        int n = problem.componentCount();
        int p = problem.protolithCount();
        double[] sd = problem.protolithSd();
        double[] spread = problem.protolithSpread();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double var = 0;
            int k = 0;
            for (int r = 0; r < p; r++) {
                if (sd[r * n + i] > 0) {
                    var += sd[r * n + i] * sd[r * n + i];
                    k++;
                }
            }
            double analytical = k == 0 ? Double.NaN : var / k;
            double total = Double.isNaN(analytical) ? Double.NaN : analytical / p;
            if (Double.isFinite(spread[i]) && Double.isFinite(total)) {
                total += spread[i] * spread[i] / p;
            }
            out[i] = Math.sqrt(total);
        }
        return out;
    }
}
