package org.petrobench.pt.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ChartCanvas;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.testing.TestWindow;
import org.petrobench.ui.testing.UiTestRig;

/**
 * The P-T perspective's part with the real model and inverter services and the bundled demo
 * profile. With grt-bt-fs1978 and gasp-kn1988 only, the rim point of the demo carries the PT.md §4
 * self-check composition, whose published answer is 713.89 °C and 10138.2 bar.
 */
class PtPerspectiveUiTest {

    @RegisterExtension
    final TestWindow window = new TestWindow(1200, 800);

    private static <T> List<T> services(Class<T> type, int atLeast) throws InterruptedException {
        return UiTestRig.services(PtPerspectiveUiTest.class, type, atLeast);
    }

    private PtPart part() throws Exception {
        PtPart part = new PtPart();
        part.datasets = new OpenDatasets();
        part.models = services(ThermodynamicModel.class, 2);
        part.inverters = services(PtPathInverter.class, 1);
        part.autoRunDemo = false;
        part.create(window.shell());
        window.shell().open();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream().filter(o -> o instanceof PtDatasetOpener)
                .findFirst().orElseThrow();
        opener.demo(Monitor.silent()).forEach(part.datasets::add);
        window.flush();
        return part;
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
        window.finish(job);
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
        ImageData picture = part.diagramCanvas().snapshot();
        assertTrue(bandPixels(picture) > 500, "the 95 % band is drawn");
        saveForInspection(picture, "pt-diagram.png");
        // the mouse over point 5 shows its 95 % ellipse in red
        org.petrobench.ui.plot.Frame frame = part.diagramCanvas().frame();
        assertNotNull(frame, "the diagram has been painted");
        int redBefore = reddishPixels(picture);
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = (int) Math.round(frame.px(part.lastRun().pathView().tC()[5]));
        move.y = (int) Math.round(frame.py(part.lastRun().pathView().pKbar()[5]));
        part.diagramCanvas().notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
        assertEquals(5, part.hoveredPoint());
        ImageData hovered = part.diagramCanvas().snapshot();
        assertTrue(reddishPixels(hovered) > redBefore + 80, "the hovered point's ellipse is drawn");
        saveForInspection(hovered, "pt-diagram-hover.png");
        assertTrue(bandPixels(part.pressureCanvas().snapshot()) > 500, "the P band is drawn");
        assertTrue(bandPixels(part.temperatureCanvas().snapshot()) > 500, "the T band is drawn");
        assertTrue(colourPixels(part.pressureCanvas().snapshot(), PtCharts.BAND_CALIBRATION) > 200,
                "the outer band with the calibration part is drawn (PT.md 5.6)");
        PtPath path = part.lastRun().path();
        DataTable along = part.pressureCanvas().chart().data();
        for (int k = 0; k < path.size(); k++) {
            assertEquals(path.pKbar()[k], number(along, k, "P_kbar"), "P along the profile at point " + k);
            assertEquals(path.pHi95()[k], number(along, k, "P_hi95"));
            assertEquals(Boolean.toString(path.constrained()[k]), cell(along, k, "constrained"));
        }
        assertTrue(part.pressureByTimeCanvas().chart().title().startsWith("no relative time"),
                "an MRF run has no relative time");
        assertTrue(part.headerText().contains("bands integrated"), part.headerText());

        // diagnostics: z = f / sigma_m at the MAP, recomputed here from the model services (no _sd columns)
        DataTable z = part.residualCanvas().chart().data();
        int rows = 0;
        for (ThermodynamicModel m : part.lastRun().models()) {
            double sigma = path.hyperparameters().value("sigma_" + m.id());
            for (int k = 0; k < path.size(); k++) {
                if (!m.definedAt(part.lastRun().profile().compositions(), k)) {
                    continue;
                }
                double f = m.residual(0, 1000 * path.pKbar()[k], path.tK()[k], part.lastRun().profile().compositions(),
                        k);
                assertEquals(m.id(), cell(z, rows, "model"));
                assertEquals(k, (int) number(z, rows, "row"));
                assertEquals(f / sigma, number(z, rows, "z"), 1e-9 * Math.max(1, Math.abs(f / sigma)));
                assertEquals(Boolean.toString(Math.abs(f / sigma) > 3), cell(z, rows, "flagged"));
                rows++;
            }
        }
        assertEquals(11 + 6, rows, "grt-bt-fs1978 at all 11 points, gasp-kn1988 at the 6 with plagioclase");
        assertEquals(rows, z.rows().size());
        assertTrue(colourPixels(part.residualCanvas().snapshot(), 0xff7f0e) > 30, "the residuals are drawn");

        DataTable evidence = part.evidenceCanvas().chart().data();
        double[] logZ = path.hyperparameters().gridLogEvidence();
        assertEquals(logZ.length + 1, evidence.rows().size(), "every grid cell and the estimate");
        for (int c = 0; c < logZ.length; c++) {
            assertEquals(logZ[c], number(evidence, c, "log_evidence"));
        }
        ImageData heat = part.evidenceCanvas().snapshot();
        assertTrue(distinctColours(heat) > 9, "the heat map shows the grid's values");
        saveForInspection(heat, "pt-evidence.png");

        Path method = dir.resolve("ptpath.json");
        part.saveMethod(method);
        String json = Files.readString(method);
        assertTrue(json.contains("\"command\" : \"ptpath\""), json);
        assertTrue(json.contains("\"gasp-kn1988\""), json);
        assertTrue(json.contains("\"settings\""), json);
    }

