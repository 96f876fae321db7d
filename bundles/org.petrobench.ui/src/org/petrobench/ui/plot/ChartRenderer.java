package org.petrobench.ui.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws a {@link Chart} on a {@link Surface}: frame, grid, ticks, layers clipped to
 * the plot area, legend, colour bar, labels. One renderer for screen, PNG and SVG.
 */
public final class ChartRenderer {

    private static final int AXIS = 0x333333;
    private static final int GRID = 0xe6e6e6;
    private static final int MAX_TICKS = 8;
    private static final double COLOUR_BAR_WIDTH = 16;

    private ChartRenderer() {
    }

    /**
     * Draws {@code chart} on a {@code width × height} surface; {@code viewX}/{@code viewY}
     * (nullable) override the ranges (zoom and pan). Returns where the plot area landed.
     */
    static Frame render(Chart chart, Surface s, double width, double height, double[] viewX, double[] viewY) {
        s.rectangle(0, 0, width, height, 0xffffff, true, 255);
        double[] xr = viewX != null ? viewX : range(chart, true);
        double[] yr = viewY != null ? viewY : range(chart, false);
        double th = s.textHeight();
        double top = chart.title().isEmpty() ? th : 2 * th + 4;
        double bottom = 2 * th + 14;
        double yTickWidth = 0;
        for (String label : yTickLabels(chart, yr[0], yr[1])) {
            yTickWidth = Math.max(yTickWidth, s.textWidth(label));
        }
        double left = yTickWidth + (chart.yLabel().isEmpty() ? 10 : th + 16);
        // the last x tick label is centred on the frame's edge: leave room for its right half
        double right = Math.max(14, lastXTickHalfWidth(chart, s, xr) + 4)
                + (chart.colourBar() != null ? colourBarSpace(chart.colourBar(), s) : 0);
        double pw = Math.max(10, width - left - right);
        double ph = Math.max(10, height - top - bottom);
        if (chart.isEqualAspect()) {
            double dx = xr[1] - xr[0];
            double dy = yr[1] - yr[0];
            double scale = Math.min(pw / dx, ph / dy);
            double nw = dx * scale;
            double nh = dy * scale;
            left += (pw - nw) / 2;
            top += (ph - nh) / 2;
            pw = nw;
            ph = nh;
        }
        Frame f = new Frame(left, top, pw, ph, xr[0], xr[1], yr[0], yr[1], chart.isYDown());
        grid(chart, s, f);
        s.clip(f.left(), f.top(), f.width(), f.height());
        for (Layer layer : chart.layers()) {
            draw(layer, s, f);
        }
        s.unclip();
        s.rectangle(f.left(), f.top(), f.width(), f.height(), AXIS, false, 255);
        if (!chart.title().isEmpty()) {
            s.text(chart.title(), width / 2, th * 0.9, 0x000000, Surface.Align.CENTRE, false, true);
        }
        s.text(chart.xLabel(), f.left() + f.width() / 2, height - th * 0.8, 0x000000, Surface.Align.CENTRE, false,
                false);
        if (!chart.yLabel().isEmpty()) {
            s.text(chart.yLabel(), th * 0.8, f.top() + f.height() / 2, 0x000000, Surface.Align.CENTRE, true, false);
        }
        legend(chart, s, f);
        if (chart.colourBar() != null) {
            colourBar(chart.colourBar(), s, f);
        }
        return f;
    }

    private static double[] yTicks(Chart chart, double min, double max) {
        return chart.yTickValues() != null ? chart.yTickValues() : NiceTicks.ticks(min, max, MAX_TICKS);
    }

