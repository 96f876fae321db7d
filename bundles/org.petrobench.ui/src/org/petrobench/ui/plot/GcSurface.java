package org.petrobench.ui.plot;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;

/** Draws on an SWT graphics context (screen or an off-screen image for PNG export). */
final class GcSurface implements Surface {

    private final GC gc;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<int[], Image> images;
    private final double textHeight;

    /**
     * @param images cache of raster images by pixel array identity, owned (and disposed) by the
     *               caller, so that a map is converted once and not on every paint
     */
    GcSurface(GC gc, Map<int[], Image> images) {
        this.gc = gc;
        this.images = images;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        this.textHeight = gc.getFontMetrics().getHeight();
    }

    /** Releases the colours; the GC itself belongs to the caller. */
    void dispose() {
        colours.values().forEach(Color::dispose);
        colours.clear();
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb & 0xffffff,
                c -> new Color(gc.getDevice(), (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
    }

    private static int[] ints(double[] x, double[] y, int n) {
        int[] p = new int[2 * n];
        for (int i = 0; i < n; i++) {
            p[2 * i] = (int) Math.round(x[i]);
            p[2 * i + 1] = (int) Math.round(y[i]);
        }
        return p;
    }

    private void stroke(int rgb, float width, Layer.Dash dash) {
        gc.setForeground(colour(rgb));
        gc.setLineWidth(Math.max(1, Math.round(width)));
        switch (dash) {
        case SOLID -> gc.setLineStyle(SWT.LINE_SOLID);
        case DASHED -> gc.setLineDash(new int[] { 6, 4 });
        case DOTTED -> gc.setLineDash(new int[] { 2, 3 });
        }
    }

    @Override
    public void polyline(double[] x, double[] y, int n, int rgb, float width, Layer.Dash dash) {
        stroke(rgb, width, dash);
        gc.drawPolyline(ints(x, y, n));
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    @Override
    public void fillPolygon(double[] x, double[] y, int n, int rgb, int alpha) {
        gc.setBackground(colour(rgb));
        gc.setAlpha(alpha);
        gc.fillPolygon(ints(x, y, n));
        gc.setAlpha(255);
    }

    @Override
    public void rectangle(double x, double y, double w, double h, int rgb, boolean fill, int alpha) {
        int ix = (int) Math.round(x);
        int iy = (int) Math.round(y);
        int iw = (int) Math.round(x + w) - ix;
        int ih = (int) Math.round(y + h) - iy;
        gc.setAlpha(alpha);
        if (fill) {
            gc.setBackground(colour(rgb));
            gc.fillRectangle(ix, iy, iw, ih);
        } else {
            stroke(rgb, 1, Layer.Dash.SOLID);
            gc.drawRectangle(ix, iy, iw, ih);
        }
        gc.setAlpha(255);
    }

    @Override
    public void circle(double cx, double cy, double r, int rgb, boolean fill) {
        int d = (int) Math.round(2 * r);
        int x = (int) Math.round(cx - r);
        int y = (int) Math.round(cy - r);
        if (fill) {
            gc.setBackground(colour(rgb));
            gc.fillOval(x, y, d, d);
        } else {
            stroke(rgb, 1, Layer.Dash.SOLID);
            gc.drawOval(x, y, d, d);
        }
    }

    @Override
    public void text(String s, double x, double y, int rgb, Align align, boolean vertical, boolean bold) {
        if (s == null || s.isEmpty()) {
            return;
        }
        gc.setForeground(colour(rgb));
        Point extent = gc.textExtent(s);
        double dx = switch (align) {
        case LEFT -> 0;
        case CENTRE -> -extent.x / 2.0;
        case RIGHT -> -extent.x;
        };
        if (vertical) {
            Transform t = new Transform(gc.getDevice());
            try {
                t.translate((float) x, (float) y);
                t.rotate(-90);
                gc.setTransform(t);
                gc.drawText(s, (int) Math.round(-extent.x / 2.0), (int) Math.round(-extent.y / 2.0), true);
            } finally {
                gc.setTransform(null);
                t.dispose();
            }
        } else {
            gc.drawText(s, (int) Math.round(x + dx), (int) Math.round(y - extent.y / 2.0), true);
        }
    }

    @Override
    public double textWidth(String s) {
        return s == null ? 0 : gc.textExtent(s).x;
    }

    @Override
    public double textHeight() {
        return textHeight;
    }

    @Override
    public void image(int[] argb, int columns, int lines, double x, double y, double w, double h) {
        Image image = images.computeIfAbsent(argb, a -> new Image(gc.getDevice(), imageData(a, columns, lines)));
        gc.setInterpolation(SWT.NONE);
        gc.drawImage(image, 0, 0, columns, lines, (int) Math.round(x), (int) Math.round(y),
                Math.max(1, (int) Math.round(w)), Math.max(1, (int) Math.round(h)));
    }

    static ImageData imageData(int[] argb, int columns, int lines) {
        ImageData data = new ImageData(columns, lines, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        byte[] alpha = new byte[columns * lines];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            data.setPixel(i % columns, i / columns, p & 0xffffff);
            alpha[i] = (byte) (p >>> 24);
        }
        data.alphaData = alpha;
        return data;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        gc.setClipping((int) Math.round(x), (int) Math.round(y), (int) Math.round(w) + 1, (int) Math.round(h) + 1);
    }

    @Override
    public void unclip() {
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
    }
}
