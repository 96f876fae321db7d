package org.petrobench.ui.plot;

/**
 * Where a chart's plot area lies on the surface (pixels) and which data box it shows: converts
 * between data and pixel coordinates for painting and for mouse read-outs.
 */
public record Frame(double left, double top, double width, double height, double xMin, double xMax, double yMin,
        double yMax, boolean yDown) {

    public double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    public double py(double y) {
        double f = (y - yMin) / (yMax - yMin);
        return yDown ? top + f * height : top + height - f * height;
    }

    public double dataX(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    public double dataY(double py) {
        double f = (py - top) / height;
        return yDown ? yMin + f * (yMax - yMin) : yMax - f * (yMax - yMin);
    }

    /** True when the pixel lies in the plot area. */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
