package org.petrobench.isocon.ui;

import java.util.List;
import java.util.Locale;

import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The isocon diagram of one altered sample (Grant 1986; ISOCON.md §7): x = g_i·C_i^O,
 * y = g_i·C_ij^A; the isocon y = s_j x (solid, labelled with r_j and ΔM), constant mass y = x
 * (dashed), constant volume y = (ρ^O/ρ_j^A)·x (dotted, only with densities), optionally the
 * bootstrap 95 % fan of slopes [1/r_97.5, 1/r_2.5]. Immobile (frame) components are filled, mobile
 * ones open, censored ones crossed; 2σ error bars where sds exist. Labels are moved apart by
 * {@link LabelPlacement}.
 */
public final class IsoconDiagram {

    /** The protolith: component names (with units), mean concentrations and their 1σ (NaN = unknown). */
    public record Protolith(String[] components, String[] units, double[] c0, double[] sd0) {
    }

    /**
     * One altered sample with its solution: concentrations, 1σ, censored cells, isocon slope
     * s = 1/r, mass ratio r with its bootstrap 2.5 and 97.5 % percentiles (NaN without a
     * bootstrap), the constant-volume slope ρ^O/ρ^A (NaN without densities) and the immobile flags.
     */
    public record Altered(String name, double[] cA, double[] sdA, boolean[] censored, double slope, double massRatio,
            double massRatioP025, double massRatioP975, double volumeSlope, boolean[] immobile) {
    }

    /** Where the legend box starts, as fractions of the axis extent (x from the left, y from the bottom). */
    private static final double LEGEND_LEFT = 0.4;
    private static final double LEGEND_BOTTOM = 0.7;

    /** Nominal plot size in pixels for label placement (the 640 × 480 snapshot's square plot area). */
    static final double NOMINAL_PIXELS = 400;

    private IsoconDiagram() {
    }

