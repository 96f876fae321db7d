package org.petrobench.ui.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The description of one plot: title, axis labels and ranges, layers, an optional colour bar, and
 * the numbers behind it for CSV export. Screen (SWT GC), PNG and SVG are all drawn from it by
 * {@link ChartRenderer}.
 */
public final class Chart {

    private final String title;
    private String xLabel = "";
    private String yLabel = "";
    private double[] xRange;
    private double[] yRange;
    private boolean tight;
    private boolean equalAspect;
    private boolean yDown;
    private String[] xCategories;
    private double[] yTickValues;
    private String[] yTickLabels;
    private ColourBar colourBar;
    private DataTable data;
    private final List<Layer> layers = new ArrayList<>();

    public Chart(String title) {
        this.title = title == null ? "" : title;
    }

    public Chart axes(String x, String y) {
        xLabel = x == null ? "" : x;
        yLabel = y == null ? "" : y;
        return this;
    }

    /** Fixes the x range (otherwise it covers the data, widened to whole ticks). */
    public Chart xRange(double min, double max) {
        xRange = new double[] { min, max };
        return this;
    }

    public Chart yRange(double min, double max) {
        yRange = new double[] { min, max };
        return this;
    }

    /** Automatic ranges end exactly at the data (maps), not at the next tick. */
    public Chart tight() {
        tight = true;
        return this;
    }

    /** One data unit is as long on x as on y (maps, isocon diagrams). */
    public Chart equalAspect() {
        equalAspect = true;
        return this;
    }

    /** y grows downwards (map lines counted from the top). */
    public Chart yDown() {
        yDown = true;
        return this;
    }

    /** Names the integer x positions 0, 1, … (bar charts). */
    public Chart xCategories(String... names) {
        xCategories = names.clone();
        return this;
    }

    /** Fixed y ticks with their own labels (e.g. a log-transformed axis labelled in %). */
    public Chart yTicks(double[] at, String[] labels) {
        if (at.length != labels.length) {
            throw new IllegalArgumentException("one label per tick");
        }
        yTickValues = at.clone();
        yTickLabels = labels.clone();
        return this;
    }

    double[] yTickValues() {
        return yTickValues;
    }

    String[] yTickLabels() {
        return yTickLabels;
    }

    public Chart colourBar(ColourBar bar) {
        colourBar = bar;
        return this;
    }

    /** The numbers behind the plot, for "Export data (CSV)". */
    public Chart data(DataTable table) {
        data = table;
        return this;
    }

    public Chart add(Layer layer) {
        layers.add(layer);
        return this;
    }

    public String title() {
        return title;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public double[] xRange() {
        return xRange == null ? null : xRange.clone();
    }

    public double[] yRange() {
        return yRange == null ? null : yRange.clone();
    }

    public boolean isTight() {
        return tight;
    }

    public boolean isEqualAspect() {
        return equalAspect;
    }

    public boolean isYDown() {
        return yDown;
    }

    public String[] xCategories() {
        return xCategories == null ? null : xCategories.clone();
    }

    public ColourBar colourBar() {
        return colourBar;
    }

    public DataTable data() {
        return data;
    }

    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** A copy with further layers drawn on top (drawing tools' rubber bands, selections). */
    public Chart with(List<Layer> extra) {
        Chart c = new Chart(title);
        c.xLabel = xLabel;
        c.yLabel = yLabel;
        c.xRange = xRange;
        c.yRange = yRange;
        c.tight = tight;
        c.equalAspect = equalAspect;
        c.yDown = yDown;
        c.xCategories = xCategories;
        c.yTickValues = yTickValues;
        c.yTickLabels = yTickLabels;
        c.colourBar = colourBar;
        c.data = data;
        c.layers.addAll(layers);
        c.layers.addAll(extra);
        return c;
    }

    /** True when some layer has something to draw. */
    public boolean hasContent() {
        return !layers.isEmpty();
    }
}
