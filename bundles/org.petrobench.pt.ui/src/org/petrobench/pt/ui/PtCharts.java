package org.petrobench.pt.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.petrobench.pt.Al2SiO5Diagram;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The P-T plots of PT.md §8: the P-T diagram (T °C on x, P kbar on y) with the MAP path coloured
 * core → rim, its 95 % band as the envelope of the per-point 95 % ellipses, ellipses at every
 * 10th point, pointwise estimates as grey crosses with their ellipses, and the Al2SiO5 overlay;
 * and P or T against distance with 68 % and 95 % bands and the pointwise estimates.
 */
public final class PtCharts {

    private static final int BAND_95 = 0xc6dbef;
    private static final int BAND_68 = 0x9ecae1;
    private static final int ELLIPSE_POINTS = 48;

    private PtCharts() {
    }

    public static Chart diagram(PathView path, PathView pointwise, String title) {
        Chart c = new Chart(title).axes("T (\u00b0C)", "P (kbar)");
        int n = path.size();
        // the band: convex hulls of consecutive ellipses, opaque so overlaps do not darken
        double[][] previous = null;
        for (int k = 0; k < n; k++) {
            if (!finitePoint(path, k)) {
                previous = null;
                continue;
            }
            double[][] e = ConfidenceEllipse.trace(path.tC()[k], path.pKbar()[k], path.tSd()[k], path.pSd()[k],
                    corr(path, k), ELLIPSE_POINTS);
            double[][] hull = previous == null ? e : hull(previous, e);
            c.add(new Layer.Polygon(hull[0], hull[1], BAND_95, 255, false, k == 0 ? "95 % band" : null));
            previous = e;
        }
        aluminosilicates(c, path, pointwise);
        for (int k = 0; k < n; k += 10) {
            if (finitePoint(path, k)) {
                double[][] e = ConfidenceEllipse.trace(path.tC()[k], path.pKbar()[k], path.tSd()[k], path.pSd()[k],
                        corr(path, k), ELLIPSE_POINTS);
                c.add(new Layer.Polygon(e[0], e[1], Palette.category(0), 0, true, null));
            }
        }
        if (pointwise != null) {
            for (int k = 0; k < pointwise.size(); k++) {
                if (finitePoint(pointwise, k)) {
                    double[][] e = ConfidenceEllipse.trace(pointwise.tC()[k], pointwise.pKbar()[k],
                            pointwise.tSd()[k], pointwise.pSd()[k], corr(pointwise, k), ELLIPSE_POINTS);
                    c.add(new Layer.Polygon(e[0], e[1], Palette.GREY, 0, true, null));
                }
            }
            c.add(new Layer.Points(pointwise.tC(), pointwise.pKbar(), new int[] { 0x555555 }, Layer.Marker.CROSS,
                    false, 8, null, null, "pointwise estimates"));
        }
        // the path coloured by distance core -> rim (viridis)
        int[] colours = new int[n];
        for (int k = 0; k < n; k++) {
            colours[k] = ColourMap.VIRIDIS.rgb(n == 1 ? 0 : (double) k / (n - 1));
        }
        for (int k = 0; k + 1 < n; k++) {
            c.add(new Layer.Line(new double[] { path.tC()[k], path.tC()[k + 1] },
                    new double[] { path.pKbar()[k], path.pKbar()[k + 1] }, colours[k], 2.5f, Layer.Dash.SOLID, null));
        }
        if (n > 0) {
            c.add(new Layer.Points(new double[] { path.tC()[0] }, new double[] { path.pKbar()[0] },
                    new int[] { colours[0] }, Layer.Marker.CIRCLE, true, 10, null, null, "core"));
            c.add(new Layer.Points(new double[] { path.tC()[n - 1] }, new double[] { path.pKbar()[n - 1] },
                    new int[] { colours[n - 1] }, Layer.Marker.SQUARE, true, 10, null, null, "rim"));
        }
        fitRanges(c);
        return c.data(pathTable(path, pointwise));
    }

    /**
     * Axis ranges from the path, bands, ellipses and estimates only, so that the reference lines
     * (which run far) are clipped instead of stretching the plot; P stays ≥ 0.
     */
    private static void fitRanges(Chart c) {
        double[] x = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        double[] y = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (Layer l : c.layers()) {
            if (l instanceof Layer.Polygon p) {
                extend(x, p.x());
                extend(y, p.y());
            } else if (l instanceof Layer.Points p) {
                extend(x, p.x());
                extend(y, p.y());
            }
        }
        if (x[0] <= x[1] && y[0] <= y[1]) {
            double[] xr = org.petrobench.ui.plot.NiceTicks.widen(x[0], x[1], 8);
            double[] yr = org.petrobench.ui.plot.NiceTicks.widen(Math.max(0, y[0]), y[1], 8);
            c.xRange(xr[0], xr[1]).yRange(Math.max(0, yr[0]), yr[1]);
        }
    }

    private static void extend(double[] mm, double[] v) {
        for (double d : v) {
            if (Double.isFinite(d)) {
                mm[0] = Math.min(mm[0], d);
                mm[1] = Math.max(mm[1], d);
            }
        }
    }

