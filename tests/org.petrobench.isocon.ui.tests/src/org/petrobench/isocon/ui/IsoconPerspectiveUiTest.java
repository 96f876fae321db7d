package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.testing.UiTestRig;
import org.petrobench.ui.plot.Palette;

/**
 * The isocon perspective's part with the real solver services on the bundled demo table, the
 * Grant example of ISOCON.md §8.1, whose hand-computed answer with grant, the frame {Al2O3, TiO2,
 * Zr} and meanRatio is r = 1.25, s = 0.8, V-ratio = 1.25·2.70/2.60 = 1.298077 and ΔSiO2 = +30 wt%.
 */
class IsoconPerspectiveUiTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static <T> List<T> services(Class<T> type, int atLeast) throws InterruptedException {
        return UiTestRig.services(IsoconPerspectiveUiTest.class, type, atLeast);
    }

    private IsoconPart part() throws Exception {
        IsoconPart part = new IsoconPart();
        part.datasets = new OpenDatasets();
        part.solvers = services(IsoconSolver.class, 3);
        part.autoRunDemo = false;
        part.create(shell);
        shell.open();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof IsoconDatasetOpener).findFirst().orElseThrow();
        opener.demo(Monitor.silent()).forEach(part.datasets::add);
        flush();
        return part;
    }

    private void flush() throws InterruptedException {
        UiTestRig.flush(display);
    }

    private void finish(Job job) throws InterruptedException {
        UiTestRig.finish(display, job);
    }

    private static int pixels(ImageData img, int rgb) {
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
    void grantOnTheDemoTableGivesTheHandComputedMassChange(@TempDir Path dir) throws Exception {
        IsoconPart part = part();
        assertEquals(2, part.dataTable().getItemCount());
        assertEquals("P1", part.dataTable().getItem(0).getText(0));
        assertTrue(part.dataTable().getItem(0).getChecked(), "the first row starts as protolith");
        part.methodCombo().setText("grant");
        part.immobileField().setText("Al2O3, TiO2, Zr");
        part.settingsForm().setField("slope", "meanRatio");
        part.settingsForm().setField("bootstrap", "0");
        Job job = part.runSolver();
        finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));

        TableItem a1 = part.massTable().getItem(0);
        assertEquals("A1", a1.getText(0));
        assertEquals(1.25, Double.parseDouble(a1.getText(1)), 1e-9);
        assertEquals(0.8, Double.parseDouble(a1.getText(3)), 1e-9);
        // shown with 6 significant digits, as the output files write numbers (ISOCON.md §6)
        assertEquals(1.298077, Double.parseDouble(a1.getText(4)), 5e-6);
        TableItem silica = null;
        for (TableItem t : part.transferTable().getItems()) {
            if (t.getText(1).equals("SiO2")) {
                silica = t;
            }
        }
        assertNotNull(silica);
        assertEquals(30.0, Double.parseDouble(silica.getText(3)), 1e-9);
        assertEquals(0.5, Double.parseDouble(silica.getText(5)), 1e-9);

        // the isocon line (category 0 blue) and the immobile points (category 3 red) are drawn
        ImageData diagram = part.isoconCanvas().snapshot();
        assertTrue(pixels(diagram, Palette.category(0)) > 200, "isocon line");
        assertTrue(pixels(diagram, Palette.category(3)) > 50, "immobile components");
        assertTrue(pixels(part.barsCanvas().snapshot(), Palette.category(0)) > 500, "mass-change bars");

        Path method = dir.resolve("isocon.json");
        part.saveMethod(method);
        String json = Files.readString(method);
        assertTrue(json.contains("\"method\" : \"grant\""), json);
        assertTrue(json.contains("\"TiO2\""), json);
        assertTrue(json.contains("\"slope\" : \"meanRatio\""), json);
    }

    @Test
    void sparseShowsTheQPath() throws Exception {
        IsoconPart part = part();
        part.methodCombo().setText("sparse");
        part.settingsForm().setField("bootstrap", "0");
        Job job = part.runSolver();
        finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        assertFalse(part.lastSolution().qPath().isEmpty());
        assertTrue(part.qPathCanvas().chart().hasContent());
        assertTrue(pixels(part.qPathCanvas().snapshot(), Palette.category(0)) > 100, "r(q) of A1 is drawn");
    }

    /**
     * A table with replicates and analytical sds, so that the bootstrap has something to
     * resample: two protolith replicates and three altered samples that gained mass by 10, 20 and
     * 30 % with Zr and Al2O3 immobile (C^A = C^O / r for those), values made up for this test.
     */
    private static Path replicatedTable(Path dir) throws java.io.IOException {
        StringBuilder b = new StringBuilder("sample,SiO2_wt%,Al2O3_wt%,Zr_ppm,K2O_wt%,SiO2_sd,Al2O3_sd,Zr_sd,K2O_sd\n");
        b.append("P1,60.0,16.0,200,3.0,0.6,0.16,4,0.05\n");
        b.append("P2,61.0,16.2,204,3.1,0.6,0.16,4,0.05\n");
        double[] r = { 1.1, 1.2, 1.3 };
        for (int j = 0; j < 3; j++) {
            b.append(String.format(java.util.Locale.ROOT, "A%d,%.3f,%.3f,%.2f,%.3f,0.6,0.16,4,0.05%n", j + 1,
                    62.0 + 3 * j, 16.1 / r[j], 202 / r[j], 2.0 - 0.4 * j));
        }
        Path f = dir.resolve("replicated.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void aLongBootstrapCanBeCancelled(@TempDir Path dir) throws Exception {
        IsoconPart part = part();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof IsoconDatasetOpener).findFirst().orElseThrow();
        Path table = replicatedTable(dir);
        assertTrue(opener.canOpen(table), "a composition table is recognised by its header");
        opener.open(table, Monitor.silent()).forEach(part.datasets::add);
        flush();
        assertEquals(5, part.dataTable().getItemCount());
        part.dataTable().getItem(1).setChecked(true);
        part.methodCombo().setText("sparse");
        // a million bootstrap replicates: far longer than the test waits before cancelling
        part.settingsForm().setField("bootstrap", "1000000");
        Job longJob = part.runSolver();
        while (longJob.getState() != Job.RUNNING && longJob.getResult() == null) {
            display.readAndDispatch();
            Thread.sleep(5);
        }
        assertEquals(null, longJob.getResult(), "the job is still running when cancelled");
        part.runStrip().cancel();
        finish(longJob);
        assertEquals(IStatus.CANCEL, longJob.getResult().getSeverity());
        assertEquals("cancelled", part.runStrip().statusText());
    }
}
