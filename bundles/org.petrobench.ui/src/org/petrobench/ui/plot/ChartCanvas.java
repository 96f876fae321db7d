package org.petrobench.ui.plot;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Shows a {@link Chart} and lets the user zoom (mouse wheel) and pan (middle-button drag, or
 * left-button drag when no drawing tool claims it). The current {@link Frame} converts mouse
 * positions to data coordinates for read-outs and drawing tools.
 */
public final class ChartCanvas extends Canvas {

    private Chart chart = new Chart("");
    private java.util.List<Layer> overlay = java.util.List.of();
    private final Map<int[], Image> images = new IdentityHashMap<>();
    private Frame frame;
    private double[] viewX;
    private double[] viewY;
    private boolean leftButtonPans = true;
    private int[] dragStart;
    private double[][] dragView;

    public ChartCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Dispose, e -> clearImages());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseMove, this::move);
        addListener(SWT.MouseUp, e -> dragStart = null);
        ExportMenu.attach(this);
    }

    /** Shows another chart, keeping the zoom when {@code keepView} (same axes, new data). */
    public void setChart(Chart c, boolean keepView) {
        checkWidget();
        chart = c;
        clearImages();
        if (!keepView) {
            viewX = null;
            viewY = null;
        }
        redraw();
    }

    public void setChart(Chart c) {
        setChart(c, false);
    }

    public Chart chart() {
        return chart;
    }

    /** Layers drawn over the chart without changing it (shapes being drawn, a selection). */
    public void setOverlay(java.util.List<Layer> layers) {
        checkWidget();
        overlay = java.util.List.copyOf(layers);
        redraw();
    }

    /** Where the plot area lies now (null before the first paint). */
    public Frame frame() {
        return frame;
    }

    /** Whether dragging with the left button pans (false while a drawing tool is active). */
    public void setLeftButtonPans(boolean pans) {
        leftButtonPans = pans;
    }

    public void resetView() {
        viewX = null;
        viewY = null;
        redraw();
    }

    private void clearImages() {
        images.values().forEach(Image::dispose);
        images.clear();
    }

    private void paint(Event e) {
        org.eclipse.swt.graphics.Rectangle area = getClientArea();
        GC gc = e.gc;
        GcSurface surface = new GcSurface(gc, images);
        try {
            Chart shown = overlay.isEmpty() ? chart : chart.with(overlay);
            frame = ChartRenderer.render(shown, surface, area.width, area.height, viewX, viewY);
        } finally {
            surface.dispose();
        }
    }

    private void wheel(Event e) {
        if (frame == null || !frame.contains(e.x, e.y)) {
            return;
        }
        double factor = e.count > 0 ? 0.8 : 1.25;
        double cx = frame.dataX(e.x);
        double cy = frame.dataY(e.y);
        viewX = new double[] { cx + (frame.xMin() - cx) * factor, cx + (frame.xMax() - cx) * factor };
        viewY = new double[] { cy + (frame.yMin() - cy) * factor, cy + (frame.yMax() - cy) * factor };
        redraw();
    }

    private void down(Event e) {
        if (frame != null && (e.button == 2 || (e.button == 1 && leftButtonPans)) && frame.contains(e.x, e.y)) {
            dragStart = new int[] { e.x, e.y };
            dragView = new double[][] { { frame.xMin(), frame.xMax() }, { frame.yMin(), frame.yMax() } };
        }
    }

    private void move(Event e) {
        if (dragStart == null || frame == null) {
            return;
        }
        double dx = (e.x - dragStart[0]) / frame.width() * (dragView[0][1] - dragView[0][0]);
        double dy = (e.y - dragStart[1]) / frame.height() * (dragView[1][1] - dragView[1][0]);
        if (!frame.yDown()) {
            dy = -dy;
        }
        viewX = new double[] { dragView[0][0] - dx, dragView[0][1] - dx };
        viewY = new double[] { dragView[1][0] - dy, dragView[1][1] - dy };
        redraw();
    }

    /**
     * The picture as the canvas shows it now (display thread; for tests and snapshots); a canvas
     * not laid out yet (a hidden tab) is drawn at 640 × 480.
     */
    public org.eclipse.swt.graphics.ImageData snapshot() {
        org.eclipse.swt.graphics.Rectangle area = getClientArea();
        boolean laidOut = area.width > 10 && area.height > 10;
        return ChartExport.render(overlay.isEmpty() ? chart : chart.with(overlay), laidOut ? area.width : 640,
                laidOut ? area.height : 480, getDisplay(), viewX, viewY);
    }
}