    @Test
    void smcWithAGrowthLawShowsRelativeTime() throws Exception {
        PtPart part = part();
        checkOnly(part, Set.of("grt-bt-fs1978", "gasp-kn1988"));
        part.selectInverter("smc");
        // few particles keep the run short; the views, not the filter's accuracy, are under test
        part.settingsForm().setField("particles", "300");
        part.settingsForm().setField("trajectories", "100");
        part.settingsForm().setField("gridSize", "3");
        part.settingsForm().setField("growthLaw", "linear");
        Job job = part.runInversion();
        window.finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        PtPath path = part.lastRun().path();
        assertEquals("smc", path.method());
        assertTrue(path.hasRelativeTime());
        assertTrue(part.headerText().contains("no information about rates"), part.headerText());

        for (boolean temperature : new boolean[] { false, true }) {
            ChartCanvas canvas = temperature ? part.temperatureByTimeCanvas() : part.pressureByTimeCanvas();
            DataTable t = canvas.chart().data();
            assertEquals(path.size(), t.rows().size());
            for (int k = 0; k < path.size(); k++) {
                assertEquals(path.tRel()[k], number(t, k, "t_rel"));
                assertEquals(path.tRelLo95()[k], number(t, k, "t_rel_lo95"));
                if (temperature) {
                    assertEquals(path.tK()[k] - 273.15, number(t, k, "T_C"), 1e-9);
                } else {
                    assertEquals(path.pLo95()[k], number(t, k, "P_lo95"));
                }
            }
            ImageData picture = canvas.snapshot();
            assertTrue(bandPixels(picture) > 500, "the band against relative time is drawn");
            saveForInspection(picture, temperature ? "pt-T-tau.png" : "pt-P-tau.png");
        }
        assertEquals("relative time \u03c4", part.diagramCanvas().chart().colourBar().label());
        assertEquals(path.tRel()[path.size() - 1],
                number(part.diagramCanvas().chart().data(), path.size() - 1, "t_rel"));
        Chart grid = part.evidenceCanvas().chart();
        assertTrue(grid.title().startsWith("Particle log-likelihood"), grid.title());
        assertEquals(3 * 3 + 1, grid.data().rows().size(), "the 3 x 3 static grid and the estimate");
        assertTrue(distinctColours(part.evidenceCanvas().snapshot()) > 3, "the static grid is drawn");
    }

