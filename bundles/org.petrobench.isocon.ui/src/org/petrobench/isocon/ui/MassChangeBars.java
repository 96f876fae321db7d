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
 * 100·ln(1+Δ) with ticks labelled in %, so +300 % and −75 % are equally long.
 */
public final class MassChangeBars {

    private MassChangeBars() {
    }

    /**
     * @param delta  Δ_ij as fractions, [sample][component]
     * @param lo95   lower 95 % limit of Δ (fraction), or null
     * @param hi95   upper 95 % limit of Δ (fraction), or null
     * @param order  component indices in plotting order (ascending mobility)
     */
    public static Chart chart(String[] samples, String[] components, double[][] delta, double[][] lo95,
            double[][] hi95, int[] order, boolean log) {
        int m = samples.length;
        int n = order.length;
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            names[k] = components[order[k]];
        }
        Chart c = new Chart("Mass change per component").axes("component (ordered by mobility)",
                log ? "\u0394C/C\u2070 (%, log scale)" : "\u0394C/C\u2070 (%)").xCategories(names);
        double width = 0.8 / m;
        double top = 0;
        double bottom = 0;
        for (int j = 0; j < m; j++) {
            double[] x = new double[n];
            double[] v = new double[n];
            double[] lo = lo95 == null ? null : new double[n];
            double[] hi = hi95 == null ? null : new double[n];
            for (int k = 0; k < n; k++) {
                int i = order[k];
                x[k] = k - 0.4 + width * (j + 0.5);
                v[k] = scale(delta[j][i], log);
                if (lo != null) {
                    lo[k] = scale(lo95[j][i], log);
                    hi[k] = scale(hi95[j][i], log);
                }
                top = Math.max(top, Math.max(finite(v[k]), hi == null ? 0 : finite(hi[k])));
                bottom = Math.min(bottom, Math.min(finite(v[k]), lo == null ? 0 : finite(lo[k])));
            }
            c.add(new Layer.Bars(x, width * 0.9, v, lo, hi, Palette.category(j), samples[j]));
        }
        c.add(new Layer.Rule(true, 0, 0x000000, Layer.Dash.SOLID, null));
        if (log) {
            logTicks(c, bottom, top);
        }
        DataTable.Builder data = new DataTable.Builder("sample", "component", "delta_rel_percent", "lo95_percent",
                "hi95_percent");
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < n; k++) {
                int i = order[k];
                data.row(samples[j], components[i], 100 * delta[j][i], lo95 == null ? null : 100 * lo95[j][i],
                        hi95 == null ? null : 100 * hi95[j][i]);
            }
        }
        return c.data(data.build());
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
}
