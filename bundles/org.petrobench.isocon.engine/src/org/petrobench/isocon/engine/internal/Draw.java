package org.petrobench.isocon.engine.internal;

/**
 * One realisation of the data an estimator sees: the point data or one bootstrap replicate.
 * {@code c0} = C_i^O (N), {@code altered} = C_ij^A (row-major M×N, NaN = missing),
 * {@code frame} = cells that may anchor the frame (present, not censored, C_i^O > 0, candidate
 * component), densities NaN when unknown.
 */
record Draw(int m, int n, double[] c0, double[] altered, double rhoO, double[] rhoA, boolean[] frame) {

    /** c_ij = C_ij^A / C_i^O. */
    double ratio(int j, int i) {
        return altered[j * n + i] / c0[i];
    }

    /** Cells usable for the mobility (present and not censored), whatever the frame. */
    boolean[] present(boolean[] censored) {
        boolean[] use = new boolean[m * n];
        for (int k = 0; k < use.length; k++) {
            use[k] = !Double.isNaN(altered[k]) && !censored[k];
        }
        return use;
    }
}
