package org.petrobench.ui.plot;

/**
 * One thing drawn in a chart's data coordinates. Layers are immutable descriptions; the same
 * description is painted on screen (SWT GC) and written to SVG, so both look the same.
 * Colours are 0xRRGGBB; NaN coordinates break lines and hide points.
 */
public sealed interface Layer permits Layer.Line, Layer.Points, Layer.Band, Layer.Polygon, Layer.Bars, Layer.Labels,
        Layer.Rule, Layer.Raster {

    /** How a line is stroked. */
    enum Dash {
        SOLID, DASHED, DOTTED
    }

    /** Point marker shapes. */
    enum Marker {
        CIRCLE, SQUARE, CROSS, TRIANGLE
    }

    /** Name in the legend, or null for none. */
    String legend();

    /** A polyline; a NaN breaks it. */
    record Line(double[] x, double[] y, int rgb, float width, Dash dash, String legend) implements Layer {
        public Line(double[] x, double[] y, int rgb, String legend) {
            this(x, y, rgb, 1.5f, Dash.SOLID, legend);
        }
    }

    /**
     * Markers, one colour per point ({@code rgb.length == x.length}) or one for all, with optional
     * symmetric error bars (half-widths; null for none).
     */
    record Points(double[] x, double[] y, int[] rgb, Marker marker, boolean filled, int size, double[] xError,
            double[] yError, String legend) implements Layer {
        public Points(double[] x, double[] y, int rgb, Marker marker, boolean filled, String legend) {
            this(x, y, new int[] { rgb }, marker, filled, 7, null, null, legend);
        }

        int colour(int i) {
            return rgb.length == 1 ? rgb[0] : rgb[i];
        }
    }

    /** The region between {@code lo(x)} and {@code hi(x)}, filled translucent (credible bands). */
    record Band(double[] x, double[] lo, double[] hi, int rgb, int alpha, String legend) implements Layer {
    }

    /** A closed polygon, filled translucent and/or outlined (ellipses, regions, fans). */
    record Polygon(double[] x, double[] y, int rgb, int fillAlpha, boolean outline, String legend) implements Layer {
    }

    /**
     * Bars from 0 to {@code value} centred on {@code x} with a width in data units, and optional
     * whiskers from {@code lo} to {@code hi} (absolute values; null for none).
     */
    record Bars(double[] x, double width, double[] value, double[] lo, double[] hi, int rgb, String legend)
            implements Layer {
    }

    /** Text labels at data positions, drawn right of the point. */
    record Labels(double[] x, double[] y, String[] text, int rgb) implements Layer {
        @Override
        public String legend() {
            return null;
        }
    }

    /** A horizontal ({@code horizontal}) or vertical line across the whole plot, optionally labelled. */
    record Rule(boolean horizontal, double value, int rgb, Dash dash, String label) implements Layer {
        @Override
        public String legend() {
            return null;
        }
    }

    /**
     * An image of {@code columns × lines} pixels (row-major ARGB, line 0 first) covering the data
     * box [x0, x1] × [y0, y1]; pixel (c, l) covers x0 + c·dx … x0 + (c+1)·dx.
     */
    record Raster(int columns, int lines, int[] argb, double x0, double y0, double x1, double y1) implements Layer {
        @Override
        public String legend() {
            return null;
        }

        /**
         * Values mapped through a colour map between {@code min} and {@code max} (clamped);
         * NaN pixels are transparent.
         */
        public static Raster scaled(int columns, int lines, float[] values, double min, double max, ColourMap map,
                double x0, double y0, double x1, double y1) {
            int[] lut = map.table();
            int[] argb = new int[columns * lines];
            double span = max > min ? max - min : 1;
            for (int i = 0; i < argb.length; i++) {
                float v = values[i];
                if (Float.isNaN(v)) {
                    continue;
                }
                int k = (int) Math.round((v - min) / span * 255);
                argb[i] = 0xff000000 | lut[Math.max(0, Math.min(255, k))];
            }
            return new Raster(columns, lines, argb, x0, y0, x1, y1);
        }
    }
}
