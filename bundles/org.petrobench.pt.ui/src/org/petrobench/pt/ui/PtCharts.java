package org.petrobench.pt.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.petrobench.pt.Al2SiO5Diagram;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ColourBar;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Frame;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.NiceTicks;
import org.petrobench.ui.plot.Palette;

/**
 * The P-T plots of PT.md §8: the P-T diagram (T °C on x, P kbar on y) with the MAP path coloured
 * core → rim (by relative time τ when the path has it), the points marked by what constrains them,
 * its 95 % band as the envelope of the per-point 95 % ellipses, ellipses at every 10th point,
 * pointwise estimates as grey crosses with their ellipses, and the Al2SiO5 overlay; P or T against
 * distance with 68 % and 95 % bands, the pointwise estimates with 95 % error bars, ticks where each
 * model is defined and grey shading of prior-only gaps; and (SMC with a growth law) P or T against
 * relative time with the same bands and each point's τ interval.
 */
public final class PtCharts {

    private static final int BAND_95 = 0xc6dbef;
    private static final int BAND_68 = 0x9ecae1;
    /** The outer band with the systematic calibration part. */
    static final int BAND_CALIBRATION = 0xdeebf7;
    /** Grey of the prior-only gaps. */
    static final int GAP = 0xe3e3e3;
    private static final int ELLIPSE_POINTS = 48;

    private PtCharts() {
    }

    /**
     * The P-T diagram; {@code coverage} (nullable) marks the points by what constrains them, and
     * the path is coloured by τ when {@code path} carries relative time, else by distance.
     */
    public static Chart diagram(PathView path, PathView pointwise, ModelCoverage coverage, String title) {
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
        // the path coloured by distance core -> rim, or by relative time (viridis)
        double[] colourBy = path.hasRelativeTime() ? path.tRel() : path.distanceUm();
        double[] cr = range(colourBy);
        int[] colours = new int[n];
        for (int k = 0; k < n; k++) {
            colours[k] = ColourMap.VIRIDIS.rgb(cr[1] > cr[0] ? (colourBy[k] - cr[0]) / (cr[1] - cr[0]) : 0);
        }
        for (int k = 0; k + 1 < n; k++) {
            c.add(new Layer.Line(new double[] { path.tC()[k], path.tC()[k + 1] },
                    new double[] { path.pKbar()[k], path.pKbar()[k + 1] }, colours[k], 2.5f, Layer.Dash.SOLID, null));
        }
        if (coverage != null) {
            constraintMarkers(c, path, coverage);
        }
        if (n > 0) {
            c.add(new Layer.Points(new double[] { path.tC()[0] }, new double[] { path.pKbar()[0] },
                    new int[] { colours[0] }, Layer.Marker.CIRCLE, true, 10, null, null, "core"));
            c.add(new Layer.Points(new double[] { path.tC()[n - 1] }, new double[] { path.pKbar()[n - 1] },
                    new int[] { colours[n - 1] }, Layer.Marker.SQUARE, true, 10, null, null, "rim"));
        }
        c.colourBar(new ColourBar(ColourMap.VIRIDIS, cr[0], cr[1],
                path.hasRelativeTime() ? "relative time \u03c4" : "distance from the core (\u00b5m)"));
        fitRanges(c);
        return c.data(pathTable(path, pointwise, coverage));
    }

    /**
     * The path point nearest to a pixel of the drawn diagram, or −1 when none lies within
     * {@code maxPixels} (the hover read-out of PT.md §8: "ellipses … under the mouse").
     */
    public static int nearestPoint(PathView path, Frame frame, double px, double py, double maxPixels) {
        int best = -1;
        double bestD2 = maxPixels * maxPixels;
        for (int k = 0; k < path.size(); k++) {
            double dx = frame.px(path.tC()[k]) - px;
            double dy = frame.py(path.pKbar()[k]) - py;
            double d2 = dx * dx + dy * dy;
            if (d2 <= bestD2) {
                bestD2 = d2;
                best = k;
            }
        }
        return best;
    }

    /** The 95 % ellipse of path point {@code k} and a label with its numbers, drawn over the diagram. */
    public static List<Layer> pointEllipse(PathView path, int k) {
        double[][] e = ConfidenceEllipse.trace(path.tC()[k], path.pKbar()[k], path.tSd()[k], path.pSd()[k],
                corr(path, k), ELLIPSE_POINTS);
        String text = String.format(java.util.Locale.ROOT, "point %d, %.0f \u00b5m: %.2f \u00b1 %.2f kbar, "
                + "%.0f \u00b1 %.0f \u00b0C", k, path.distanceUm()[k], path.pKbar()[k], path.pSd()[k], path.tC()[k],
                path.tSd()[k]);
        return List.of(new Layer.Polygon(e[0], e[1], Palette.RED, 0, true, null),
                new Layer.Labels(new double[] { path.tC()[k] }, new double[] { path.pKbar()[k] },
                        new String[] { text }, Palette.BLACK));
    }

