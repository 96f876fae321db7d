package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;

/**
 * PT.md §7 T10 (for α): the EM polish of {@link HyperparameterSearch} ends where the Laplace evidence
 * is maximal — Nelder–Mead (commons-math3) directly on log Z(log α_P, log α_T), with σ_m at the
 * EM's values, started from the best grid cell, finds the same α within 5 % and no higher evidence.
 */
class EvidenceMaximumTest {

    @Test
    void emPolishFindsTheEvidenceMaximum() throws DataException {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(60, 0.005, 1.0, 21, true);
        MrfInverter.Setup setup = MrfInverter.Setup.of(syn.profile, BuiltInModels.fs78AndGaspKy(), 0.1, 40, 473, 1473,
                new Diagnostics());
        MrfProblem pr = setup.problem();
        MapFit fit = new MapFit(pr);
        HyperparameterSearch.Result r = new HyperparameterSearch(pr, fit).run(setup.initialPath(),
                HyperparameterSearch.logSpaced(0.05, 20, 9), HyperparameterSearch.logSpaced(1, 500, 9), Monitor.silent());
        System.arraycopy(r.sigma2(), 0, pr.sigma2, 0, pr.channels);
        double[] th = r.theta().clone();
        MultivariateFunction logZ = x -> {
            double aP = Math.exp(x[0]);
            double aT = Math.exp(x[1]);
            fit.fit(th, aP, aT);
            double[] lap = fit.laplace(th, aP, aT);
            return pr.logEvidence(lap[0], lap[1], aP, aT);
        };
        HyperparameterSearch.Cell best = r.grid()[0];
        for (HyperparameterSearch.Cell c : r.grid()) {
            if (c.logZ() > best.logZ()) {
                best = c;
            }
        }
        PointValuePair nm = new SimplexOptimizer(1e-12, 1e-10).optimize(new MaxEval(4000), new ObjectiveFunction(logZ),
                GoalType.MAXIMIZE, new InitialGuess(new double[] { Math.log(best.alphaP()), Math.log(best.alphaT()) }),
                new NelderMeadSimplex(new double[] { 0.3, 0.3 }));
        double nmP = Math.exp(nm.getPoint()[0]);
        double nmT = Math.exp(nm.getPoint()[1]);
        System.out.println(String.format(Locale.ROOT, "EM α_P %.5g α_T %.5g log Z %.6f | Nelder–Mead α_P %.5g α_T %.5g log Z %.6f",
                r.alphaP(), r.alphaT(), r.logZ(), nmP, nmT, nm.getValue()));
        assertEquals(1, r.alphaP() / nmP, 0.05, "α_P");
        assertEquals(1, r.alphaT() / nmT, 0.05, "α_T");
        assertTrue(nm.getValue() <= r.logZ() + 1e-3, "no higher evidence than at the EM estimate");
    }
}
