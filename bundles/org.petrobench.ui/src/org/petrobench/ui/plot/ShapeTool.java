package org.petrobench.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Draws a rectangle (drag), a polygon (clicks, double-click closes) or a polyline transect
 * (clicks, double-click ends) on a {@link ChartCanvas} in data coordinates, and hands the finished
 * shape to a consumer. While a tool is active the left button draws instead of panning.
 */
public final class ShapeTool {

    /** What is drawn. */
    public enum Kind {
        RECTANGLE, POLYGON, POLYLINE
    }

    /** A finished shape: vertices in data coordinates (a rectangle as its two corners). */
    public record Shape(Kind kind, double[] x, double[] y) {
    }

    private final ChartCanvas canvas;
    private final Listener listener = this::handle;
    private Kind kind;
    private Consumer<Shape> onDone;
    private final List<double[]> vertices = new ArrayList<>();
    private double[] cursor;
    private boolean dragging;

    public ShapeTool(ChartCanvas canvas) {
        this.canvas = canvas;
    }

    /** Starts drawing a shape of {@code kind}; {@code onDone} receives it when finished. */
    public void start(Kind k, Consumer<Shape> done) {
        stop();
        kind = k;
        onDone = done;
        vertices.clear();
        canvas.setLeftButtonPans(false);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseDoubleClick }) {
            canvas.addListener(type, listener);
        }
    }

    /** Leaves drawing mode without a shape. */
    public void stop() {
        for (int type : new int[] { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseDoubleClick }) {
            canvas.removeListener(type, listener);
        }
        canvas.setLeftButtonPans(true);
        kind = null;
        dragging = false;
        if (!canvas.isDisposed()) {
            canvas.setOverlay(List.of());
        }
    }

    public boolean isActive() {
        return kind != null;
    }

    private void handle(Event e) {
        Frame f = canvas.frame();
        if (f == null || kind == null) {
            return;
        }
        double[] p = { f.dataX(e.x), f.dataY(e.y) };
        switch (e.type) {
        case SWT.MouseDown -> {
            if (e.button != 1) {
                return;
            }
            if (kind == Kind.RECTANGLE) {
                vertices.clear();
                vertices.add(p);
                dragging = true;
            } else if (e.count == 1) {
                vertices.add(p);
            }
        }
        case SWT.MouseMove -> cursor = p;
        case SWT.MouseUp -> {
            if (kind == Kind.RECTANGLE && dragging && e.button == 1) {
                dragging = false;
                vertices.add(p);
                finish();
                return;
            }
        }
        case SWT.MouseDoubleClick -> {
            if (vertices.size() >= (kind == Kind.POLYGON ? 3 : 2)) {
                finish();
                return;
            }
        }
        default -> {
        }
        }
        showRubberBand();
    }

    private void showRubberBand() {
        List<double[]> pts = new ArrayList<>(vertices);
        if (cursor != null && (kind != Kind.RECTANGLE || dragging)) {
            pts.add(cursor);
        }
        if (pts.isEmpty()) {
            return;
        }
        double[][] xy = outline(pts);
        canvas.setOverlay(List.of(new Layer.Line(xy[0], xy[1], 0xff0000, 1.5f, Layer.Dash.DASHED, null)));
    }

    private double[][] outline(List<double[]> pts) {
        if (kind == Kind.RECTANGLE && pts.size() == 2) {
            double[] a = pts.get(0);
            double[] b = pts.get(1);
            return new double[][] { { a[0], b[0], b[0], a[0], a[0] }, { a[1], a[1], b[1], b[1], a[1] } };
        }
        int n = pts.size() + (kind == Kind.POLYGON ? 1 : 0);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = pts.get(i % pts.size());
            x[i] = p[0];
            y[i] = p[1];
        }
        return new double[][] { x, y };
    }

    private void finish() {
        double[] x = new double[vertices.size()];
        double[] y = new double[vertices.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = vertices.get(i)[0];
            y[i] = vertices.get(i)[1];
        }
        Shape shape = new Shape(kind, x, y);
        Consumer<Shape> done = onDone;
        stop();
        done.accept(shape);
    }
}