    /** The Al2SiO5 overlay of the API's reference diagram (PT.md §3.8), thin grey, labelled, source named. */
    private static void aluminosilicates(Chart c, PathView path, PathView pointwise) {
        Al2SiO5Diagram diagram = Al2SiO5Diagram.holdaway1971();
        double tripleC = diagram.triplePoint().tK() - 273.15;
        double tripleKbar = diagram.triplePoint().pBar() / 1000;
        double[] t = range(path.tLo95(), path.tHi95(), path.tC(), pointwise == null ? null : pointwise.tC());
        double lo = Math.min(t[0], tripleC) - 50;
        double hi = Math.max(t[1], tripleC) + 50;
        boolean first = true;
        for (Al2SiO5Diagram.Boundary b : Al2SiO5Diagram.Boundary.values()) {
            double end = b.towardsHighT() ? hi : lo;
            double endKbar = diagram.boundaryPressure(b, end + 273.15) / 1000;
            c.add(new Layer.Line(new double[] { tripleC, end }, new double[] { tripleKbar, endKbar }, Palette.GREY, 1f,
                    Layer.Dash.SOLID, first ? "Al2SiO5 after " + diagram.triplePoint().source() + ", orientation only"
                            : null));
            first = false;
            double mid = (tripleC + end) / 2;
            c.add(new Layer.Labels(new double[] { mid }, new double[] { diagram.boundaryPressure(b, mid + 273.15) / 1000 },
                    new String[] { b.highPressureSide().label() + " | " + b.lowPressureSide().label() }, Palette.GREY));
        }
    }

    private static double[] range(double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            if (a == null) {
                continue;
            }
            for (double v : a) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] { lo, hi } : new double[] { 400, 800 };
    }

    /** P (or T when {@code temperature}) against distance with 68 % (±1 sd) and 95 % bands. */
    public static Chart againstDistance(PathView path, PathView pointwise, boolean temperature) {
        double[] v = temperature ? path.tC() : path.pKbar();
        double[] sd = temperature ? path.tSd() : path.pSd();
        double[] lo = temperature ? path.tLo95() : path.pLo95();
        double[] hi = temperature ? path.tHi95() : path.pHi95();
        String label = temperature ? "T (\u00b0C)" : "P (kbar)";
        Chart c = new Chart((temperature ? "T" : "P") + " along the profile").axes("distance from the core (\u00b5m)",
                label);
        c.add(new Layer.Band(path.distanceUm(), lo, hi, BAND_95, 255, "95 % band"));
        int n = path.size();
        double[] lo68 = new double[n];
        double[] hi68 = new double[n];
        for (int k = 0; k < n; k++) {
            lo68[k] = v[k] - sd[k];
            hi68[k] = v[k] + sd[k];
        }
        c.add(new Layer.Band(path.distanceUm(), lo68, hi68, BAND_68, 255, "68 % band"));
        c.add(new Layer.Line(path.distanceUm(), v, Palette.category(0), 2f, Layer.Dash.SOLID, "MAP path"));
        if (pointwise != null && pointwise.size() > 0) {
            double[] pv = temperature ? pointwise.tC() : pointwise.pKbar();
            double[] psd = temperature ? pointwise.tSd() : pointwise.pSd();
            double[] err = new double[psd.length];
            for (int k = 0; k < err.length; k++) {
                err[k] = 1.96 * psd[k];
            }
            c.add(new Layer.Points(pointwise.distanceUm(), pv, new int[] { 0x555555 }, Layer.Marker.CROSS, false, 8,
                    null, err, "pointwise (95 %)"));
        }
        return c.data(pathTable(path, pointwise));
    }

    private static boolean finitePoint(PathView p, int k) {
        return Double.isFinite(p.tC()[k]) && Double.isFinite(p.pKbar()[k]) && Double.isFinite(p.tSd()[k])
                && Double.isFinite(p.pSd()[k]);
    }

    private static double corr(PathView p, int k) {
        return p.corr() == null ? 0 : p.corr()[k];
    }

    /** The path (and pointwise estimates) as in path.csv / pointwise.csv. */
    static DataTable pathTable(PathView path, PathView pointwise) {
        DataTable.Builder b = new DataTable.Builder("kind", "index", "distance_um", "P_kbar", "T_C", "P_sd", "T_sd",
                "corr", "P_lo95", "P_hi95", "T_lo95", "T_hi95");
        for (int k = 0; k < path.size(); k++) {
            b.row("path", k, path.distanceUm()[k], path.pKbar()[k], path.tC()[k], path.pSd()[k], path.tSd()[k],
                    corr(path, k), path.pLo95()[k], path.pHi95()[k], path.tLo95()[k], path.tHi95()[k]);
        }
        if (pointwise != null) {
            for (int k = 0; k < pointwise.size(); k++) {
                b.row("pointwise", k, pointwise.distanceUm()[k], pointwise.pKbar()[k], pointwise.tC()[k],
                        pointwise.pSd()[k], pointwise.tSd()[k], corr(pointwise, k), null, null, null, null);
            }
        }
        return b.build();
    }

    /** Convex hull (Andrew's monotone chain) of two point sets: the region swept between two ellipses. */
    static double[][] hull(double[][] a, double[][] b) {
        int n = a[0].length + b[0].length;
        double[][] pts = new double[n][];
        int j = 0;
        for (double[][] s : new double[][][] { a, b }) {
            for (int i = 0; i < s[0].length; i++) {
                pts[j++] = new double[] { s[0][i], s[1][i] };
            }
        }
        Arrays.sort(pts, (p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
        List<double[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (int i = 0; i < n; i++) {
                double[] p = pass == 0 ? pts[i] : pts[n - 1 - i];
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), p) <= 0) {
                    h.remove(h.size() - 1);
                }
                h.add(p);
            }
            h.remove(h.size() - 1);
        }
        double[][] out = new double[2][h.size()];
        for (int i = 0; i < h.size(); i++) {
            out[0][i] = h.get(i)[0];
            out[1][i] = h.get(i)[1];
        }
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
