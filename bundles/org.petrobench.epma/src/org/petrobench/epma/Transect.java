package org.petrobench.epma;

import java.util.List;

import org.petrobench.epma.data.MapGeometry;

/**
 * A transect (profile) through wt maps (EPMA.md §11): stations at arc length nΔ along a polyline;
 * each has M = max(1, round(W/δ)) samples along the normal of the current segment, δ apart (δ the
 * smaller pixel step) and centred on the line. Samples use bilinear interpolation of the wt maps;
 * a sample touching a pixel without data (or outside the map) is invalid, and with a host phase
 * so is a sample whose nearest pixel has host membership &lt; 0.5. Per station: mean and sd
 * (n − 1, NaN if n &lt; 2) across the width. Vertices and positions are in pixel units (x = column,
 * y = line, 0-based); lengths in µm from the map steps.
 *
 * @param oxides     map names in the order of {@code mean}/{@code sd}
 * @param distanceUm arc length of each station
 * @param x          station column (pixel units)
 * @param y          station line
 * @param n          valid samples per station
 * @param mean       [station][oxide], NaN where n = 0
 * @param sd         [station][oxide], NaN where n &lt; 2
 */
public record Transect(List<String> oxides, double[] distanceUm, double[] x, double[] y, int[] n, double[][] mean,
        double[][] sd) {

    public int stations() {
        return distanceUm.length;
    }

    /**
     * @param wt         wt maps, one row-major array per oxide (NaN = no data)
     * @param membership memberships for the host filter; may be null when {@code host < 0}
     * @param host       phase index of the host, or −1 for none
     * @param xs         polyline vertices, x (column) in pixel units
     * @param ys         polyline vertices, y (line)
     * @param widthUm    W; 0 samples the line itself
     * @param stepUm     Δ; NaN or ≤ 0 for one pixel (δ)
     */
    public static Transect sample(float[][] wt, List<String> oxides, Membership membership, int host, MapGeometry g,
            double[] xs, double[] ys, double widthUm, double stepUm) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("a transect needs at least 2 vertices with x and y");
        }
        if (host >= 0 && membership == null) {
            throw new IllegalArgumentException("a host phase needs memberships");
        }
        double sx = g.stepColumnUm();
        double sy = g.stepLineUm();
        double delta = Math.min(sx, sy);
        double step = stepUm > 0 ? stepUm : delta;
        int samples = Math.max(1, (int) Math.round(widthUm / delta));
        int segments = xs.length - 1;
        double[] start = new double[segments + 1];
        for (int s = 0; s < segments; s++) {
            start[s + 1] = start[s] + Math.hypot((xs[s + 1] - xs[s]) * sx, (ys[s + 1] - ys[s]) * sy);
        }
        double length = start[segments];
        int count = (int) Math.floor(length / step + 1e-9) + 1;
        int ne = wt.length;
        double[] dist = new double[count];
        double[] px = new double[count];
        double[] py = new double[count];
        int[] valid = new int[count];
        double[][] mean = new double[count][ne];
        double[][] sd = new double[count][ne];
        double[] v = new double[ne];
        double[] s1 = new double[ne];
        double[] s2 = new double[ne];
        int seg = 0;
        for (int t = 0; t < count; t++) {
            double d = t * step;
            while (seg < segments - 1 && d > start[seg + 1]) {
                seg++;
            }
            double segLen = start[seg + 1] - start[seg];
            double u = segLen > 0 ? (d - start[seg]) / segLen : 0;
            double cx = xs[seg] + u * (xs[seg + 1] - xs[seg]);
            double cy = ys[seg] + u * (ys[seg + 1] - ys[seg]);
            // unit normal in µm, converted back to pixel units per axis
            double tx = (xs[seg + 1] - xs[seg]) * sx;
            double ty = (ys[seg + 1] - ys[seg]) * sy;
            double norm = Math.hypot(tx, ty);
            double nx = norm > 0 ? -ty / norm : 0;
            double ny = norm > 0 ? tx / norm : 0;
            dist[t] = d;
            px[t] = cx;
            py[t] = cy;
            java.util.Arrays.fill(s1, 0);
            java.util.Arrays.fill(s2, 0);
            int ok = 0;
            for (int j = 0; j < samples; j++) {
                double off = (j - (samples - 1) / 2.0) * delta;
                double qx = cx + off * nx / sx;
                double qy = cy + off * ny / sy;
                if (!interpolate(wt, g, qx, qy, v)) {
                    continue;
                }
                if (host >= 0) {
                    int ix = (int) Math.floor(qx + 0.5);
                    int iy = (int) Math.floor(qy + 0.5);
                    if (!(membership.value(host, iy * g.columns() + ix) >= 0.5f)) {
                        continue;
                    }
                }
                ok++;
                for (int e = 0; e < ne; e++) {
                    s1[e] += v[e];
                    s2[e] += v[e] * v[e];
                }
            }
            valid[t] = ok;
            for (int e = 0; e < ne; e++) {
                double m = ok > 0 ? s1[e] / ok : Double.NaN;
                mean[t][e] = m;
                sd[t][e] = ok > 1 ? Math.sqrt(Math.max(0, (s2[e] - ok * m * m) / (ok - 1))) : Double.NaN;
            }
        }
        return new Transect(List.copyOf(oxides), dist, px, py, valid, mean, sd);
    }

    /**
     * Bilinear interpolation at (x, y); false when a neighbour with non-zero weight lies outside
     * the map or has no data.
     */
    static boolean interpolate(float[][] wt, MapGeometry g, double x, double y, double[] out) {
        int columns = g.columns();
        int lines = g.lines();
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        // a weight this small is the station sitting on a pixel centre up to rounding
        if (fx < 1e-9) {
            fx = 0;
        } else if (fx > 1 - 1e-9) {
            fx = 0;
            x0++;
        }
        if (fy < 1e-9) {
            fy = 0;
        } else if (fy > 1 - 1e-9) {
            fy = 0;
            y0++;
        }
        java.util.Arrays.fill(out, 0);
        for (int a = 0; a < 2; a++) {
            double wy = a == 0 ? 1 - fy : fy;
            if (wy == 0) {
                continue;
            }
            for (int b = 0; b < 2; b++) {
                double wx = b == 0 ? 1 - fx : fx;
                if (wx == 0) {
                    continue;
                }
                int l = y0 + a;
                int c = x0 + b;
                if (l < 0 || l >= lines || c < 0 || c >= columns) {
                    return false;
                }
                int i = l * columns + c;
                for (int e = 0; e < wt.length; e++) {
                    float val = wt[e][i];
                    if (Float.isNaN(val)) {
                        return false;
                    }
                    out[e] += wx * wy * val;
                }
            }
        }
        return true;
    }
}
