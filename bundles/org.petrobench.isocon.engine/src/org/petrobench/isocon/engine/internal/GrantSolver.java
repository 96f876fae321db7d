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
import org.petrobench.isocon.IsoconSettings.Slope;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;

/**
 * The isocon method of Grant (1986, 2005): r_j = 1/s_j with the isocon slope s_j from the frame
 * given by the user or chosen by a slope strategy (ISOCON.md §4). {@code auto} (Decision) is
 * {@code meanRatio} with {@code --immobile}, {@code cluster} without.
 */
@Component(service = IsoconSolver.class)
public final class GrantSolver implements IsoconSolver {

    @Override
    public String id() {
        return "grant";
    }

    @Override
    public String name() {
        return "Isocon (Grant)";
    }

    @Override
    public String reference() {
        return "Grant J.A. (1986) Econ. Geol. 81:1976-1982; Grant J.A. (2005) Phys. Chem. Earth 30:997-1004";
    }

    @Override
    public IsoconSolution solve(IsoconProblem problem, IsoconSettings settings, Monitor monitor)
            throws InputException, DataException {
        settings.validate("settings");
        Slope slope = settings.slope() == Slope.auto ? (settings.immobile().isEmpty() ? Slope.cluster : Slope.meanRatio)
                : settings.slope();
        boolean[] frame = Frame.of(problem, settings.immobile());
        if ((slope == Slope.meanRatio || slope == Slope.leastSquares) && settings.immobile().isEmpty()) {
            throw new InputException("--immobile", null, "expected the frame components for slope strategy " + slope
                    + " (or use slope cluster, constantMass or constantVolume)");
        }
        if (slope == Slope.constantVolume && !problem.hasDensities()) {
            throw new InputException(problem.source(), "column 'density_g_cm3'",
                    "expected a density for the protolith and every altered sample (slope constantVolume)");
        }
        Diagnostics diagnostics = new Diagnostics();
        if (slope == Slope.meanRatio || slope == Slope.leastSquares) {
            requireUsable(problem, frame);
        }
        IsoconSettings resolved = settings.withMethod(id()).withSlope(slope);
        GrantEstimator estimator = estimator(problem, resolved, frame, settings.clusterWidth());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("slope", slope.name());
        if (slope == Slope.cluster) {
            details.put("clusterStability", clusterStability(problem, resolved, frame));
        }
        return IsoconRun.solve(id(), problem, resolved, estimator, List.of(), details, diagnostics, monitor);
    }

    static GrantEstimator estimator(IsoconProblem problem, IsoconSettings s, boolean[] frame, double width) {
        return new GrantEstimator(s.slope(), s.mean(), s.weighting(), frame, width, problem.alteredSd(),
                Frame.protolithMeanSd(problem), Frame.massFractions(problem), problem.samples(), problem.components());
    }

    /** An empty frame after removing volatile, zero-protolith and censored components is exit 1 (ISOCON.md §4). */
    static void requireUsable(IsoconProblem problem, boolean[] frame) throws DataException {
        boolean[] candidate = problem.frameCandidates();
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] && candidate[i]) {
                return;
            }
        }
        throw new DataException("the immobile set is empty once volatile, zero-protolith and censored components are removed");
    }

    /** Cluster results for the window factors 1.05, 1.10, 1.20 (ISOCON.md §4c step 5). */
    private static List<Map<String, Object>> clusterStability(IsoconProblem problem, IsoconSettings s, boolean[] frame) {
        Draw point = new DrawSource(problem).point();
        return GrantEstimator.CLUSTER_WIDTHS.stream().map(width -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("clusterWidth", width);
            try {
                Estimate e = estimator(problem, s, frame, width).estimate(point, null);
                row.put("massRatio", e.massRatio());
                row.put("frameInEverySample", new org.petrobench.isocon.ImmobileSet(problem.components(), e.immobile(),
                        new double[0], new double[0]).names());
            } catch (DataException failed) {
                row.put("failed", failed.getMessage());
            }
            return row;
        }).toList();
    }
}
