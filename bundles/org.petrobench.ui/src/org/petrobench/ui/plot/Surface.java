package org.petrobench.ui.plot;

/**
 * What a chart is drawn on, in pixels: the screen (SWT GC) or an SVG document. Colours are
 * 0xRRGGBB, alpha 0–255.
 */
interface Surface {

    /** Horizontal alignment of text relative to its anchor point. */
    enum Align {
        LEFT, CENTRE, RIGHT
    }

    void polyline(double[] x, double[] y, int n, int rgb, float width, Layer.Dash dash);

    void fillPolygon(double[] x, double[] y, int n, int rgb, int alpha);

    void rectangle(double x, double y, double w, double h, int rgb, boolean fill, int alpha);

    void circle(double cx, double cy, double r, int rgb, boolean fill);

    /** Text whose vertical middle is at {@code y}; vertical text reads bottom-up, centred on (x, y). */
    void text(String s, double x, double y, int rgb, Align align, boolean vertical, boolean bold);

    double textWidth(String s);

    double textHeight();

    /** ARGB pixels scaled into the box, without smoothing. */
    void image(int[] argb, int columns, int lines, double x, double y, double w, double h);

    void clip(double x, double y, double w, double h);

    void unclip();

    default void line(double x1, double y1, double x2, double y2, int rgb, float width, Layer.Dash dash) {
        polyline(new double[] { x1, x2 }, new double[] { y1, y2 }, 2, rgb, width, dash);
    }
}
