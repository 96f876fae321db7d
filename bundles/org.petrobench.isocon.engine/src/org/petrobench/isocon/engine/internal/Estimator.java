package org.petrobench.isocon.engine.internal;

import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;

/** A frame-finding rule applied to one {@link Draw}; the same rule runs on the data and on every replicate. */
interface Estimator {

    /**
     * @param diagnostics receives warnings of the point estimate; replicates pass a throw-away instance
     */
    Estimate estimate(Draw draw, Diagnostics diagnostics) throws DataException;
}
