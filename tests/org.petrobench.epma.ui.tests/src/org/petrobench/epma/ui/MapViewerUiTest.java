package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.petrobench.ui.testing.TestWindow;
import org.petrobench.core.Diagnostics;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.Layer;

/**
 * The map viewer on a synthetic 4 × 5 map whose Si counts are 10·(line−1) + (column−1), with one
 * spot at stage (2 mm, 3 mm): on a line-along-X geometry with origin 0 and 1 mm steps it sits on
 * line 3, column 4 (EPMA.md §3.7: ⌊(x−o)·1000/Δ + ½⌋ + 1), where Si = 23.
 */
class MapViewerUiTest {

    @RegisterExtension
    final TestWindow window = new TestWindow(900, 700);

    static XrayMapSet maps() {
        MapGeometry g = MapGeometry.lineAlongX(4, 5, 0, 0, 0, 1000, 1000);
        float[] si = new float[20];
        float[] mg = new float[20];
        for (int i = 0; i < 20; i++) {
            si[i] = 10 * (i / 5) + i % 5;
            mg[i] = 100 - si[i];
        }
        return new XrayMapSet(g, List.of(new MapSignal("Si", SignalType.XRAY, si, 0.01, 0.1, 0, "1_map.txt"),
                new MapSignal("Mg", SignalType.XRAY, mg, 0.01, 0.1, 0, "2_map.txt")), "synthetic", "test",
                Path.of("maps"), new Diagnostics());
    }

    static SpotSet spots() {
        double[] one = { 1 };
        return new SpotSet(List.of(new ElementConditions("Si", "SiO2", 1, 1, 10, 5)),
                List.of(new Spot("1", "Qtz", 2, 3, 0, 0.01, new double[] { 100 }, one, one, one, one)), "test",
                Path.of("spots"), new Diagnostics());
    }

    @Test
    void showsCountsWithSpotsAndReadsOutThePixel() throws InterruptedException {
        MapViewerPart part = new MapViewerPart();
        OpenDatasets datasets = new OpenDatasets();
        part.session = new EpmaSession(datasets);
        part.create(window.shell());
        window.shell().open();
        datasets.add(new OpenDatasets.Dataset("maps", "X-ray maps", Path.of("maps"), maps()));
        datasets.add(new OpenDatasets.Dataset("spots", "spot analyses", Path.of("spots"), spots()));
        window.flush();
        assertEquals(List.of("Si counts", "Mg counts"), List.of(part.quantityCombo().getItems()));
        assertTrue(part.pixelReadout(3.5, 2.5).startsWith("line 3, column 4:  Si 23  Mg 77"),
                part.pixelReadout(3.5, 2.5));
        Layer.Points spot = part.canvas().chart().layers().stream().filter(l -> l instanceof Layer.Points)
                .map(l -> (Layer.Points) l).findFirst().orElseThrow();
        assertEquals(3.5, spot.x()[0], 1e-12);
        assertEquals(2.5, spot.y()[0], 1e-12);
        assertEquals("spots Qtz", spot.legend());

        // the rendered picture holds the colours of the clamp's ends (1 % and 99 % quantiles: 0 and 34)
        ImageData img = part.canvas().snapshot();
        int low = ColourMap.of(part.canvas().chart().colourBar().map().id()).rgb(0);
        int found = 0;
        for (int y = 0; y < img.height; y += 2) {
            for (int x = 0; x < img.width; x += 2) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                if (((c.red << 16) | (c.green << 8) | c.blue) == low) {
                    found++;
                }
            }
        }
        assertTrue(found > 100, "the minimum colour is painted: " + found);
        assertEquals(0, part.canvas().chart().colourBar().min(), 1e-9);
        assertEquals(34, part.canvas().chart().colourBar().max(), 1e-9);
    }
}