    /**
     * @param g   scale factor g_i per component
     * @param fan whether to draw the bootstrap fan of slopes (drawn only when the percentiles exist)
     */
    public static Chart chart(Protolith o, Altered a, double[] g, boolean fan) {
        int n = o.c0().length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] ex = new double[n];
        double[] ey = new double[n];
        String[] labels = new String[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            x[i] = g[i] * o.c0()[i];
            y[i] = g[i] * a.cA()[i];
            ex[i] = 2 * g[i] * o.sd0()[i];
            ey[i] = 2 * g[i] * a.sdA()[i];
            labels[i] = ComponentScale.label(o.components()[i], g[i]);
            max = Math.max(max, Math.max(finite(x[i] + (Double.isFinite(ex[i]) ? ex[i] : 0)),
                    finite(y[i] + (Double.isFinite(ey[i]) ? ey[i] : 0))));
        }
        double extent = max > 0 ? max * 1.08 : 1;
        // the legend sits in the top-right corner: points there widen the axes until they lie below it
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && x[i] > LEGEND_LEFT * extent
                    && y[i] > LEGEND_BOTTOM * extent) {
                extent = Math.max(extent, y[i] / LEGEND_BOTTOM);
            }
        }
        double deltaMass = 100 * (a.massRatio() - 1);
        Chart c = new Chart("Isocon diagram: " + a.name()).axes("protolith, scaled (C\u1d3c \u00d7 g)",
                a.name() + ", scaled (C\u1d2c \u00d7 g)").xRange(0, extent).yRange(0, extent);
        c.add(new Layer.Line(new double[] { 0, extent }, new double[] { 0, extent }, Palette.GREY, 1f,
                Layer.Dash.DASHED, "constant mass"));
        if (Double.isFinite(a.volumeSlope())) {
            c.add(new Layer.Line(new double[] { 0, extent }, new double[] { 0, extent * a.volumeSlope() },
                    Palette.GREY, 1f, Layer.Dash.DOTTED, "constant volume"));
        }
        if (fan && Double.isFinite(a.massRatioP025()) && Double.isFinite(a.massRatioP975())) {
            c.add(new Layer.Polygon(new double[] { 0, extent, extent },
                    new double[] { 0, extent / a.massRatioP975(), extent / a.massRatioP025() }, Palette.category(0), 50,
                    false, "bootstrap 95 % of the isocon slope"));
        }
        c.add(new Layer.Line(new double[] { 0, extent }, new double[] { 0, extent * a.slope() }, Palette.category(0),
                2f, Layer.Dash.SOLID, String.format(Locale.ROOT, "isocon: r = %.3f, \u0394M = %+.1f %%",
                        a.massRatio(), deltaMass)));
        int k = 0;
        int m = 0;
        for (boolean b : a.immobile()) {
            if (b) {
                k++;
            } else {
                m++;
            }
        }
        c.add(points(x, y, ex, ey, a.immobile(), true, k, "immobile (frame)"));
        c.add(points(x, y, ex, ey, a.immobile(), false, m, "mobile"));
        int censored = 0;
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = a.censored()[i] ? x[i] : Double.NaN;
            cy[i] = a.censored()[i] ? y[i] : Double.NaN;
            censored += a.censored()[i] ? 1 : 0;
        }
        if (censored > 0) {
            c.add(new Layer.Points(cx, cy, new int[] { Palette.BLACK }, Layer.Marker.CROSS, false, 9, null, null,
                    "censored (half the limit)"));
        }
        LabelPlacement.Anchors at = LabelPlacement.place(x, y, labels, new double[] { 0, extent },
                new double[] { 0, extent }, NOMINAL_PIXELS, NOMINAL_PIXELS);
        double[] labelY = at.y();
        c.add(new Layer.Labels(at.x(), labelY, labels, 0x000000));
        DataTable.Builder data = new DataTable.Builder("component", "unit", "factor", "C0", "CA", "x_scaled",
                "y_scaled", "label", "label_y", "immobile", "censored", "isocon_slope", "slope_p2.5", "slope_p97.5");
        for (int i = 0; i < n; i++) {
            data.row(o.components()[i], o.units()[i], g[i], o.c0()[i], a.cA()[i], x[i], y[i], labels[i], labelY[i],
                    a.immobile()[i], a.censored()[i], a.slope(), 1 / a.massRatioP975(), 1 / a.massRatioP025());
        }
        return c.data(data.build());
    }

    /**
     * All altered samples in one isocon diagram, one colour each (ISOCON.md §7): every sample's
     * points (filled = immobile) and its isocon line; constant mass dashed; labels at the first
     * sample's points.
     */
    public static Chart overlay(Protolith o, List<Altered> samples, double[] g) {
        int n = o.c0().length;
        double max = 0;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g[i] * o.c0()[i];
            max = Math.max(max, finite(x[i]));
            for (Altered a : samples) {
                max = Math.max(max, finite(g[i] * a.cA()[i]));
            }
        }
        double extent = max > 0 ? max * 1.08 : 1;
        for (Altered a : samples) {
            for (int i = 0; i < n; i++) {
                double y = g[i] * a.cA()[i];
                if (Double.isFinite(x[i]) && Double.isFinite(y) && x[i] > LEGEND_LEFT * extent
                        && y > LEGEND_BOTTOM * extent) {
                    extent = Math.max(extent, y / LEGEND_BOTTOM);
                }
            }
        }
        Chart c = new Chart("Isocon diagram: all samples").axes("protolith, scaled (C\u1d3c \u00d7 g)",
                "altered, scaled (C\u1d2c \u00d7 g)").xRange(0, extent).yRange(0, extent);
        c.add(new Layer.Line(new double[] { 0, extent }, new double[] { 0, extent }, Palette.GREY, 1f,
                Layer.Dash.DASHED, "constant mass"));
        DataTable.Builder data = new DataTable.Builder("sample", "component", "factor", "x_scaled", "y_scaled",
                "immobile", "isocon_slope");
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = ComponentScale.label(o.components()[i], g[i]);
        }
        for (int j = 0; j < samples.size(); j++) {
            Altered a = samples.get(j);
            int rgb = Palette.category(j);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = g[i] * a.cA()[i];
                data.row(a.name(), o.components()[i], g[i], x[i], y[i], a.immobile()[i], a.slope());
            }
            c.add(new Layer.Line(new double[] { 0, extent }, new double[] { 0, extent * a.slope() }, rgb, 1.5f,
                    Layer.Dash.SOLID, String.format(Locale.ROOT, "%s: r = %.3f", a.name(), a.massRatio())));
            for (boolean immobile : new boolean[] { true, false }) {
                double[] px = new double[n];
                double[] py = new double[n];
                for (int i = 0; i < n; i++) {
                    px[i] = a.immobile()[i] == immobile ? x[i] : Double.NaN;
                    py[i] = a.immobile()[i] == immobile ? y[i] : Double.NaN;
                }
                c.add(new Layer.Points(px, py, new int[] { rgb }, Layer.Marker.CIRCLE, immobile, 8, null, null, null));
            }
            if (j == 0) {
                LabelPlacement.Anchors at = LabelPlacement.place(x, y, labels, new double[] { 0, extent },
                        new double[] { 0, extent }, NOMINAL_PIXELS, NOMINAL_PIXELS);
                c.add(new Layer.Labels(at.x(), at.y(), labels, 0x000000));
            }
        }
        return c.data(data.build());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static Layer.Points points(double[] x, double[] y, double[] ex, double[] ey, boolean[] immobile,
            boolean wanted, int count, String legend) {
        double[] px = new double[count];
        double[] py = new double[count];
        double[] qx = new double[count];
        double[] qy = new double[count];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (immobile[i] == wanted) {
                px[j] = x[i];
                py[j] = y[i];
                qx[j] = ex[i];
                qy[j] = ey[i];
                j++;
            }
        }
        return new Layer.Points(px, py, new int[] { wanted ? Palette.category(3) : Palette.category(0) },
                Layer.Marker.CIRCLE, wanted, 9, qx, qy, count == 0 ? null : legend);
    }
}
