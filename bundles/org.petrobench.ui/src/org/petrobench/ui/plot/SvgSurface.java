package org.petrobench.ui.plot;

import java.util.Base64;
import java.util.Locale;

/**
 * Writes the drawing as an SVG 1.1 document. Text widths are estimated from the font size
 * (no display needed), so labels may sit a little differently than on screen.
 */
final class SvgSurface implements Surface {

    private static final double FONT_PX = 11;

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private int clips;
    private boolean clipped;

    SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The complete document. */
    String document() {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"%.0f\">\n",
                width, height, width, height, FONT_PX));
        b.append(body);
        if (clipped) {
            b.append("</g>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String dash(Layer.Dash d) {
        return switch (d) {
        case SOLID -> "";
        case DASHED -> " stroke-dasharray=\"6,4\"";
        case DOTTED -> " stroke-dasharray=\"1.5,3\"";
        };
    }

    @Override
    public void polyline(double[] x, double[] y, int n, int rgb, float w, Layer.Dash d) {
        body.append("<polyline fill=\"none\" stroke=\"").append(colour(rgb)).append("\" stroke-width=\"").append(n(w))
                .append('"').append(dash(d)).append(" points=\"");
        for (int i = 0; i < n; i++) {
            body.append(n(x[i])).append(',').append(n(y[i])).append(' ');
        }
        body.append("\"/>\n");
    }

    @Override
    public void fillPolygon(double[] x, double[] y, int n, int rgb, int alpha) {
        body.append("<polygon stroke=\"none\" fill=\"").append(colour(rgb)).append("\" fill-opacity=\"")
                .append(n(alpha / 255.0)).append("\" points=\"");
        for (int i = 0; i < n; i++) {
            body.append(n(x[i])).append(',').append(n(y[i])).append(' ');
        }
        body.append("\"/>\n");
    }

    @Override
    public void rectangle(double x, double y, double w, double h, int rgb, boolean fill, int alpha) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
        if (fill) {
            body.append(" stroke=\"none\" fill=\"").append(colour(rgb)).append("\" fill-opacity=\"")
                    .append(n(alpha / 255.0)).append('"');
        } else {
            body.append(" fill=\"none\" stroke=\"").append(colour(rgb)).append('"');
        }
        body.append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, int rgb, boolean fill) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"').append(fill ? " stroke=\"none\" fill=\"" : " fill=\"none\" stroke=\"").append(colour(rgb))
                .append("\"/>\n");
    }

    @Override
    public void text(String s, double x, double y, int rgb, Align align, boolean vertical, boolean bold) {
        if (s == null || s.isEmpty()) {
            return;
        }
        String anchor = switch (align) {
        case LEFT -> "start";
        case CENTRE -> "middle";
        case RIGHT -> "end";
        };
        double baseline = FONT_PX * 0.35;
        body.append("<text text-anchor=\"").append(anchor).append("\" fill=\"").append(colour(rgb)).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (vertical) {
            body.append(" transform=\"translate(").append(n(x + baseline)).append(',').append(n(y))
                    .append(") rotate(-90)\" x=\"0\" y=\"0\">");
        } else {
            body.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y + baseline)).append("\">");
        }
        body.append(escape(s)).append("</text>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public double textWidth(String s) {
        return s == null ? 0 : s.length() * FONT_PX * 0.6;
    }

    @Override
    public double textHeight() {
        return FONT_PX * 1.3;
    }

    @Override
    public void image(int[] argb, int columns, int lines, double x, double y, double w, double h) {
        String png = Base64.getEncoder().encodeToString(PngEncoder.encode(argb, columns, lines));
        body.append("<image x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h))
                .append("\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" xlink:href=\"data:image/png;base64,")
                .append(png).append("\"/>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        unclip();
        clips++;
        body.append("<clipPath id=\"c").append(clips).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#c").append(clips).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            body.append("</g>\n");
            clipped = false;
        }
    }
}
