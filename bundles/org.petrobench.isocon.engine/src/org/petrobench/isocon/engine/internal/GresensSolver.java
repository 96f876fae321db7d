package org.petrobench.isocon.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;

/**
 * Gresens' composition–volume method (Gresens 1967; ISOCON.md §3): the frame is stated as the
 * volume factor f_v (from {@code --immobile}, or {@code fv}, or 1 = constant volume). Densities of
 * the protolith and of every altered sample are required. The reported volume ratio is f_v.
 */
@Component(service = IsoconSolver.class)
public final class GresensSolver implements IsoconSolver {

    @Override
    public String id() {
        return "gresens";
    }

    @Override
    public String name() {
        return "Composition-volume (Gresens)";
    }

    @Override
    public String reference() {
        return "Gresens R.L. (1967) Composition-volume relationships of metasomatism. Chem. Geol. 2:47-65";
    }

    @Override
    public IsoconSolution solve(IsoconProblem problem, IsoconSettings settings, Monitor monitor)
            throws InputException, DataException {
        settings.validate("settings");
        if (!problem.hasDensities()) {
            throw new InputException(problem.source(), "column 'density_g_cm3'",
                    "expected a density for the protolith and every altered sample (gresens needs densities)");
        }
        boolean[] frame = settings.fv() != null || settings.immobile().isEmpty() ? null : Frame.of(problem, settings.immobile());
        if (frame != null) {
            GrantSolver.requireUsable(problem, frame);
        }
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("volumeFactor", frame != null ? "mean of the zero crossings over the frame"
                : settings.fv() != null ? "user fv" : "constant volume (fv = 1)");
        details.put("zeroCrossings", GresensEstimator.crossings(new DrawSource(problem).point()));
        GresensEstimator estimator = new GresensEstimator(frame, settings.fv(), problem.samples());
        return IsoconRun.solve(id(), problem, settings.withMethod(id()), estimator, List.of(), details, diagnostics, monitor);
    }
}
