package org.petrobench.isocon;

import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/**
 * A mass-balance method (ISOCON.md): finds the mass ratio r_j = M_j^A/M^O of every altered
 * sample, the mass transfer it implies and its uncertainty. Services with ids {@code grant},
 * {@code gresens} and {@code sparse} ship with PetroBench; others may be plugged in as DS
 * components. Implementations are stateless and thread-safe.
 */
public interface IsoconSolver extends Contribution {

    /**
     * Solves one problem, including the bootstrap of ISOCON.md §5.6 when
     * {@link IsoconSettings#bootstrap()} > 0.
     *
     * @throws InputException the settings do not fit this method or the data (exit 2), e.g.
     *                        {@code --immobile} with sparse, gresens without densities
     * @throws DataException  the data give no result (exit 1), e.g. an empty frame
     */
    IsoconSolution solve(IsoconProblem problem, IsoconSettings settings, Monitor monitor)
            throws InputException, DataException;
}
