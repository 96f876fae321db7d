package org.petrobench.isocon.ui;

/**
 * Moves point labels apart so that no label covers an earlier one (isocon diagram, Gresens
 * lines). Greedy in input order: a label keeps its place when that is free, otherwise it moves
 * up or down by whole line heights (+1, −1, +2, −2, … up to {@link #MAX_STEPS}) to the first free
 * place; when none is free it stays where it was. A label that would run past the right edge is
 * moved left so that it ends inside the plot.
 * <p>
 * Decision: the placement is computed on the chart description, not at paint time, so it assumes
 * a nominal plot size in pixels ({@code pixelsX × pixelsY}) and an average character width. A
 * larger plot only spreads the labels further; zooming in can bring back overlaps no larger than
 * before.
 */
public final class LabelPlacement {

    /** Average character width and line height of the plot font, in pixels. */
    static final double CHAR_WIDTH = 7;
    static final double LINE_HEIGHT = 15;
    /** The renderer draws a label 6 px right of and 6 px above its anchor. */
    static final double OFFSET = 6;
    static final int MAX_STEPS = 6;

    private LabelPlacement() {
    }

    /** Where the labels' anchors go (the renderer draws each label right of and above its anchor). */
    public record Anchors(double[] x, double[] y) {
    }

    /**
     * New anchors for labels {@code text} at {@code (x, y)} on a plot showing
     * the data box {@code xRange × yRange} ({min, max}) on about {@code pixelsX × pixelsY} pixels.
     * A moved label stays inside the y-range (anchor not below its minimum, box not above its
     * maximum); NaN anchors are left alone and block nothing.
     */
    public static Anchors place(double[] x, double[] y, String[] text, double[] xRange, double[] yRange,
            double pixelsX, double pixelsY) {
        int n = x.length;
        double ux = (xRange[1] - xRange[0]) / pixelsX;
        double uy = (yRange[1] - yRange[0]) / pixelsY;
        double line = LINE_HEIGHT * uy;
        double[] placed = y.clone();
        double[] placedX = x.clone();
        double[][] boxes = new double[n][];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                continue;
            }
            double width = text[i].length() * CHAR_WIDTH * ux;
            placedX[i] = Math.min(x[i], xRange[1] - width - 2 * OFFSET * ux);
            double left = placedX[i] + OFFSET * ux;
            double right = left + width;
            for (int step = 0; step <= 2 * MAX_STEPS; step++) {
                int k = step % 2 == 1 ? (step + 1) / 2 : -step / 2;
                double anchor = y[i] + k * line;
                double centre = anchor + OFFSET * uy;
                double[] box = { left, right, centre - line / 2, centre + line / 2 };
                boolean inside = k == 0 || (anchor >= yRange[0] && box[3] <= yRange[1]);
                if (inside && free(box, boxes, i)) {
                    placed[i] = anchor;
                    boxes[i] = box;
                    break;
                }
            }
            if (boxes[i] == null) {
                double centre = y[i] + OFFSET * uy;
                boxes[i] = new double[] { left, right, centre - line / 2, centre + line / 2 };
            }
        }
        return new Anchors(placedX, placed);
    }

    private static boolean free(double[] box, double[][] boxes, int before) {
        for (int j = 0; j < before; j++) {
            double[] b = boxes[j];
            if (b != null && box[0] < b[1] && b[0] < box[1] && box[2] < b[3] && b[2] < box[3]) {
                return false;
            }
        }
        return true;
    }
}
