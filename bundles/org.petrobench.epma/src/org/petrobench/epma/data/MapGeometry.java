package org.petrobench.epma.data;

import java.util.Objects;

/**
 * Pixel grid of a map and its placement on the stage (EPMA.md §3.7).
 *
 * @param lines        n_L, number of file lines
 * @param columns      n_C, values per file line
 * @param originXmm    stage X of the centre of pixel (1,1) (CONFIRM §16: centre, not corner)
 * @param originYmm    stage Y of the centre of pixel (1,1)
 * @param originZmm    stage Z at the start
 * @param stepLineUm   Δ_L, step between lines
 * @param stepColumnUm Δ_C, step between columns
 * @param lineAxis     A_L, the stage axis that advances with the line index
 * @param columnAxis   A_C, the stage axis that advances with the column index
 * @param lineSign     σ_L = ±1
 * @param columnSign   σ_C = ±1
 */
public record MapGeometry(int lines, int columns, double originXmm, double originYmm, double originZmm,
        double stepLineUm, double stepColumnUm, StageAxis lineAxis, StageAxis columnAxis, int lineSign,
        int columnSign) {

    public MapGeometry {
        if (lines <= 0 || columns <= 0) {
            throw new IllegalArgumentException("map size must be positive: " + lines + " x " + columns);
        }
        if ((long) lines * columns > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("map too large for one array: " + lines + " x " + columns);
        }
        if (!(stepLineUm > 0) || !(stepColumnUm > 0) || !Double.isFinite(stepLineUm) || !Double.isFinite(stepColumnUm)) {
            throw new IllegalArgumentException("steps must be positive: " + stepLineUm + ", " + stepColumnUm);
        }
        Objects.requireNonNull(lineAxis, "lineAxis");
        Objects.requireNonNull(columnAxis, "columnAxis");
        if (lineAxis == columnAxis) {
            throw new IllegalArgumentException("line and column axis must differ: " + lineAxis);
        }
        if (Math.abs(lineSign) != 1 || Math.abs(columnSign) != 1) {
            throw new IllegalArgumentException("signs must be +1 or -1: " + lineSign + ", " + columnSign);
        }
    }

    /**
     * The JEOL JXA-8105/8800 and generic default (§3.7): lines advance with stage X, columns with
     * stage Y, both positive.
     */
    public static MapGeometry lineAlongX(int lines, int columns, double originXmm, double originYmm,
            double originZmm, double stepXUm, double stepYUm) {
        return new MapGeometry(lines, columns, originXmm, originYmm, originZmm, stepXUm, stepYUm, StageAxis.X,
                StageAxis.Y, 1, 1);
    }

    /** n_L · n_C. */
    public int pixels() {
        return lines * columns;
    }

    /**
     * 1-based line of a stage position, {@code ⌊σ_L(S_{A_L} − O_{A_L})·1000/Δ_L + ½⌋ + 1}; may lie
     * outside 1..lines.
     */
    public int lineOf(double xMm, double yMm) {
        return index(pick(lineAxis, xMm, yMm) - pick(lineAxis, originXmm, originYmm), lineSign, stepLineUm);
    }

    /** 1-based column of a stage position (§3.7); may lie outside 1..columns. */
    public int columnOf(double xMm, double yMm) {
        return index(pick(columnAxis, xMm, yMm) - pick(columnAxis, originXmm, originYmm), columnSign, stepColumnUm);
    }

    /** 0-based row-major pixel index of a stage position, or -1 when outside (the last pixel is inside). */
    public int pixelIndex(double xMm, double yMm) {
        int line = lineOf(xMm, yMm);
        int column = columnOf(xMm, yMm);
        if (line < 1 || line > lines || column < 1 || column > columns) {
            return -1;
        }
        return (line - 1) * columns + column - 1;
    }

    /** Stage extent covered by pixel centres along X, as {min, max} in mm. */
    public double[] extentXmm() {
        return extent(StageAxis.X, originXmm);
    }

    /** Stage extent covered by pixel centres along Y, as {min, max} in mm. */
    public double[] extentYmm() {
        return extent(StageAxis.Y, originYmm);
    }

    private double[] extent(StageAxis axis, double origin) {
        boolean alongLine = lineAxis == axis;
        int n = alongLine ? lines : columns;
        double stepMm = (alongLine ? stepLineUm : stepColumnUm) / 1000.0 * (alongLine ? lineSign : columnSign);
        double end = origin + (n - 1) * stepMm;
        return new double[] { Math.min(origin, end), Math.max(origin, end) };
    }

    private static double pick(StageAxis axis, double xMm, double yMm) {
        return axis == StageAxis.X ? xMm : yMm;
    }

    private static int index(double deltaMm, int sign, double stepUm) {
        double v = Math.floor(sign * deltaMm * 1000.0 / stepUm + 0.5) + 1;
        if (v > Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (v < Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) v;
    }
}
