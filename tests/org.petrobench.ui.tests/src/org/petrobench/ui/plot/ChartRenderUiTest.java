package org.petrobench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering with SWT (needs a display, e.g. Xvfb). */
class ChartRenderUiTest {

    private static int count(ImageData img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                if (((c.red << 16) | (c.green << 8) | c.blue) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void rasterPixelsCarryTheColourMapAndBarsTheirColour() {
        Display display = Display.getDefault();
        // a 2 x 1 map: left pixel at the minimum, right pixel at the maximum of the scale
        Chart map = new Chart("").tight().add(Layer.Raster.scaled(2, 1, new float[] { 0, 10 }, 0, 10,
                ColourMap.VIRIDIS, 0, 0, 2, 1));
        ImageData img = ChartExport.render(map, 400, 300, display);
        assertTrue(count(img, ColourMap.VIRIDIS.rgb(0)) > 1000, "minimum colour fills the left half");
        assertTrue(count(img, ColourMap.VIRIDIS.rgb(1)) > 1000, "maximum colour fills the right half");

        Chart bars = new Chart("").xCategories("SiO2", "K2O").add(new Layer.Bars(new double[] { 0, 1 }, 0.6,
                new double[] { 25, -50 }, null, null, 0x2ca02c, null));
        ImageData b = ChartExport.render(bars, 400, 300, display);
        assertTrue(count(b, 0x2ca02c) > 2000);
    }

    @Test
    void pngExportIsReadableAtTheRequestedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("plot.png");
        Chart c = new Chart("P-T").axes("T (C)", "P (kbar)")
                .add(new Layer.Line(new double[] { 500, 600 }, new double[] { 5, 8 }, 0xd62728, "path"));
        ChartExport.png(c, 500, 350, Display.getDefault(), png);
        ImageData[] read = new ImageLoader().load(Files.newInputStream(png));
        assertEquals(500, read[0].width);
        assertEquals(350, read[0].height);
        assertTrue(count(read[0], 0xd62728) > 50, "the path is drawn");
    }

    @Test
    void canvasShowsTheChartAndTablesExportAsShown(@TempDir Path dir) throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            ChartCanvas canvas = new ChartCanvas(shell);
            canvas.setChart(new Chart("").add(new Layer.Points(new double[] { 1, 2 }, new double[] { 1, 2 }, 0x9467bd,
                    Layer.Marker.SQUARE, true, null)));
            shell.setSize(400, 300);
            shell.open();
            while (display.readAndDispatch()) {
                // paint
            }
            assertTrue(count(canvas.snapshot(), 0x9467bd) > 20);

            Table table = new Table(shell, SWT.NONE);
            new TableColumn(table, SWT.NONE).setText("phase");
            new TableColumn(table, SWT.NONE).setText("SiO2_mean");
            new TableItem(table, SWT.NONE).setText(new String[] { "Ol", "42.71" });
            new TableItem(table, SWT.NONE).setText(new String[] { "Qtz, 2", "100" });
            Path csv = dir.resolve("t.csv");
            TableExport.csv(table, csv);
            assertEquals(List.of("phase,SiO2_mean", "Ol,42.71", "\"Qtz, 2\",100"), Files.readAllLines(csv));
        } finally {
            shell.dispose();
        }
    }
}
