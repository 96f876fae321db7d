package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petrobench.core.Monitor;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.testing.UiTestRig;
import org.petrobench.ui.plot.Palette;

/**
 * The EPMA perspective's parts on the bundled demo (the synthetic qntmap example): its published
 * truth (shared/data/qntmap-example/README.md, EPMA.md T1) is Ol SiO2 42.71, MgO 57.29 wt% and
 * Qtz SiO2 100 wt%, modal fractions Ol 0.90, Qtz 0.10.
 */
class EpmaPerspectiveUiTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 800);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static <T> List<T> services(Class<T> type, int atLeast) throws InterruptedException {
        return UiTestRig.services(EpmaPerspectiveUiTest.class, type, atLeast);
    }

    private void flush() throws InterruptedException {
        UiTestRig.flush(display);
    }

    private void finish(Job job) throws InterruptedException {
        UiTestRig.finish(display, job);
    }

    private static double mean(String cell) {
        return Double.parseDouble(cell.substring(0, cell.indexOf(' ')));
    }

    @Test
    void demoIsQuantifiedShownAndReadOut() throws Exception {
        OpenDatasets datasets = new OpenDatasets();
        EpmaSession session = new EpmaSession(datasets);
        SashForm sash = new SashForm(shell, org.eclipse.swt.SWT.HORIZONTAL);
        MapViewerPart viewer = new MapViewerPart();
        viewer.session = session;
        viewer.create(new Composite(sash, 0));
        QuantifyPart quantify = new QuantifyPart();
        quantify.session = session;
        quantify.quantifiers = services(EpmaQuantifier.class, 1);
        quantify.autoRunDemo = false;
        quantify.create(new Composite(sash, 0));
        shell.open();

        DatasetOpener opener = services(DatasetOpener.class, 1).stream().filter(o -> o instanceof EpmaDatasetOpener)
                .findFirst().orElseThrow();
        opener.demo(Monitor.silent()).forEach(datasets::add);
        flush();
        assertTrue(session.maps() != null && session.spots() != null, "demo maps and spots are open");
        assertEquals(40, session.spots().spots().size());
        // EPMA.md T1: spot 1 (a Qtz spot) lands on line 23, column 83, i.e. the pixel centred at (82.5, 22.5)
        boolean spotOne = viewer.canvas().chart().layers().stream()
                .filter(l -> l instanceof org.petrobench.ui.plot.Layer.Points p && "spots Qtz".equals(p.legend()))
                .map(l -> (org.petrobench.ui.plot.Layer.Points) l).anyMatch(p -> {
                    for (int i = 0; i < p.x().length; i++) {
                        if (p.x()[i] == 82.5 && p.y()[i] == 22.5) {
                            return true;
                        }
                    }
                    return false;
                });
        assertTrue(spotOne, "spot 1 is drawn on line 23, column 83");

        Job job = quantify.quantify();
        finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));

        Map<String, TableItem> rows = new HashMap<>();
        for (TableItem item : quantify.summaryTable().getItems()) {
            rows.put(item.getText(0), item);
        }
        assertEquals(0.90, Double.parseDouble(rows.get("Ol").getText(2)), 0.01);
        assertEquals(0.10, Double.parseDouble(rows.get("Qtz").getText(2)), 0.01);
        int si = -1;
        for (int c = 0; c < quantify.summaryTable().getColumnCount(); c++) {
            if (quantify.summaryTable().getColumn(c).getText().startsWith("SiO2")) {
                si = c;
            }
        }
        assertEquals(42.71, mean(rows.get("Ol").getText(si)), 0.5);
        assertEquals(100, mean(rows.get("Qtz").getText(si)), 0.5);
        assertEquals(40, quantify.spotsTable().getItemCount());

        // the phase map paints both phases; the calibration view has points
        ImageData phases = quantify.phaseMapCanvas().snapshot();
        assertTrue(count(phases, Palette.category(0)) > 100 && count(phases, Palette.category(1)) > 100);
        assertTrue(quantify.calibrationCanvas().chart().hasContent());

        // the map viewer now offers wt% and 1 sigma maps and reads them out
        List<String> maps = List.of(viewer.quantityCombo().getItems());
        assertTrue(maps.contains("SiO2 wt%") && maps.contains("SiO2 1\u03c3"), maps.toString());
        String readout = viewer.pixelReadout(50.5, 50.5);
        assertTrue(readout.contains("SiO2") && readout.contains("wt%") && readout.contains("\u00b1"), readout);
    }

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
}
