package org.petrobench.ui.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.petrobench.core.io.AtomicWrite;

/** Writes a chart as PNG (rendered off-screen with SWT) or SVG, and its numbers as CSV. */
public final class ChartExport {

    private ChartExport() {
    }

    /** Renders the chart into an image of {@code width × height} pixels (must run on the display thread). */
    public static ImageData render(Chart chart, int width, int height, Display display) {
        return render(chart, width, height, display, null, null);
    }

    static ImageData render(Chart chart, int width, int height, Display display, double[] viewX, double[] viewY) {
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        Map<int[], Image> cache = new IdentityHashMap<>();
        GcSurface surface = new GcSurface(gc, cache);
        try {
            ChartRenderer.render(chart, surface, width, height, viewX, viewY);
            return image.getImageData();
        } finally {
            surface.dispose();
            cache.values().forEach(Image::dispose);
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes a PNG of the chart (must run on the display thread). */
    public static void png(Chart chart, int width, int height, Display display, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { render(chart, width, height, display) };
        AtomicWrite.bytes(file, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    /** The chart as an SVG document (any thread). */
    public static String svg(Chart chart, int width, int height) {
        SvgSurface surface = new SvgSurface(width, height);
        ChartRenderer.render(chart, surface, width, height, null, null);
        return surface.document();
    }

    /** Writes an SVG file of the chart (any thread). */
    public static void svg(Chart chart, int width, int height, Path file) throws IOException {
        String doc = svg(chart, width, height);
        AtomicWrite.bytes(file, out -> out.write(doc.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the numbers behind the chart as CSV; fails when the chart has none. */
    public static void csv(Chart chart, Path file) throws IOException {
        if (chart.data() == null) {
            throw new IOException("the plot '" + chart.title() + "' has no data table to export");
        }
        chart.data().writeCsv(file);
    }
}