    private static String[] yTickLabels(Chart chart, double min, double max) {
        if (chart.yTickLabels() != null) {
            return chart.yTickLabels();
        }
        double step = NiceTicks.step(min, max, MAX_TICKS);
        double[] t = NiceTicks.ticks(min, max, MAX_TICKS);
        String[] labels = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            labels[i] = NiceTicks.label(t[i], step);
        }
        return labels;
    }

    private static double lastXTickHalfWidth(Chart chart, Surface s, double[] xr) {
        if (chart.xCategories() != null) {
            return 0;
        }
        double step = NiceTicks.step(xr[0], xr[1], MAX_TICKS);
        double[] t = NiceTicks.ticks(xr[0], xr[1], MAX_TICKS);
        return t.length == 0 ? 0 : s.textWidth(NiceTicks.label(t[t.length - 1], step)) / 2;
    }

    private static void grid(Chart chart, Surface s, Frame f) {
        double th = s.textHeight();
        String[] categories = chart.xCategories();
        if (categories != null) {
            for (int i = 0; i < categories.length; i++) {
                double px = f.px(i);
                if (px >= f.left() - 0.5 && px <= f.left() + f.width() + 0.5) {
                    s.line(px, f.top() + f.height(), px, f.top() + f.height() + 4, AXIS, 1, Layer.Dash.SOLID);
                    s.text(categories[i], px, f.top() + f.height() + 5 + th / 2, AXIS, Surface.Align.CENTRE, false,
                            false);
                }
            }
        } else {
            double step = NiceTicks.step(f.xMin(), f.xMax(), MAX_TICKS);
            for (double t : NiceTicks.ticks(f.xMin(), f.xMax(), MAX_TICKS)) {
                double px = f.px(t);
                s.line(px, f.top(), px, f.top() + f.height(), GRID, 1, Layer.Dash.SOLID);
                s.line(px, f.top() + f.height(), px, f.top() + f.height() + 4, AXIS, 1, Layer.Dash.SOLID);
                s.text(NiceTicks.label(t, step), px, f.top() + f.height() + 5 + th / 2, AXIS, Surface.Align.CENTRE,
                        false, false);
            }
        }
        double[] ticks = yTicks(chart, f.yMin(), f.yMax());
        String[] labels = yTickLabels(chart, f.yMin(), f.yMax());
        for (int i = 0; i < ticks.length; i++) {
            double py = f.py(ticks[i]);
            if (py < f.top() - 0.5 || py > f.top() + f.height() + 0.5) {
                continue;
            }
            s.line(f.left(), py, f.left() + f.width(), py, GRID, 1, Layer.Dash.SOLID);
            s.line(f.left() - 4, py, f.left(), py, AXIS, 1, Layer.Dash.SOLID);
            s.text(labels[i], f.left() - 6, py, AXIS, Surface.Align.RIGHT, false, false);
        }
    }

    private static void draw(Layer layer, Surface s, Frame f) {
        if (layer instanceof Layer.Line l) {
            polyline(l.x(), l.y(), l.rgb(), l.width(), l.dash(), s, f);
        } else if (layer instanceof Layer.Points p) {
            points(p, s, f);
        } else if (layer instanceof Layer.Band b) {
            band(b, s, f);
        } else if (layer instanceof Layer.Polygon p) {
            int n = p.x().length;
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = f.px(p.x()[i]);
                py[i] = f.py(p.y()[i]);
            }
            if (p.fillAlpha() > 0) {
                s.fillPolygon(px, py, n, p.rgb(), p.fillAlpha());
            }
            if (p.outline() && n > 1) {
                double[] cx = java.util.Arrays.copyOf(px, n + 1);
                double[] cy = java.util.Arrays.copyOf(py, n + 1);
                cx[n] = px[0];
                cy[n] = py[0];
                s.polyline(cx, cy, n + 1, p.rgb(), 1.2f, Layer.Dash.SOLID);
            }
        } else if (layer instanceof Layer.Bars b) {
            bars(b, s, f);
        } else if (layer instanceof Layer.Labels l) {
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                    s.text(l.text()[i], f.px(l.x()[i]) + 6, f.py(l.y()[i]) - 6, l.rgb(), Surface.Align.LEFT, false,
                            false);
                }
            }
        } else if (layer instanceof Layer.Rule r) {
            if (r.horizontal()) {
                double py = f.py(r.value());
                s.line(f.left(), py, f.left() + f.width(), py, r.rgb(), 1.2f, r.dash());
                if (r.label() != null) {
                    s.text(r.label(), f.left() + f.width() - 4, py - s.textHeight() / 2 - 2, r.rgb(),
                            Surface.Align.RIGHT, false, false);
                }
            } else {
                double px = f.px(r.value());
                s.line(px, f.top(), px, f.top() + f.height(), r.rgb(), 1.2f, r.dash());
                if (r.label() != null) {
                    s.text(r.label(), px + 4, f.top() + s.textHeight(), r.rgb(), Surface.Align.LEFT, false, false);
                }
            }
        } else if (layer instanceof Layer.Raster r) {
            double x0 = f.px(r.x0());
            double x1 = f.px(r.x1());
            double y0 = f.py(r.y0());
            double y1 = f.py(r.y1());
            s.image(r.argb(), r.columns(), r.lines(), Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                    Math.abs(y1 - y0));
        }
    }

    private static void polyline(double[] x, double[] y, int rgb, float width, Layer.Dash dash, Surface s, Frame f) {
        int n = x.length;
        double[] px = new double[n];
        double[] py = new double[n];
        int k = 0;
        for (int i = 0; i <= n; i++) {
            boolean ok = i < n && Double.isFinite(x[i]) && Double.isFinite(y[i]);
            if (ok) {
                px[k] = f.px(x[i]);
                py[k] = f.py(y[i]);
                k++;
            } else {
                if (k > 1) {
                    s.polyline(px, py, k, rgb, width, dash);
                }
                k = 0;
            }
        }
    }

    private static void points(Layer.Points p, Surface s, Frame f) {
        double r = p.size() / 2.0;
        for (int i = 0; i < p.x().length; i++) {
            double x = p.x()[i];
            double y = p.y()[i];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            int c = p.colour(i);
            double px = f.px(x);
            double py = f.py(y);
            if (p.xError() != null && Double.isFinite(p.xError()[i])) {
                double a = f.px(x - p.xError()[i]);
                double b = f.px(x + p.xError()[i]);
                s.line(a, py, b, py, c, 1, Layer.Dash.SOLID);
                s.line(a, py - 3, a, py + 3, c, 1, Layer.Dash.SOLID);
                s.line(b, py - 3, b, py + 3, c, 1, Layer.Dash.SOLID);
            }
            if (p.yError() != null && Double.isFinite(p.yError()[i])) {
                double a = f.py(y - p.yError()[i]);
                double b = f.py(y + p.yError()[i]);
                s.line(px, a, px, b, c, 1, Layer.Dash.SOLID);
                s.line(px - 3, a, px + 3, a, c, 1, Layer.Dash.SOLID);
                s.line(px - 3, b, px + 3, b, c, 1, Layer.Dash.SOLID);
            }
            marker(p.marker(), p.filled(), px, py, r, c, s);
        }
    }

    static void marker(Layer.Marker m, boolean filled, double px, double py, double r, int c, Surface s) {
        switch (m) {
        case CIRCLE -> {
            if (filled) {
                s.circle(px, py, r, c, true);
            } else {
                s.circle(px, py, r, 0xffffff, true);
            }
            s.circle(px, py, r, c, false);
        }
        case SQUARE -> {
            s.rectangle(px - r, py - r, 2 * r, 2 * r, filled ? c : 0xffffff, true, 255);
            s.rectangle(px - r, py - r, 2 * r, 2 * r, c, false, 255);
        }
        case CROSS -> {
            s.line(px - r, py - r, px + r, py + r, c, 1.5f, Layer.Dash.SOLID);
            s.line(px - r, py + r, px + r, py - r, c, 1.5f, Layer.Dash.SOLID);
        }
        case TRIANGLE -> {
            double[] xs = { px, px + r, px - r };
            double[] ys = { py - r, py + r, py + r };
            s.fillPolygon(xs, ys, 3, filled ? c : 0xffffff, 255);
            s.polyline(new double[] { px, px + r, px - r, px }, new double[] { py - r, py + r, py + r, py - r }, 4, c,
                    1, Layer.Dash.SOLID);
        }
        }
    }

    private static void band(Layer.Band b, Surface s, Frame f) {
        // a NaN in x, lo or hi splits the band into separate polygons
        int n = b.x().length;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean ok = i < n && Double.isFinite(b.x()[i]) && Double.isFinite(b.lo()[i]) && Double.isFinite(b.hi()[i]);
            if (!ok) {
                int m = i - start;
                if (m > 1) {
                    double[] px = new double[2 * m];
                    double[] py = new double[2 * m];
                    for (int k = 0; k < m; k++) {
                        px[k] = f.px(b.x()[start + k]);
                        py[k] = f.py(b.hi()[start + k]);
                        px[2 * m - 1 - k] = px[k];
                        py[2 * m - 1 - k] = f.py(b.lo()[start + k]);
                    }
                    s.fillPolygon(px, py, 2 * m, b.rgb(), b.alpha());
                }
                start = i + 1;
            }
        }
    }

    private static void bars(Layer.Bars b, Surface s, Frame f) {
        double zero = f.py(0);
        for (int i = 0; i < b.x().length; i++) {
            double v = b.value()[i];
            if (!Double.isFinite(v)) {
                continue;
            }
            double a = f.px(b.x()[i] - b.width() / 2);
            double c = f.px(b.x()[i] + b.width() / 2);
            double top = f.py(v);
            s.rectangle(a, Math.min(top, zero), c - a, Math.abs(top - zero), b.rgb(), true, 255);
            if (b.lo() != null && b.hi() != null && Double.isFinite(b.lo()[i]) && Double.isFinite(b.hi()[i])) {
                double mid = (a + c) / 2;
                double lo = f.py(b.lo()[i]);
                double hi = f.py(b.hi()[i]);
                s.line(mid, lo, mid, hi, 0x000000, 1, Layer.Dash.SOLID);
                s.line(mid - 3, lo, mid + 3, lo, 0x000000, 1, Layer.Dash.SOLID);
                s.line(mid - 3, hi, mid + 3, hi, 0x000000, 1, Layer.Dash.SOLID);
            }
        }
    }

    private static void legend(Chart chart, Surface s, Frame f) {
        List<Layer> entries = new ArrayList<>();
        double w = 0;
        for (Layer l : chart.layers()) {
            if (l.legend() != null && !l.legend().isEmpty()) {
                entries.add(l);
                w = Math.max(w, s.textWidth(l.legend()));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        double th = s.textHeight();
        double boxW = w + 34;
        double boxH = entries.size() * (th + 2) + 6;
        double x = f.left() + f.width() - boxW - 6;
        double y = f.top() + 6;
        s.rectangle(x, y, boxW, boxH, 0xffffff, true, 215);
        s.rectangle(x, y, boxW, boxH, 0xbbbbbb, false, 255);
        for (int i = 0; i < entries.size(); i++) {
            Layer l = entries.get(i);
            double cy = y + 4 + i * (th + 2) + th / 2;
            if (l instanceof Layer.Line line) {
                s.line(x + 4, cy, x + 24, cy, line.rgb(), line.width(), line.dash());
            } else if (l instanceof Layer.Points p) {
                marker(p.marker(), p.filled(), x + 14, cy, 3.5, p.colour(0), s);
            } else if (l instanceof Layer.Band b) {
                s.rectangle(x + 4, cy - 4, 20, 8, b.rgb(), true, b.alpha());
            } else if (l instanceof Layer.Polygon p) {
                s.rectangle(x + 4, cy - 4, 20, 8, p.rgb(), true, Math.max(p.fillAlpha(), 80));
            } else if (l instanceof Layer.Bars b) {
                s.rectangle(x + 4, cy - 4, 20, 8, b.rgb(), true, 255);
            }
            s.text(l.legend(), x + 28, cy, 0x000000, Surface.Align.LEFT, false, false);
        }
    }

    private static double colourBarSpace(ColourBar bar, Surface s) {
        double w = Math.max(s.textWidth(NiceTicks.label(bar.max(), NiceTicks.step(bar.min(), bar.max(), 6))),
                s.textWidth(NiceTicks.label(bar.min(), NiceTicks.step(bar.min(), bar.max(), 6))));
        return COLOUR_BAR_WIDTH + w + s.textHeight() + 24;
    }

    private static void colourBar(ColourBar bar, Surface s, Frame f) {
        double x = f.left() + f.width() + 14;
        int[] strip = new int[256];
        int[] lut = bar.map().table();
        for (int i = 0; i < 256; i++) {
            strip[i] = 0xff000000 | lut[255 - i];
        }
        s.image(strip, 1, 256, x, f.top(), COLOUR_BAR_WIDTH, f.height());
        s.rectangle(x, f.top(), COLOUR_BAR_WIDTH, f.height(), AXIS, false, 255);
        double lo = Math.min(bar.min(), bar.max());
        double hi = Math.max(bar.min(), bar.max());
        if (hi > lo) {
            double step = NiceTicks.step(lo, hi, 6);
            double labelRight = 0;
            for (double t : NiceTicks.ticks(lo, hi, 6)) {
                double py = f.top() + f.height() - (t - lo) / (hi - lo) * f.height();
                s.line(x + COLOUR_BAR_WIDTH, py, x + COLOUR_BAR_WIDTH + 4, py, AXIS, 1, Layer.Dash.SOLID);
                String label = NiceTicks.label(t, step);
                s.text(label, x + COLOUR_BAR_WIDTH + 6, py, AXIS, Surface.Align.LEFT, false, false);
                labelRight = Math.max(labelRight, s.textWidth(label));
            }
            s.text(bar.label(), x + COLOUR_BAR_WIDTH + labelRight + 10 + s.textHeight() / 2,
                    f.top() + f.height() / 2, 0x000000, Surface.Align.CENTRE, true, false);
        }
    }

    /** The automatic range of the data on one axis: {min, max}. */
    static double[] range(Chart chart, boolean x) {
        double[] fixed = x ? chart.xRange() : chart.yRange();
        if (fixed != null) {
            return fixed;
        }
        if (x && chart.xCategories() != null) {
            return new double[] { -0.5, chart.xCategories().length - 0.5 };
        }
        double[] mm = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (Layer l : chart.layers()) {
            if (l instanceof Layer.Line line) {
                extend(mm, x ? line.x() : line.y(), null);
            } else if (l instanceof Layer.Points p) {
                extend(mm, x ? p.x() : p.y(), x ? p.xError() : p.yError());
            } else if (l instanceof Layer.Band b) {
                extend(mm, x ? b.x() : b.lo(), null);
                extend(mm, x ? b.x() : b.hi(), null);
            } else if (l instanceof Layer.Polygon p) {
                extend(mm, x ? p.x() : p.y(), null);
            } else if (l instanceof Layer.Bars b) {
                if (x) {
                    extend(mm, b.x(), null);
                    mm[0] -= b.width();
                    mm[1] += b.width();
                } else {
                    extend(mm, b.value(), null);
                    extend(mm, new double[] { 0 }, null);
                    if (b.lo() != null && b.hi() != null) {
                        extend(mm, b.lo(), null);
                        extend(mm, b.hi(), null);
                    }
                }
            } else if (l instanceof Layer.Labels lab) {
                extend(mm, x ? lab.x() : lab.y(), null);
            } else if (l instanceof Layer.Rule r) {
                if (r.horizontal() != x) {
                    extend(mm, new double[] { r.value() }, null);
                }
            } else if (l instanceof Layer.Raster r) {
                extend(mm, x ? new double[] { r.x0(), r.x1() } : new double[] { r.y0(), r.y1() }, null);
            }
        }
        if (mm[0] > mm[1]) {
            return new double[] { 0, 1 };
        }
        if (chart.isTight() && mm[1] > mm[0]) {
            return mm;
        }
        return NiceTicks.widen(mm[0], mm[1], MAX_TICKS);
    }

    private static void extend(double[] mm, double[] v, double[] err) {
        if (v == null) {
            return;
        }
        for (int i = 0; i < v.length; i++) {
            double e = err != null && Double.isFinite(err[i]) ? Math.abs(err[i]) : 0;
            if (Double.isFinite(v[i])) {
                mm[0] = Math.min(mm[0], v[i] - e);
                mm[1] = Math.max(mm[1], v[i] + e);
            }
        }
    }
}
