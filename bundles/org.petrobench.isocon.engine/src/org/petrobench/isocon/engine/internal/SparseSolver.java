package org.petrobench.isocon.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.ImmobileSet;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.isocon.QPathPoint;

/**
 * Sparse isocon (ISOCON.md §5, our reconstruction of Kuwatani et al. 2020, Chem. Geol.
 * 532:119345, doi:10.1016/j.chemgeo.2019.119345; CHECK-PAPER): the frame is chosen from all
 * altered samples at once by a group-sparsity objective; then the q-path over
 * {@link IsoconSettings#qPath()} and the stable q-range (the largest run of path q values around
 * the chosen q with the same immobile set). The bootstrap reruns the chosen q only.
 */
@Component(service = IsoconSolver.class)
public final class SparseSolver implements IsoconSolver {

    @Override
    public String id() {
        return "sparse";
    }

    @Override
    public String name() {
        return "Sparse isocon (group-sparse frame selection)";
    }

    @Override
    public String reference() {
        return "Kuwatani T. et al. (2020) Sparse isocon analysis. Chem. Geol. 532:119345, doi:10.1016/j.chemgeo.2019.119345"
                + " (objective and algorithm reconstructed, ISOCON.md section 5)";
    }

    @Override
    public IsoconSolution solve(IsoconProblem problem, IsoconSettings settings, Monitor monitor)
            throws InputException, DataException {
        settings.validate("settings");
        if (!settings.immobile().isEmpty()) {
            throw new InputException("--immobile", null, "not used by --method sparse: give per-component weights"
                    + " (componentWeights in the method file), or run --method grant with that set");
        }
        Diagnostics diagnostics = new Diagnostics();
        double[] weights = new double[problem.componentCount()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = problem.weight(i);
        }
        boolean[] censored = problem.censored();
        List<String> samples = problem.samples();
        List<String> components = problem.components();
        Draw point = new DrawSource(problem).point();
        TreeMap<Double, QPathPoint> path = new TreeMap<>();
        for (double q : settings.qPath()) {
            monitor.checkCanceled();
            if (q != settings.q()) {
                Estimate e = new SparseEstimator(settings, q, weights, censored, samples, components).estimate(point, null);
                path.put(q, new QPathPoint(q, e.massRatio(), names(problem, e.immobile())));
            }
        }
        SparseEstimator chosen = new SparseEstimator(settings, settings.q(), weights, censored, samples,
                components);
        Estimate atQ = chosen.estimate(point, diagnostics);
        List<String> set = names(problem, atQ.immobile());
        path.put(settings.q(), new QPathPoint(settings.q(), atQ.massRatio(), set));
        double[] stable = stableRange(path, settings.q());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("immobileSet", set);
        details.put("stableQRange", stable);
        if (stable[0] == stable[1]) {
            diagnostics.warn("immobile set depends on q: it changes next to q = " + settings.q() + " on the q-path");
        }
        List<QPathPoint> qPath = new ArrayList<>();
        for (double q : settings.qPath()) {
            qPath.add(path.get(q));
        }
        Estimator replicates = settings.bootstrapStarts() == IsoconSettings.BootstrapStarts.warm
                ? chosen.warm((Integer) atQ.details().get("winningStartComponent"))
                : chosen;
        return IsoconRun.solve(id(), problem, settings.withMethod(id()), replicates, atQ, qPath, details, diagnostics,
                monitor);
    }

    private static List<String> names(IsoconProblem problem, boolean[] immobile) {
        return new ImmobileSet(problem.components(), immobile, new double[0], new double[0]).names();
    }

    /** [q_lo, q_hi]: the largest run of consecutive path q values around {@code q} with the same immobile set. */
    static double[] stableRange(TreeMap<Double, QPathPoint> path, double q) {
        List<Double> keys = new ArrayList<>(path.keySet());
        int at = keys.indexOf(q);
        List<String> set = path.get(q).immobile();
        int lo = at;
        int hi = at;
        while (lo > 0 && path.get(keys.get(lo - 1)).immobile().equals(set)) {
            lo--;
        }
        while (hi < keys.size() - 1 && path.get(keys.get(hi + 1)).immobile().equals(set)) {
            hi++;
        }
        return new double[] { keys.get(lo), keys.get(hi) };
    }
}
