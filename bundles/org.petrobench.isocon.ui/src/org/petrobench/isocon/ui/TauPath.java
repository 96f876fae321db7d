package org.petrobench.isocon.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The τ-path of the sparse isocon (ISOCON.md §5.5, §7): the mobilities m_i sorted ascending as
 * bars with the threshold τ; I(τ) = {frame candidates with m_i &lt; τ} is read off for any τ
 * without re-solving. The mobilities are those the selection used: with the raw sparse r_j at the
 * chosen q, so that at the run's τ the set is the solver's.
 */
public final class TauPath {

    private TauPath() {
    }

    /** I(τ): frame candidates whose mobility lies below τ (NaN mobility is never immobile). */
    public static boolean[] immobile(double[] mobility, boolean[] candidate, double tau) {
        boolean[] out = new boolean[mobility.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = candidate[i] && mobility[i] < tau;
        }
        return out;
    }

    /** The names in I(τ), in input order. */
    public static List<String> names(List<String> components, boolean[] immobile) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < immobile.length; i++) {
            if (immobile[i]) {
                names.add(components.get(i));
            }
        }
        return names;
    }

    public static Chart chart(List<String> components, double[] mobility, boolean[] candidate, double tau) {
        boolean[] immobile = immobile(mobility, candidate, tau);
        int[] order = MassChangeBars.byMobility(mobility);
        int n = 0;
        for (int i : order) {
            n += Double.isNaN(mobility[i]) ? 0 : 1;
        }
        String[] names = new String[n];
        double[] x = new double[n];
        double[] inside = new double[n];
        double[] outside = new double[n];
        DataTable.Builder data = new DataTable.Builder("rank", "component", "mobility", "frame_candidate",
                "immobile_at_tau");
        for (int k = 0; k < n; k++) {
            int i = order[k];
            names[k] = components.get(i);
            x[k] = k;
            inside[k] = immobile[i] ? mobility[i] : Double.NaN;
            outside[k] = immobile[i] ? Double.NaN : mobility[i];
            data.row(k + 1, components.get(i), mobility[i], candidate[i], immobile[i]);
        }
        String title = String.format(Locale.ROOT, "\u03c4-path: I(\u03c4 = %s) = {%s}", fmt(tau),
                String.join(", ", names(components, immobile)));
        Chart c = new Chart(title).axes("component (sorted by mobility)", "mobility m (RMS relative transfer)")
                .xCategories(names);
        c.add(new Layer.Bars(x, 0.7, inside, null, null, Palette.category(3), "immobile (m < \u03c4)"));
        c.add(new Layer.Bars(x, 0.7, outside, null, null, Palette.category(0), "mobile"));
        // markers keep a mobility of (almost) zero visible, where the bar has no height
        c.add(new Layer.Points(x, inside, new int[] { Palette.category(3) }, Layer.Marker.SQUARE, true, 7, null, null,
                null));
        c.add(new Layer.Points(x, outside, new int[] { Palette.category(0) }, Layer.Marker.SQUARE, true, 7, null, null,
                null));
        c.add(new Layer.Rule(true, tau, Palette.BLACK, Layer.Dash.DASHED, "\u03c4 = " + fmt(tau)));
        return c.data(data.build());
    }

    private static String fmt(double v) {
        return org.petrobench.core.io.Numbers.shortest(v);
    }
}
