package org.petrobench.pt.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.testing.UiTestRig;

/**
 * The P-T perspective's part with the real model and inverter services and the bundled demo
 * profile. With grt-bt-fs1978 and gasp-kn1988 only, the rim point of the demo carries the PT.md §4
 * self-check composition, whose published answer is 713.89 °C and 10138.2 bar.
 */
class PtPerspectiveUiTest {

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
        return UiTestRig.services(PtPerspectiveUiTest.class, type, atLeast);
    }

    private PtPart part() throws Exception {
        PtPart part = new PtPart();
        part.datasets = new OpenDatasets();
        part.models = services(ThermodynamicModel.class, 2);
        part.inverters = services(PtPathInverter.class, 1);
        part.autoRunDemo = false;
        part.create(shell);
        shell.open();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream().filter(o -> o instanceof PtDatasetOpener)
                .findFirst().orElseThrow();
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

    private static void checkOnly(PtPart part, Set<String> ids) {
        for (TableItem item : part.picker().table().getItems()) {
            item.setChecked(ids.contains(item.getText(0)));
        }
    }

    @Test
    void runShowsThePathThePublishedRimPointAndHyperparameters(@TempDir Path dir) throws Exception {
        PtPart part = part();
        assertTrue(part.picker().table().getItemCount() >= 2, "installed models are listed");
        TableItem fs = null;
        for (TableItem item : part.picker().table().getItems()) {
            if (item.getText(0).equals("grt-bt-fs1978")) {
                fs = item;
            }
        }
        assertNotNull(fs, "grt-bt-fs1978 is listed");
        assertEquals("thermometer", fs.getText(1));
        assertFalse(fs.getText(6).isEmpty(), "with its reference");
        // by default the models whose phases (Grt, Bt, Pl) occur in the profile are checked
        Set<String> checked = part.picker().checkedIds();
        assertTrue(checked.containsAll(Set.of("grt-bt-fs1978", "gasp-kn1988")), checked.toString());
        assertFalse(checked.contains("grt-cpx-eg1979"), checked.toString());
        checkOnly(part, Set.of("grt-bt-fs1978", "gasp-kn1988"));
        Job job = part.runInversion();
        finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));

        // point-wise estimate at the rim (row 10): PT.md §4 self-check
        TableItem rim = null;
        for (TableItem item : part.pointwiseTable().getItems()) {
            if (item.getText(0).equals("10")) {
                rim = item;
            }
        }
        assertNotNull(rim, "the rim has a point-wise estimate");
        assertEquals(10.138, Double.parseDouble(rim.getText(2)), 0.002);
        assertEquals(713.9, Double.parseDouble(rim.getText(3)), 0.1);
        // plagioclase only at every other point: 6 of 11 points have both models
        assertEquals(6, part.pointwiseTable().getItemCount());

        assertEquals(11, part.lastRun().path().size());
        assertTrue(part.hyperparameterTable().getItemCount() > 0, "hyperparameters are shown");
        org.eclipse.swt.graphics.ImageData picture = part.diagramCanvas().snapshot();
        assertTrue(bandPixels(picture) > 500, "the 95 % band is drawn");
        saveForInspection(picture, "pt-diagram.png");
        assertTrue(bandPixels(part.pressureCanvas().snapshot()) > 500, "the P band is drawn");

        Path method = dir.resolve("ptpath.json");
        part.saveMethod(method);
        String json = Files.readString(method);
        assertTrue(json.contains("\"command\" : \"ptpath\""), json);
        assertTrue(json.contains("\"gasp-kn1988\""), json);
        assertTrue(json.contains("\"settings\""), json);
    }

    @Test
    void aLongRunCanBeCancelled() throws Exception {
        PtPart part = part();
        checkOnly(part, Set.of("grt-bt-fs1978", "gasp-kn1988"));
        // a million MCMC sweeps: far longer than the test waits before cancelling
        part.settingsForm().setField("samples", "1000000");
        Job job = part.runInversion();
        while (job.getState() != Job.RUNNING && job.getResult() == null) {
            display.readAndDispatch();
            Thread.sleep(5);
        }
        assertEquals(null, job.getResult(), "the job is still running when cancelled");
        part.runStrip().cancel();
        finish(job);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals("cancelled", part.runStrip().statusText());
        assertEquals(null, part.lastRun());
    }

    /** Keeps the rendered picture in target/ for a human to look at. */
    private static void saveForInspection(ImageData img, String name) throws java.io.IOException {
        Path dir = Path.of("target", "ui-pictures");
        Files.createDirectories(dir);
        org.eclipse.swt.graphics.ImageLoader l = new org.eclipse.swt.graphics.ImageLoader();
        l.data = new ImageData[] { img };
        l.save(dir.resolve(name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
    }

    /** Pixels of the light blue of the 95 % band. */
    private static int bandPixels(ImageData img) {
        int n = 0;
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                if (c.red == 0xc6 && c.green == 0xdb && c.blue == 0xef) {
                    n++;
                }
            }
        }
        return n;
    }
}
