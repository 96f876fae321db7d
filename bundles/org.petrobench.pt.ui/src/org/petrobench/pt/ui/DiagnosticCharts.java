package org.petrobench.pt.ui;

import java.util.List;
import java.util.Locale;

import org.petrobench.pt.path.Hyperparameters;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ColourBar;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The diagnostics of PT.md §8: standardised residuals z_mk against distance per model with
 * |z| &gt; 3 flagged, and the (log) evidence over the hyperparameter grid as a heat map with the
 * estimate marked (MRF: log Z over (SD_tot,P, SD_tot,T), PT.md §5.5; SMC: the particle
 * log-likelihood log p̂ over the static-parameter grid, PT.md §6.4, on the same axes).
 */
public final class DiagnosticCharts {

    /**
     * Decision: the heat map shows log Z − max log Z clamped at −20. Cells further down carry a
     * grid weight below e⁻²⁰ ≈ 2·10⁻⁹ (PT.md §5.5), and a raw colour scale would spend its whole
     * range on them and show the region that matters as one colour.
     */
    static final double DEPTH = 20;

    private DiagnosticCharts() {
    }

    /** z against distance, one colour per model residual, ±3 rules, flagged points circled red. */
    public static Chart residuals(List<StandardisedResiduals.Channel> channels) {
        Chart c = new Chart("Standardised residuals z = f / \u221a(\u03c3_an\u00b2 + \u03c3_m\u00b2) at the path")
                .axes("distance from the core (\u00b5m)", "z");
        c.add(new Layer.Rule(true, 0, Palette.GREY, Layer.Dash.SOLID, null));
        // the label goes on the lower rule: the legend covers the upper right corner
        c.add(new Layer.Rule(true, StandardisedResiduals.FLAG, Palette.RED, Layer.Dash.DASHED, null));
        c.add(new Layer.Rule(true, -StandardisedResiduals.FLAG, Palette.RED, Layer.Dash.DASHED, "|z| = 3"));
        DataTable.Builder b = new DataTable.Builder("model", "row", "distance_um", "residual", "unit", "sd", "z",
                "flagged", "sigma_source");
        int flagged = 0;
        for (StandardisedResiduals.Channel ch : channels) {
            flagged += ch.flagged();
        }
        double[] fx = new double[flagged];
        double[] fy = new double[flagged];
        int j = 0;
        for (int m = 0; m < channels.size(); m++) {
            StandardisedResiduals.Channel ch = channels.get(m);
            c.add(new Layer.Points(ch.distanceUm(), ch.z(), new int[] { Palette.category(m + 1) }, Layer.Marker.CIRCLE,
                    true, 7, null, null, ch.name() + " (" + ch.unit() + ")"));
            for (int i = 0; i < ch.z().length; i++) {
                boolean flag = Math.abs(ch.z()[i]) > StandardisedResiduals.FLAG;
                if (flag) {
                    fx[j] = ch.distanceUm()[i];
                    fy[j++] = ch.z()[i];
                }
                b.row(ch.name(), ch.rows()[i], ch.distanceUm()[i], ch.residual()[i], ch.unit(), ch.sd()[i], ch.z()[i],
                        flag, ch.sigmaSource());
            }
        }
        double zMax = StandardisedResiduals.FLAG + 0.5;
        for (StandardisedResiduals.Channel ch : channels) {
            for (double v : ch.z()) {
                if (Double.isFinite(v)) {
                    zMax = Math.max(zMax, 1.1 * Math.abs(v));
                }
            }
        }
        c.yRange(-zMax, zMax);
        if (flagged > 0) {
            c.add(new Layer.Points(fx, fy, new int[] { Palette.RED }, Layer.Marker.CIRCLE, false, 14, null, null,
                    "|z| > 3 (" + flagged + " points)"));
        }
        return c.data(b.build());
    }