    @Test
    void aGapWithoutInclusionsIsShadedAsPriorOnly(@TempDir Path dir) throws Exception {
        PtPart part = part();
        // the demo profile with nothing measured at 250-350 µm (rows 5-7)
        List<String> lines;
        try (var in = PtDatasetOpener.class.getResourceAsStream(PtDatasetOpener.DEMO)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            lines = new java.util.ArrayList<>(List.of(text.split("\\R")));
        }
        for (int row = 5; row <= 7; row++) {
            String distance = lines.get(row + 1).split(",")[0];
            lines.set(row + 1, distance + ",".repeat(lines.get(0).split(",").length - 1));
        }
        Path file = dir.resolve("gap-profile.csv");
        Files.write(file, lines);
        PtDatasetOpener opener = (PtDatasetOpener) services(DatasetOpener.class, 1).stream()
                .filter(o -> o instanceof PtDatasetOpener).findFirst().orElseThrow();
        assertTrue(opener.canOpen(file));
        opener.open(file, Monitor.silent()).forEach(part.datasets::add);
        window.flush();
        checkOnly(part, Set.of("grt-bt-fs1978", "gasp-kn1988"));
        Job job = part.runInversion();
        window.finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        PtPath path = part.lastRun().path();
        assertEquals(11, path.size(), "the gap profile was inverted, not the demo");
        DataTable along = part.temperatureCanvas().chart().data();
        for (int k = 0; k < 11; k++) {
            boolean gap = k >= 5 && k <= 7;
            assertEquals(!gap, path.constrained()[k], "point " + k);
            assertEquals(Boolean.toString(!gap), cell(along, k, "constrained"));
        }
        ImageData picture = part.temperatureCanvas().snapshot();
        assertTrue(colourPixels(picture, PtCharts.GAP) > 500, "the prior-only gap is shaded");
        saveForInspection(picture, "pt-T-gap.png");
        List<String> legends = part.diagramCanvas().chart().layers().stream().map(l -> l.legend())
                .filter(l -> l != null).toList();
        assertTrue(legends.contains("prior only (3 points)"), legends.toString());
        assertTrue(legends.contains("P and T constrained here (5 points)"), legends.toString());
    }

    @Test
    void aLongRunCanBeCancelled() throws Exception {
        PtPart part = part();
        checkOnly(part, Set.of("grt-bt-fs1978", "gasp-kn1988"));
        // a million MCMC sweeps: far longer than the test waits before cancelling
        part.settingsForm().setField("samples", "1000000");
        Job job = part.runInversion();
        while (job.getState() != Job.RUNNING && job.getResult() == null) {
            window.display().readAndDispatch();
            Thread.sleep(5);
        }
        assertEquals(null, job.getResult(), "the job is still running when cancelled");
        part.runStrip().cancel();
        window.finish(job);
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
        return colourPixels(img, 0xc6dbef);
    }

    /** Pixels of exactly this colour (0xRRGGBB). */
    private static int colourPixels(ImageData img, int rgb) {
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

    /** Pixels that are clearly red (the hover ellipse, anti-aliased), where the diagram has no other red. */
    private static int reddishPixels(ImageData img) {
        int n = 0;
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                if (c.red > 150 && c.green < 150 && c.blue < 150) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Number of colours covering at least 200 pixels each (a heat map's cells, not anti-aliasing). */
    private static int distinctColours(ImageData img) {
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                count.merge((c.red << 16) | (c.green << 8) | c.blue, 1, Integer::sum);
            }
        }
        return (int) count.values().stream().filter(v -> v >= 200).count();
    }

    private static String cell(DataTable t, int row, String column) {
        int i = t.header().indexOf(column);
        assertTrue(i >= 0, "column " + column + " in " + t.header());
        return t.rows().get(row).get(i);
    }

    private static double number(DataTable t, int row, String column) {
        return Double.parseDouble(cell(t, row, column));
    }
}
