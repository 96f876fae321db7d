package org.petrobench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Drawing tools turn mouse gestures into shapes in data coordinates. */
class ShapeToolUiTest {

    private static void mouse(ChartCanvas c, int type, double x, double y, int count) {
        Event e = new Event();
        e.x = (int) Math.round(x);
        e.y = (int) Math.round(y);
        e.button = 1;
        e.count = count;
        c.notifyListeners(type, e);
    }

    @Test
    void dragDrawsARectangleAndClicksAPolyline() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            ChartCanvas canvas = new ChartCanvas(shell);
            canvas.setChart(new Chart("").xRange(0, 100).yRange(0, 50).yDown());
            shell.setSize(500, 400);
            shell.open();
            while (display.readAndDispatch()) {
                // paint, so that the frame exists
            }
            Frame f = canvas.frame();
            ShapeTool tool = new ShapeTool(canvas);
            AtomicReference<ShapeTool.Shape> got = new AtomicReference<>();
            tool.start(ShapeTool.Kind.RECTANGLE, got::set);
            mouse(canvas, SWT.MouseDown, f.px(10), f.py(5), 1);
            mouse(canvas, SWT.MouseMove, f.px(30), f.py(20), 0);
            mouse(canvas, SWT.MouseUp, f.px(40), f.py(25), 1);
            ShapeTool.Shape r = got.get();
            assertEquals(ShapeTool.Kind.RECTANGLE, r.kind());
            // one screen pixel is 100/width data units; corners land within a pixel
            double tol = 100 / f.width();
            assertArrayEquals(new double[] { 10, 40 }, r.x(), tol);
            assertArrayEquals(new double[] { 5, 25 }, r.y(), tol);
            assertFalse(tool.isActive());

            tool.start(ShapeTool.Kind.POLYLINE, got::set);
            mouse(canvas, SWT.MouseDown, f.px(0), f.py(0), 1);
            mouse(canvas, SWT.MouseDown, f.px(50), f.py(10), 1);
            mouse(canvas, SWT.MouseDown, f.px(80), f.py(40), 1);
            mouse(canvas, SWT.MouseDown, f.px(80), f.py(40), 2);
            mouse(canvas, SWT.MouseDoubleClick, f.px(80), f.py(40), 2);
            ShapeTool.Shape line = got.get();
            assertEquals(ShapeTool.Kind.POLYLINE, line.kind());
            assertArrayEquals(new double[] { 0, 50, 80 }, line.x(), tol);
            assertArrayEquals(new double[] { 0, 10, 40 }, line.y(), tol);
        } finally {
            shell.dispose();
        }
    }
}