    /**
     * The grid's log evidence as a heat map in cell coordinates (column iT, line iP), axes labelled
     * with the grid values, and the estimate (step sd per mean spacing × √(n−1) = SD_tot) marked
     * where it falls between the log-spaced grid values. Null when the run has no grid.
     *
     * @param h      the run's hyperparameters
     * @param points number n of path points
     * @param smc    true for the SMC's static-parameter grid (log p̂), false for the MRF's (log Z)
     */
    public static Chart evidence(Hyperparameters h, int points, boolean smc) {
        if (h == null || h.gridSdTotP().length == 0 || h.gridSdTotT().length == 0) {
            return null;
        }
        double[] ap = h.gridSdTotP();
        double[] at = h.gridSdTotT();
        int np = ap.length;
        int nt = at.length;
        double[] z = h.gridLogEvidence();
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        String what = smc ? "log p\u0302" : "log Z";
        float[] values = new float[np * nt];
        for (int line = 0; line < np; line++) {
            int ip = np - 1 - line; // raster line 0 is the top: the largest SD_tot,P
            for (int it = 0; it < nt; it++) {
                double v = z[ip * nt + it];
                values[line * nt + it] = Double.isFinite(v) ? (float) Math.max(-DEPTH, v - max) : Float.NaN;
            }
        }
        Chart c = new Chart((smc ? "Particle log-likelihood over the static-parameter grid"
                : "Evidence over the hyperparameter grid") + " (" + what + " \u2212 max, clamped at \u2212"
                + (int) DEPTH + ")")
                .axes("prior sd of the total T change SD_tot,T (K)", "SD_tot,P (kbar)");
        c.add(Layer.Raster.scaled(nt, np, values, -DEPTH, 0, ColourMap.VIRIDIS, -0.5, -0.5, nt - 0.5, np - 0.5));
        String[] xl = new String[nt];
        for (int i = 0; i < nt; i++) {
            xl[i] = label(at[i]);
        }
        double[] yt = new double[np];
        String[] yl = new String[np];
        for (int i = 0; i < np; i++) {
            yt[i] = i;
            yl[i] = label(ap[i]);
        }
        c.xCategories(xl).yTicks(yt, yl).yRange(-0.5, np - 0.5);
        c.colourBar(new ColourBar(ColourMap.VIRIDIS, -DEPTH, 0, what + " \u2212 max"));
        double scale = Math.sqrt(points - 1.0);
        double sdP = estimate(h, "stepsd_P") * scale;
        double sdT = estimate(h, "stepsd_T") * scale;
        double ix = cell(at, sdT);
        double iy = cell(ap, sdP);
        // an estimate polished beyond the grid is drawn on its edge, and the legend says so
        boolean outside = ix < -0.5 || ix > nt - 0.5 || iy < -0.5 || iy > np - 0.5;
        c.add(new Layer.Points(new double[] { Math.max(-0.5, Math.min(nt - 0.5, ix)) },
                new double[] { Math.max(-0.5, Math.min(np - 0.5, iy)) }, new int[] { Palette.RED }, Layer.Marker.CROSS,
                false, 14, null, null, (smc ? "estimate (s\u0302_P, s\u0302_T)" : "\u03b7\u0302 (estimate)")
                        + String.format(Locale.ROOT, ": SD_tot,P %.3g kbar, SD_tot,T %.3g K", sdP, sdT)
                        + (outside ? ", outside the grid" : "")));
        DataTable.Builder b = new DataTable.Builder("kind", "sdTot_P_kbar", "sdTot_T_K", smc ? "log_likelihood"
                : "log_evidence");
        for (int ip = 0; ip < np; ip++) {
            for (int it = 0; it < nt; it++) {
                b.row("grid", ap[ip], at[it], z[ip * nt + it]);
            }
        }
        b.row("estimate", sdP, sdT, estimate(h, smc ? "log_likelihood" : "log_evidence"));
        return c.data(b.build());
    }

    private static double estimate(Hyperparameters h, String name) {
        try {
            return h.value(name);
        } catch (java.util.NoSuchElementException e) {
            return Double.NaN;
        }
    }

    /**
     * Fractional cell index of {@code v} on a grid axis: linear in log between neighbouring values
     * (the grids are log-spaced), extrapolated beyond the ends.
     */
    static double cell(double[] axis, double v) {
        int n = axis.length;
        if (n == 1 || !(v > 0)) {
            return n == 1 ? 0 : Double.NaN;
        }
        int i = 0;
        while (i < n - 2 && v > axis[i + 1]) {
            i++;
        }
        return i + (Math.log(v) - Math.log(axis[i])) / (Math.log(axis[i + 1]) - Math.log(axis[i]));
    }

    private static String label(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
