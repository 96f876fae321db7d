package org.petrobench.isocon;

import java.util.List;
import java.util.Map;

import org.petrobench.core.Diagnostics;

/**
 * The result of an {@link IsoconSolver}: what {@code ./petrobench isocon} writes (ISOCON.md §6).
 *
 * @param solverId    id of the solver that produced it
 * @param problem     the input
 * @param settings    the settings with defaults resolved
 * @param transfer    mass ratios and transfer (point estimate)
 * @param uncertainty spread over replicates
 * @param immobileSet the frame
 * @param qPath       sparse only: one point per q of the path, else empty
 * @param details     method diagnostics for run.json (raw sparse r, objective, winning start,
 *                    iterations, stable q-range, cluster diagnostics, ...): plain values, lists,
 *                    arrays and maps only
 * @param diagnostics warnings and notes
 */
public record IsoconSolution(String solverId, IsoconProblem problem, IsoconSettings settings, MassTransfer transfer,
        Uncertainty uncertainty, ImmobileSet immobileSet, List<QPathPoint> qPath, Map<String, Object> details,
        Diagnostics diagnostics) {
}
