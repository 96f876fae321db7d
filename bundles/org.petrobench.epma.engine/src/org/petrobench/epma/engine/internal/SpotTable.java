package org.petrobench.epma.engine.internal;

/**
 * Spot intensities per spot s and quantified element e on plain arrays (EPMA.md §4): peak Pk
 * (the file's peak, else Net + B_int), background at the peak B_int, Net, C, the map intensity
 * M = X_{pix(s),e}/E_m, and the spot peak exposure E_s = t_pk·I_s.
 */
final class SpotTable {
    final int spots;
    final int elements;
    final double[][] peak;
    final double[][] background;
    final double[][] net;
    final double[][] wt;
    final double[][] map;
    final double[][] peakExposure;
    final int[] pixel;

    SpotTable(int spots, int elements) {
        this.spots = spots;
        this.elements = elements;
        peak = new double[elements][spots];
        background = new double[elements][spots];
        net = new double[elements][spots];
        wt = new double[elements][spots];
        map = new double[elements][spots];
        peakExposure = new double[elements][spots];
        pixel = new int[spots];
    }
}