    /**
     * Marks each path point by what constrains it (ModelCoverage's Decision): filled black
     * triangles where P and T are both constrained, open triangles where one relation is, open
     * grey circles where only the prior is.
     */
    private static void constraintMarkers(Chart c, PathView path, ModelCoverage coverage) {
        for (ModelCoverage.Constraint kind : ModelCoverage.Constraint.values()) {
            int m = 0;
            for (int k = 0; k < path.size(); k++) {
                m += coverage.at(k) == kind ? 1 : 0;
            }
            if (m == 0) {
                continue;
            }
            double[] x = new double[m];
            double[] y = new double[m];
            int j = 0;
            for (int k = 0; k < path.size(); k++) {
                if (coverage.at(k) == kind) {
                    x[j] = path.tC()[k];
                    y[j++] = path.pKbar()[k];
                }
            }
            switch (kind) {
            case PRESSURE_AND_TEMPERATURE -> c.add(new Layer.Points(x, y, new int[] { Palette.BLACK },
                    Layer.Marker.TRIANGLE, true, 7, null, null, "P and T constrained here (" + m + " points)"));
            case ONE_OF_THEM -> c.add(new Layer.Points(x, y, new int[] { Palette.BLACK }, Layer.Marker.TRIANGLE, false,
                    7, null, null, "one relation only (" + m + " points)"));
            case PRIOR_ONLY -> c.add(new Layer.Points(x, y, new int[] { Palette.GREY }, Layer.Marker.CIRCLE, false, 7,
                    null, null, "prior only (" + m + " points)"));
            }
        }
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
            double[] xr = NiceTicks.widen(x[0], x[1], 8);
            double[] yr = NiceTicks.widen(Math.max(0, y[0]), y[1], 8);
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

    /**
     * P (or T when {@code temperature}) against distance: grey shading over the prior-only gaps
     * (from the last constrained point before a run of unconstrained ones to the first after it, or
     * to the profile's end: where the band widens as in PT.md §5.6), an outer band with the
     * systematic calibration part when the path has it, the 95 % and 68 % (±1 sd) bands, the MAP
     * path, the pointwise estimates with 95 % error bars (±1.96 sd), and along the bottom one row
     * of ticks per model where it is defined ({@code coverage} nullable).
     * <p>
     * Decision (PT.md §5.6 says only "drawn as an outer band"): the 95 % limits widened on each
     * side by 1.96 (√(sd² + σ_sys²) − sd), what adding σ_sys does to a normal 95 % half-width;
     * the band limits themselves are mixture quantiles, so they are widened, not recomputed.
     */
    public static Chart againstDistance(PathView path, PathView pointwise, ModelCoverage coverage,
            boolean temperature) {
        double[] v = temperature ? path.tC() : path.pKbar();
        double[] sd = temperature ? path.tSd() : path.pSd();
        double[] lo = temperature ? path.tLo95() : path.pLo95();
        double[] hi = temperature ? path.tHi95() : path.pHi95();
        String label = temperature ? "T (\u00b0C)" : "P (kbar)";
        Chart c = new Chart((temperature ? "T" : "P") + " along the profile").axes("distance from the core (\u00b5m)",
                label);
        int n = path.size();
        double[] pv = pointwise == null ? new double[0] : temperature ? pointwise.tC() : pointwise.pKbar();
        double[] err = new double[pv.length];
        for (int k = 0; k < err.length; k++) {
            err[k] = 1.96 * (temperature ? pointwise.tSd()[k] : pointwise.pSd()[k]);
        }
        double[] lo68 = new double[n];
        double[] hi68 = new double[n];
        double[] cal = temperature ? path.tCalibrationSd() : path.pCalibrationSd();
        double[] outerLo = new double[n];
        double[] outerHi = new double[n];
        boolean outer = false;
        for (int k = 0; k < n; k++) {
            lo68[k] = v[k] - sd[k];
            hi68[k] = v[k] + sd[k];
            double widen = 1.96 * (Math.sqrt(sd[k] * sd[k] + cal[k] * cal[k]) - sd[k]);
            outerLo[k] = lo[k] - widen;
            outerHi[k] = hi[k] + widen;
            outer |= widen > 0;
        }
        // the value range is fixed first so that the gap shading and the model ticks can span it
        double[] yr = range(lo, hi, v, plus(pv, err, -1), plus(pv, err, 1), outer ? outerLo : null,
                outer ? outerHi : null);
        yr = NiceTicks.widen(yr[0], yr[1], 8);
        int rows = coverage == null ? 0 : coverage.modelIds().size();
        double tickRow = (yr[1] - yr[0]) * 0.035;
        double yMin = yr[0] - rows * tickRow;
        c.yRange(yMin, yr[1]);
        double[] xr = range(path.distanceUm());
        if (xr[1] > xr[0]) {
            c.xRange(xr[0], xr[1]);
        }
        boolean first = true;
        for (double[] gap : priorOnlyGaps(path)) {
            c.add(new Layer.Polygon(new double[] { gap[0], gap[1], gap[1], gap[0] },
                    new double[] { yMin, yMin, yr[1], yr[1] }, GAP, 255, false,
                    first ? "prior only (no model defined)" : null));
            first = false;
        }
        if (outer) {
            c.add(new Layer.Band(path.distanceUm(), outerLo, outerHi, BAND_CALIBRATION, 255,
                    "95 % with the calibration part (accuracy)"));
        }
        c.add(new Layer.Band(path.distanceUm(), lo, hi, BAND_95, 255, "95 % band"));
        c.add(new Layer.Band(path.distanceUm(), lo68, hi68, BAND_68, 255, "68 % band"));
        c.add(new Layer.Line(path.distanceUm(), v, Palette.category(0), 2f, Layer.Dash.SOLID, "MAP path"));
        if (pv.length > 0) {
            c.add(new Layer.Points(pointwise.distanceUm(), pv, new int[] { 0x555555 }, Layer.Marker.CROSS, false, 8,
                    null, err, "pointwise (95 %)"));
        }
        for (int m = 0; m < rows; m++) {
            // one short vertical tick per point where model m is defined, in its own row under the data
            boolean[] d = coverage.defined()[m];
            double[] tx = new double[3 * n];
            double[] ty = new double[3 * n];
            double base = yMin + (rows - 1 - m) * tickRow;
            for (int k = 0; k < n; k++) {
                tx[3 * k] = d[k] ? path.distanceUm()[k] : Double.NaN;
                tx[3 * k + 1] = tx[3 * k];
                tx[3 * k + 2] = Double.NaN;
                ty[3 * k] = base + 0.15 * tickRow;
                ty[3 * k + 1] = base + 0.85 * tickRow;
                ty[3 * k + 2] = Double.NaN;
            }
            c.add(new Layer.Line(tx, ty, Palette.category(m + 1), 2f, Layer.Dash.SOLID,
                    coverage.modelIds().get(m) + " defined"));
        }
        return c.data(pathTable(path, pointwise, coverage));
    }

    /**
     * The shaded spans of prior-only points: each maximal run of unconstrained points, widened to
     * the constrained neighbours on either side (or ending at the first/last point), as
     * {start, end} distances. Empty when {@code constrained} is unknown.
     */
    static List<double[]> priorOnlyGaps(PathView path) {
        List<double[]> out = new ArrayList<>();
        boolean[] constrained = path.constrained();
        if (constrained == null) {
            return out;
        }
        double[] d = path.distanceUm();
        int n = d.length;
        int k = 0;
        while (k < n) {
            if (constrained[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < n && !constrained[end + 1]) {
                end++;
            }
            out.add(new double[] { d[Math.max(0, k - 1)], d[Math.min(n - 1, end + 1)] });
            k = end + 1;
        }
        return out;
    }

    /**
     * P (or T) against relative growth time τ (SMC with a growth law, PT.md §6.5): 95 % and 68 %
     * bands at the points' median τ, the path, and each point's 95 % τ interval as a horizontal
     * bar. The title names the assumed growth law: the profile carries no rate information.
     */
    public static Chart againstRelativeTime(PathView path, String growthLaw, boolean temperature) {
        double[] v = temperature ? path.tC() : path.pKbar();
        double[] sd = temperature ? path.tSd() : path.pSd();
        double[] lo = temperature ? path.tLo95() : path.pLo95();
        double[] hi = temperature ? path.tHi95() : path.pHi95();
        Chart c = new Chart((temperature ? "T" : "P") + " against relative time (" + growthLaw
                + " growth law assumed; the profile holds no rate information)")
                .axes("relative growth time \u03c4 (core 0, rim 1)", temperature ? "T (\u00b0C)" : "P (kbar)");
        int n = path.size();
        double[] lo68 = new double[n];
        double[] hi68 = new double[n];
        double[] bx = new double[3 * n];
        double[] by = new double[3 * n];
        for (int k = 0; k < n; k++) {
            lo68[k] = v[k] - sd[k];
            hi68[k] = v[k] + sd[k];
            bx[3 * k] = path.tRelLo95()[k];
            bx[3 * k + 1] = path.tRelHi95()[k];
            bx[3 * k + 2] = Double.NaN;
            by[3 * k] = v[k];
            by[3 * k + 1] = v[k];
            by[3 * k + 2] = Double.NaN;
        }
        c.add(new Layer.Band(path.tRel(), lo, hi, BAND_95, 255, "95 % band"));
        c.add(new Layer.Band(path.tRel(), lo68, hi68, BAND_68, 255, "68 % band"));
        c.add(new Layer.Line(bx, by, 0x555555, 1f, Layer.Dash.SOLID, "\u03c4 95 % interval"));
        c.add(new Layer.Line(path.tRel(), v, Palette.category(0), 2f, Layer.Dash.SOLID, "smoothed path"));
        c.add(new Layer.Points(path.tRel(), v, new int[] { Palette.category(0) }, Layer.Marker.CIRCLE, true, 5, null,
                null, null));
        DataTable.Builder b = new DataTable.Builder("index", "distance_um", "t_rel", "t_rel_lo95", "t_rel_hi95",
                temperature ? "T_C" : "P_kbar", temperature ? "T_sd" : "P_sd", temperature ? "T_lo95" : "P_lo95",
                temperature ? "T_hi95" : "P_hi95");
        for (int k = 0; k < n; k++) {
            b.row(k, path.distanceUm()[k], path.tRel()[k], path.tRelLo95()[k], path.tRelHi95()[k], v[k], sd[k], lo[k],
                    hi[k]);
        }
        return c.data(b.build());
    }

    /** v + sign·e element-wise. */
    private static double[] plus(double[] v, double[] e, int sign) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] + sign * e[i];
        }
        return out;
    }

    private static boolean finitePoint(PathView p, int k) {
        return Double.isFinite(p.tC()[k]) && Double.isFinite(p.pKbar()[k]) && Double.isFinite(p.tSd()[k])
                && Double.isFinite(p.pSd()[k]);
    }

    private static double corr(PathView p, int k) {
        return p.corr() == null ? 0 : p.corr()[k];
    }

    /**
     * The path (and pointwise estimates) as in path.csv / pointwise.csv, with whether a model
     * constrains each path point, the models defined there, and τ when the path has it.
     */
    static DataTable pathTable(PathView path, PathView pointwise, ModelCoverage coverage) {
        List<String> header = new ArrayList<>(List.of("kind", "index", "distance_um", "P_kbar", "T_C", "P_sd", "T_sd",
                "corr", "P_lo95", "P_hi95", "T_lo95", "T_hi95", "P_calibration_sd", "T_calibration_sd", "constrained",
                "models_defined"));
        boolean tau = path.hasRelativeTime();
        if (tau) {
            header.addAll(List.of("t_rel", "t_rel_lo95", "t_rel_hi95"));
        }
        DataTable.Builder b = new DataTable.Builder(header);
        for (int k = 0; k < path.size(); k++) {
            List<String> defined = new ArrayList<>();
            for (int m = 0; coverage != null && m < coverage.modelIds().size(); m++) {
                if (coverage.defined()[m][k]) {
                    defined.add(coverage.modelIds().get(m));
                }
            }
            List<Object> row = new ArrayList<>(List.of("path", k, path.distanceUm()[k], path.pKbar()[k], path.tC()[k],
                    path.pSd()[k], path.tSd()[k], corr(path, k), path.pLo95()[k], path.pHi95()[k], path.tLo95()[k],
                    path.tHi95()[k], path.pCalibrationSd()[k], path.tCalibrationSd()[k]));
            row.add(path.constrained() == null ? null : path.constrained()[k]);
            row.add(coverage == null ? null : String.join(";", defined));
            if (tau) {
                row.addAll(List.of(path.tRel()[k], path.tRelLo95()[k], path.tRelHi95()[k]));
            }
            b.row(row.toArray());
        }
        if (pointwise != null) {
            for (int k = 0; k < pointwise.size(); k++) {
                Object[] row = new Object[header.size()];
                Object[] known = { "pointwise", k, pointwise.distanceUm()[k], pointwise.pKbar()[k], pointwise.tC()[k],
                        pointwise.pSd()[k], pointwise.tSd()[k], corr(pointwise, k) };
                System.arraycopy(known, 0, row, 0, known.length);
                b.row(row);
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
