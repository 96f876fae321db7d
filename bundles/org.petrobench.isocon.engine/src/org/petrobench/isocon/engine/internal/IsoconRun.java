package org.petrobench.isocon.engine.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.ImmobileSet;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.QPathPoint;
import org.petrobench.isocon.Uncertainty;

/**
 * What every solver does around its estimator: the point estimate, the derived quantities
 * (ISOCON.md §3), the mobility of every component with the final r (§5.5) and the uncertainty
 * (§5.6), assembled into an {@link IsoconSolution}. Uncertainty: {@code bootstrap} 0 gives the
 * estimator's standard error where it has one (grant/gresens (a)/(b), §4), else nothing; one
 * protolith analysis without sd columns gives nothing and the warning "no uncertainty
 * information", for every method; otherwise the bootstrap.
 */
final class IsoconRun {

    private IsoconRun() {
    }

    static IsoconSolution solve(String solverId, IsoconProblem problem, IsoconSettings settings, Estimator estimator,
            List<QPathPoint> qPath, Map<String, Object> extraDetails, Diagnostics diagnostics, Monitor monitor)
            throws DataException {
        return solve(solverId, problem, settings, estimator, null, qPath, extraDetails, diagnostics, monitor);
    }

    /** As above, with the point estimate already computed ({@code known}, or null to compute it). */
    static IsoconSolution solve(String solverId, IsoconProblem problem, IsoconSettings settings, Estimator estimator,
            Estimate known, List<QPathPoint> qPath, Map<String, Object> extraDetails, Diagnostics diagnostics, Monitor monitor)
            throws DataException {
        int m = problem.sampleCount();
        int n = problem.componentCount();
        DrawSource source = new DrawSource(problem);
        Draw point = source.point();
        Estimate e = known != null ? known : estimator.estimate(point, diagnostics);
        MassTransfer transfer = MassTransfer.of(point.c0(), point.rhoO(), point.altered(), point.rhoA(), e.massRatio());
        double[] mobility = MassTransfer.mobility(point.c0(), point.altered(), point.present(source.censored()),
                e.massRatio());
        Uncertainty uncertainty;
        boolean hasSe = Arrays.stream(e.massRatioSe()).anyMatch(Double::isFinite);
        if (settings.bootstrap() == 0) {
            uncertainty = hasSe ? Uncertainty.standardError(e.massRatioSe(), n) : Uncertainty.none(m, n);
        } else if (problem.protolithCount() > 1 || problem.hasAnalyticalSd()) {
            uncertainty = Bootstrap.run(source, estimator, settings.bootstrap(), settings.seed(), m, n, monitor);
            if (uncertainty.failed() > 0) {
                diagnostics.warn(uncertainty.failed() + " of " + uncertainty.replicates()
                        + " bootstrap replicates gave no result and were left out");
            }
        } else {
            // §5.6: every replicate would be identical; the §4 standard error is reserved for --bootstrap 0
            diagnostics.warn("no uncertainty information: one protolith analysis and no sd columns");
            uncertainty = Uncertainty.none(m, n);
        }
        Map<String, Object> details = new LinkedHashMap<>(e.details());
        details.putAll(extraDetails);
        details.put("massRatioP025", uncertainty.massRatioP025());
        details.put("massRatioP50", uncertainty.massRatioP50());
        details.put("massRatioP975", uncertainty.massRatioP975());
        details.put("bootstrapReplicates", uncertainty.replicates());
        details.put("bootstrapFailed", uncertainty.failed());
        ImmobileSet set = new ImmobileSet(problem.components(), e.immobile(), mobility, uncertainty.selectedFraction());
        return new IsoconSolution(solverId, problem, settings, transfer, uncertainty, set, qPath, details, diagnostics);
    }
}
