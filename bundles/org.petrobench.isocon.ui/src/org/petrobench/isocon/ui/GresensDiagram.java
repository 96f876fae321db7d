package org.petrobench.isocon.ui;

import java.util.Locale;

import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.NiceTicks;
import org.petrobench.ui.plot.Palette;

/**
 * Gresens' composition–volume diagram (Gresens 1967; ISOCON.md §3, §7) of one altered sample and
 * one {@link UnitPanel}: every component is the line Δx_i(f_v) = f_v·(ρ^A/ρ^O)·C_i^A − C_i^O (R1)
 * per protolith mass, crossing zero at f_v,i = (ρ^O/ρ^A)(C_i^O/C_i^A) (R2); the zero line and the
 * chosen f_v are drawn, the crossings as open circles. Frame components are drawn thicker. Lines
 * are labelled at the right edge (no legend, which would cover the steep lines' ends).
 */
public final class GresensDiagram {

    /** Nominal plot size in pixels for label placement (a half-height panel of the part). */
    static final double PIXELS_X = 520;
    static final double PIXELS_Y = 250;

    private GresensDiagram() {
    }

    /**
     * @param c0      C_i^O in each column's unit
     * @param cA      C_i^A of the sample in each column's unit
     * @param rhoO    ρ^O
     * @param rhoA    ρ^A of the sample
     * @param fv      the chosen volume factor f_v = V^A/V^O
     * @param frame   the frame (immobile) flags
     */
    public static Chart chart(String sample, String[] components, double[] c0, double[] cA, double rhoO, double rhoA,
            double fv, boolean[] frame, UnitPanel panel) {
        int[] idx = panel.components();
        int n = idx.length;
        double fMax = Math.max(2, 1.5 * (Double.isFinite(fv) ? fv : 1));
        double density = rhoA / rhoO;
        double[] at0 = new double[n];
        double[] atMax = new double[n];
        double[] crossing = new double[n];
        double lo = 0;
        double hi = 0;
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            double o = panel.factor()[k] * c0[i];
            double a = panel.factor()[k] * cA[i];
            at0[k] = -o;
            atMax[k] = fMax * density * a - o;
            crossing[k] = a > 0 && o > 0 ? o / (density * a) : Double.NaN;
            if (Double.isFinite(atMax[k])) {
                lo = Math.min(lo, Math.min(at0[k], atMax[k]));
                hi = Math.max(hi, Math.max(at0[k], atMax[k]));
            }
        }
        double[] yr = NiceTicks.widen(lo, hi, 8);
        Chart c = new Chart(String.format(Locale.ROOT, "Gresens diagram: %s, %s components (f_v = %s; \u25cb zero crossings)", sample,
                panel.unit(), fmt(fv))).axes("volume factor f_v = V\u1d2c/V\u1d3c",
                        "\u0394x (" + panel.unit() + ", referred to the protolith mass)").xRange(0, fMax).yRange(yr[0], yr[1]);
        c.add(new Layer.Rule(true, 0, Palette.BLACK, Layer.Dash.SOLID, null));
        String[] labels = new String[n];
        double[] lx = new double[n];
        double[] ly = new double[n];
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            boolean inFrame = frame[i];
            c.add(new Layer.Line(new double[] { 0, fMax }, new double[] { at0[k], atMax[k] }, Palette.category(k),
                    inFrame ? 3f : 2f, Layer.Dash.SOLID, null));
            labels[k] = components[i];
            // the label ends inside the plot at its right edge, with room for a wider font
            double fraction = 1 - (1.3 * labels[k].length() * LabelPlacement.CHAR_WIDTH + 3 * LabelPlacement.OFFSET)
                    / PIXELS_X;
            lx[k] = fMax * fraction;
            ly[k] = at0[k] + (atMax[k] - at0[k]) * fraction;
        }
        c.add(new Layer.Points(crossing, new double[n], new int[] { Palette.BLACK }, Layer.Marker.CIRCLE, false, 7,
                null, null, null));
        c.add(new Layer.Rule(false, fv, Palette.RED, Layer.Dash.DASHED, "chosen f_v = " + fmt(fv)));
        LabelPlacement.Anchors at = LabelPlacement.place(lx, ly, labels, new double[] { 0, fMax }, yr, PIXELS_X,
                PIXELS_Y);
        c.add(new Layer.Labels(at.x(), at.y(), labels, 0x000000));
        DataTable.Builder data = new DataTable.Builder("sample", "component", "unit", "C0", "CA", "slope_per_fv",
                "zero_crossing_fv", "delta_x_at_chosen_fv", "frame", "chosen_fv");
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            double o = panel.factor()[k] * c0[i];
            double a = panel.factor()[k] * cA[i];
            data.row(sample, components[i], panel.unit(), o, a, density * a, crossing[k], fv * density * a - o,
                    frame[i], fv);
        }
        return c.data(data.build());
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "?";
    }
}
