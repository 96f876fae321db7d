package org.petrobench.isocon.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * Mass-change bars (ISOCON.md §7): components ordered by mobility (ascending), the relative
 * change Δ_ij in % per sample with 95 % whiskers and a zero line. In the log view bars show
 * 100·ln(1+Δ) with ticks labelled in %, so +300 % and −75 % are equally long. The absolute view
 * shows ΔC_ij per protolith mass, one chart per {@link UnitPanel}.
 */
public final class MassChangeBars {

    /**
     * Half-width of a 95 % interval in standard deviations. Decision: the whiskers are Δ ± 1.96·sd
     * of the bootstrap, because {@code Uncertainty} carries the sd of Δ and ΔC but percentiles only
     * of r_j.
     */
    public static final double Z95 = 1.959963984540054;

    private MassChangeBars() {
    }

    /**
     * The relative view.
     *
     * @param delta  Δ_ij as fractions, [sample][component]
     * @param lo95   lower 95 % limit of Δ (fraction), or null
     * @param hi95   upper 95 % limit of Δ (fraction), or null
     * @param order  component indices in plotting order (ascending mobility)
     */
    public static Chart chart(String[] samples, String[] components, double[][] delta, double[][] lo95,
            double[][] hi95, int[] order, boolean log) {
        int m = samples.length;
        int n = order.length;
        double[][] v = new double[m][n];
        double[][] lo = lo95 == null ? null : new double[m][n];
        double[][] hi = hi95 == null ? null : new double[m][n];
        DataTable.Builder data = new DataTable.Builder("sample", "component", "delta_rel_percent", "lo95_percent",
                "hi95_percent", "bar_height");
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < n; k++) {
                int i = order[k];
                v[j][k] = scale(delta[j][i], log);
                if (lo != null) {
                    lo[j][k] = scale(lo95[j][i], log);
                    hi[j][k] = scale(hi95[j][i], log);
                }
                data.row(samples[j], components[i], 100 * delta[j][i], lo95 == null ? null : 100 * lo95[j][i],
                        hi95 == null ? null : 100 * hi95[j][i], v[j][k]);
            }
        }
        Chart c = new Chart("Mass change per component").axes("component (ordered by mobility)",
                log ? "\u0394C/C\u2070 (%, log scale)" : "\u0394C/C\u2070 (%)");
        double[] extent = bars(c, samples, names(components, order), v, lo, hi);
        if (log) {
            logTicks(c, extent[0], extent[1]);
        }
        return c.data(data.build());
    }

    /**
     * The absolute view of one unit panel: ΔC_ij = r_j C_ij^A − C_i^O (G4) referred to the
     * protolith mass, in the panel's unit.
     *
     * @param deltaAbs ΔC_ij in each column's unit, [sample][component]
     * @param sd       its bootstrap sd (NaN = unknown), or null
     * @param order    component indices in plotting order; only the panel's components are drawn
     */
    public static Chart absolute(String[] samples, String[] components, double[][] deltaAbs, double[][] sd,
            int[] order, UnitPanel panel) {
        double[] factor = new double[components.length];
        for (int k = 0; k < panel.components().length; k++) {
            factor[panel.components()[k]] = panel.factor()[k];
        }
        int[] shown = java.util.Arrays.stream(order).filter(i -> factor[i] != 0).toArray();
        int m = samples.length;
        int n = shown.length;
        double[][] v = new double[m][n];
        double[][] lo = sd == null ? null : new double[m][n];
        double[][] hi = sd == null ? null : new double[m][n];
        DataTable.Builder data = new DataTable.Builder("sample", "component", "unit", "delta_abs", "lo95", "hi95");
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < n; k++) {
                int i = shown[k];
                v[j][k] = factor[i] * deltaAbs[j][i];
                if (lo != null) {
                    lo[j][k] = v[j][k] - Z95 * factor[i] * sd[j][i];
                    hi[j][k] = v[j][k] + Z95 * factor[i] * sd[j][i];
                }
                data.row(samples[j], components[i], panel.unit(), v[j][k], lo == null ? null : lo[j][k],
                        hi == null ? null : hi[j][k]);
            }
        }
        Chart c = new Chart("Absolute change, " + panel.unit() + " components").axes(
                "component (ordered by mobility)", "\u0394C (" + panel.unit() + ", referred to the protolith mass)");
        bars(c, samples, names(components, shown), v, lo, hi);
        return c.data(data.build());
    }

    /** Adds one bar layer per sample and the zero line; returns {bottom, top} of what was drawn. */
    private static double[] bars(Chart c, String[] samples, String[] names, double[][] v, double[][] lo,
            double[][] hi) {
        int m = samples.length;
        int n = names.length;
        c.xCategories(names);
        double width = 0.8 / m;
        double top = 0;
        double bottom = 0;
        for (int j = 0; j < m; j++) {
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = k - 0.4 + width * (j + 0.5);
                top = Math.max(top, Math.max(finite(v[j][k]), hi == null ? 0 : finite(hi[j][k])));
                bottom = Math.min(bottom, Math.min(finite(v[j][k]), lo == null ? 0 : finite(lo[j][k])));
            }
            c.add(new Layer.Bars(x, width * 0.9, v[j], lo == null ? null : lo[j], hi == null ? null : hi[j],
                    Palette.category(j), samples[j]));
        }
        c.add(new Layer.Rule(true, 0, 0x000000, Layer.Dash.SOLID, null));
        return new double[] { bottom, top };
    }

    private static String[] names(String[] components, int[] order) {
        String[] names = new String[order.length];
        for (int k = 0; k < order.length; k++) {
            names[k] = components[order[k]];
        }
        return names;
    }

    /** Bar height: 100·Δ, or 100·ln(1+Δ) on the log scale (−∞ for a total loss is clipped at −99.9 %). */
    static double scale(double delta, boolean log) {
        if (!Double.isFinite(delta)) {
            return Double.NaN;
        }
        return log ? 100 * Math.log(Math.max(1 + delta, 1e-3)) : 100 * delta;
    }

    /** Ticks of the log view at round percentages, placed at 100·ln(1+p/100). */
    private static void logTicks(Chart c, double bottom, double top) {
        double[] percents = { -99, -95, -90, -75, -50, -25, 0, 25, 50, 100, 200, 300, 500, 1000, 2000, 5000 };
        List<Double> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (double p : percents) {
            double pos = 100 * Math.log(1 + p / 100);
            if (pos >= bottom - 20 && pos <= top + 20) {
                at.add(pos);
                labels.add(String.format(Locale.ROOT, "%+.0f %%", p).replace("+0 %", "0 %"));
            }
        }
        c.yTicks(at.stream().mapToDouble(Double::doubleValue).toArray(), labels.toArray(new String[0]));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** Component indices sorting {@code mobility} ascending, NaN last (least mobile first). */
    public static int[] byMobility(double[] mobility) {
        Integer[] idx = new Integer[mobility.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(Double.isNaN(mobility[a]) ? Double.POSITIVE_INFINITY : mobility[a],
                Double.isNaN(mobility[b]) ? Double.POSITIVE_INFINITY : mobility[b]));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
