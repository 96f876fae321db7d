package org.petrobench.isocon.ui;

import java.util.List;

import org.petrobench.isocon.QPathPoint;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The q-path of the sparse isocon (ISOCON.md §7): the mass ratio r_j of every sample against q,
 * the chosen q marked and the stable q-range (same immobile set as at the chosen q) shaded.
 */
public final class QPathChart {

    private QPathChart() {
    }

    /** @param stable {qLow, qHigh} of the stable range, or null */
    public static Chart chart(List<QPathPoint> path, List<String> samples, double chosenQ, double[] stable) {
        Chart c = new Chart("q-path: mass ratio against the sparsity exponent q").axes("q", "mass ratio r");
        int n = path.size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (QPathPoint p : path) {
            for (double r : p.massRatio()) {
                if (Double.isFinite(r)) {
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
            }
        }
        if (stable != null && stable.length == 2 && lo <= hi) {
            double pad = Math.max(0.05, 0.1 * (hi - lo));
            c.add(new Layer.Band(new double[] { stable[0], stable[1] }, new double[] { lo - pad, lo - pad },
                    new double[] { hi + pad, hi + pad }, 0xdddddd, 255, "stable q-range"));
        }
        DataTable.Builder data = new DataTable.Builder("q", "sample", "mass_ratio", "immobile_set");
        for (int j = 0; j < samples.size(); j++) {
            double[] q = new double[n];
            double[] r = new double[n];
            for (int k = 0; k < n; k++) {
                q[k] = path.get(k).q();
                r[k] = path.get(k).massRatio()[j];
            }
            c.add(new Layer.Line(q, r, Palette.category(j), 1.8f, Layer.Dash.SOLID, samples.get(j)));
            c.add(new Layer.Points(q, r, new int[] { Palette.category(j) }, Layer.Marker.CIRCLE, true, 6, null, null,
                    null));
        }
        for (QPathPoint p : path) {
            for (int j = 0; j < samples.size(); j++) {
                data.row(p.q(), samples.get(j), p.massRatio()[j], String.join(";", p.immobile()));
            }
        }
        c.add(new Layer.Rule(false, chosenQ, 0x000000, Layer.Dash.DASHED, "chosen q = " + chosenQ));
        return c.data(data.build());
    }
}
