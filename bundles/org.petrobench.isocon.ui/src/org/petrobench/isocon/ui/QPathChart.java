package org.petrobench.isocon.ui;

import java.util.List;

import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.QPathPoint;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The q-path of the sparse isocon (ISOCON.md §5.5, §7). Top panel: the mass ratio r_j of every
 * sample against q, the chosen q marked and the stable q-range (same immobile set as at the
 * chosen q) shaded. Bottom panel: the mobility m_i of every component against q with the τ line;
 * components whose mobility crosses τ along the path are drawn in colour, the others grey.
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

    /**
     * The bottom panel. Decision: m_i(q) is evaluated with the refitted r_j(q) that the q-path
     * records (the raw sparse r is kept only for the chosen q), so a component near τ can sit on
     * the other side of the line than its selection at that q; filled markers show the membership
     * in I(q) as the solver chose it.
     *
     * @param c0      C_i^O
     * @param altered C_ij^A, row-major M×N
     * @param use     cells counted in the mobility (present and not censored), row-major M×N
     */
    public static Chart mobility(List<QPathPoint> path, List<String> components, double[] c0, double[] altered,
            boolean[] use, double tau, double chosenQ) {
        int n = components.size();
        int steps = path.size();
        double[][] mob = new double[n][steps];
        for (int k = 0; k < steps; k++) {
            double[] m = MassTransfer.mobility(c0, altered, use, path.get(k).massRatio());
            for (int i = 0; i < n; i++) {
                mob[i][k] = m[i];
            }
        }
        Chart c = new Chart("q-path: mobility of each component against q").axes("q",
                "mobility m (RMS relative transfer)");
        DataTable.Builder data = new DataTable.Builder("q", "component", "mobility", "in_immobile_set",
                "crosses_tau");
        double[] q = new double[steps];
        for (int k = 0; k < steps; k++) {
            q[k] = path.get(k).q();
        }
        int coloured = 0;
        double top = 1.5 * tau;
        for (int i = 0; i < n; i++) {
            boolean below = false;
            boolean above = false;
            for (double v : mob[i]) {
                below |= v < tau;
                above |= v >= tau;
                top = Double.isFinite(v) ? Math.max(top, 1.1 * v) : top;
            }
            boolean crosses = below && above;
            int rgb = crosses ? Palette.category(coloured++) : Palette.GREY;
            double[] inX = new double[steps];
            double[] inY = new double[steps];
            for (int k = 0; k < steps; k++) {
                boolean member = path.get(k).immobile().contains(components.get(i));
                inX[k] = member ? q[k] : Double.NaN;
                inY[k] = member ? mob[i][k] : Double.NaN;
                data.row(q[k], components.get(i), mob[i][k], member, crosses);
            }
            c.add(new Layer.Line(q, mob[i], rgb, crosses ? 2f : 1f, Layer.Dash.SOLID,
                    crosses ? components.get(i) : null));
            c.add(new Layer.Points(inX, inY, new int[] { rgb }, Layer.Marker.CIRCLE, true, 6, null, null, null));
        }
        c.add(new Layer.Rule(true, tau, Palette.RED, Layer.Dash.DASHED, "\u03c4 = " + tau));
        // every line is named at its left end (grey lines have no legend entry)
        double qMax = Math.max(q[steps - 1], chosenQ);
        double[] lx = new double[n];
        double[] ly = new double[n];
        for (int i = 0; i < n; i++) {
            lx[i] = q[0];
            ly[i] = mob[i][0];
        }
        String[] names = components.toArray(new String[0]);
        LabelPlacement.Anchors at = LabelPlacement.place(lx, ly, names, new double[] { 0, qMax },
                new double[] { 0, top }, GresensDiagram.PIXELS_X, GresensDiagram.PIXELS_Y);
        c.add(new Layer.Labels(at.x(), at.y(), names, 0x333333));
        c.xRange(0, qMax).yRange(0, top);
        c.add(new Layer.Rule(false, chosenQ, 0x000000, Layer.Dash.DASHED, "chosen q = " + chosenQ));
        return c.data(data.build());
    }
}
