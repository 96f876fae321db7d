package org.petrobench.epma.ui;

import java.util.Arrays;

import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ColourBar;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * Map pictures: a quantity map through a colour map with its colour bar, and a phase map with
 * one colour per phase. Pixel (column c, line l) covers x ∈ [c, c+1], y ∈ [l, l+1] (0-based, line 0
 * at the top, as in the map files), so mouse positions convert to pixels by flooring.
 */
public final class MapCharts {

    private MapCharts() {
    }

    /** A quantity map clamped to [min, max]; NaN pixels (no data) transparent. */
    public static Chart quantity(String title, float[] values, int lines, int columns, ColourMap map, double min,
            double max, String unitLabel) {
        return new Chart(title).axes("column (px)", "line (px)").tight().equalAspect().yDown()
                .xRange(0, columns).yRange(0, lines)
                .add(Layer.Raster.scaled(columns, lines, values, min, max, map, 0, 0, columns, lines))
                .colourBar(new ColourBar(map, min, max, unitLabel));
    }

    /** A categorical map: {@code labels[i]} = phase index (−1 = none) coloured by {@link Palette#category}. */
    public static Chart phases(String title, int[] labels, int lines, int columns, String[] phaseNames) {
        int[] argb = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            argb[i] = labels[i] < 0 ? 0 : 0xff000000 | Palette.category(labels[i]);
        }
        Chart c = new Chart(title).axes("column (px)", "line (px)").tight().equalAspect().yDown().xRange(0, columns)
                .yRange(0, lines).add(new Layer.Raster(columns, lines, argb, 0, 0, columns, lines));
        for (int k = 0; k < phaseNames.length; k++) {
            // legend entries only: a point outside the view per phase
            c.add(new Layer.Points(new double[] { Double.NaN }, new double[] { Double.NaN },
                    new int[] { Palette.category(k) }, Layer.Marker.SQUARE, true, 8, null, null, phaseNames[k]));
        }
        return c;
    }

    /** The {@code q} and {@code 1−q} quantiles of the finite values: a robust default clamp {lo, hi}. */
    public static double[] robustRange(float[] values, double q) {
        float[] finite = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                finite[n++] = v;
            }
        }
        if (n == 0) {
            return new double[] { 0, 1 };
        }
        Arrays.sort(finite, 0, n);
        double lo = finite[(int) Math.floor(q * (n - 1))];
        double hi = finite[(int) Math.ceil((1 - q) * (n - 1))];
        if (hi <= lo) {
            hi = lo + 1;
        }
        return new double[] { lo, hi };
    }

    /** The 0-based pixel index under data position (x, y), or −1 outside the map. */
    public static int pixelAt(double x, double y, int lines, int columns) {
        int c = (int) Math.floor(x);
        int l = (int) Math.floor(y);
        return c < 0 || l < 0 || c >= columns || l >= lines ? -1 : l * columns + c;
    }
}
