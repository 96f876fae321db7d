package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.petrobench.core.Monitor;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.SpotReport;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.testing.TestWindow;
import org.petrobench.ui.testing.UiTestRig;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The EPMA perspective's parts on the bundled demo (the synthetic qntmap example): its published
 * truth (shared/data/qntmap-example/README.md, EPMA.md T1) is Ol SiO2 42.71, MgO 57.29 wt% and
 * Qtz SiO2 100 wt%, modal fractions Ol 0.90, Qtz 0.10.
 */
class EpmaPerspectiveUiTest {

    @RegisterExtension
    final TestWindow window = new TestWindow(1400, 800);

    private static <T> List<T> services(Class<T> type, int atLeast) throws InterruptedException {
        return UiTestRig.services(EpmaPerspectiveUiTest.class, type, atLeast);
    }

    private static double mean(String cell) {
        return Double.parseDouble(cell.substring(0, cell.indexOf(' ')));
    }

    @Test
    void demoIsQuantifiedShownAndReadOut() throws Exception {
        OpenDatasets datasets = new OpenDatasets();
        EpmaSession session = new EpmaSession(datasets);
        SashForm sash = new SashForm(window.shell(), org.eclipse.swt.SWT.HORIZONTAL);
        MapViewerPart viewer = new MapViewerPart();
        viewer.session = session;
        viewer.create(new Composite(sash, 0));
        QuantifyPart quantify = new QuantifyPart();
        quantify.session = session;
        quantify.quantifiers = services(EpmaQuantifier.class, 1);
        quantify.autoRunDemo = false;
        quantify.create(new Composite(sash, 0));
        window.shell().open();

        DatasetOpener opener = services(DatasetOpener.class, 1).stream().filter(o -> o instanceof EpmaDatasetOpener)
                .findFirst().orElseThrow();
        opener.demo(Monitor.silent()).forEach(datasets::add);
        window.flush();
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
        window.finish(job);
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

    /** The two parts on the opened demo, the demo not yet quantified. */
    private record Demo(EpmaSession session, MapViewerPart viewer, QuantifyPart quantify) {
    }

    private Demo openDemo() throws Exception {
        OpenDatasets datasets = new OpenDatasets();
        EpmaSession session = new EpmaSession(datasets);
        SashForm sash = new SashForm(window.shell(), org.eclipse.swt.SWT.HORIZONTAL);
        MapViewerPart viewer = new MapViewerPart();
        viewer.session = session;
        viewer.create(new Composite(sash, 0));
        QuantifyPart quantify = new QuantifyPart();
        quantify.session = session;
        quantify.quantifiers = services(EpmaQuantifier.class, 1);
        quantify.autoRunDemo = false;
        quantify.create(new Composite(sash, 0));
        window.shell().open();
        DatasetOpener opener = services(DatasetOpener.class, 1).stream().filter(o -> o instanceof EpmaDatasetOpener)
                .findFirst().orElseThrow();
        opener.demo(Monitor.silent()).forEach(datasets::add);
        window.flush();
        assertTrue(session.maps() != null && session.spots() != null, "demo maps and spots are open");
        return new Demo(session, viewer, quantify);
    }

    /**
     * The β view of each element: its line is y = β′_e·x, it has a point per tested in-map spot,
     * and the plotted (M, Pk) reproduce β′ = Σ ω M Pk / Σ ω M² (EPMA.md §8.2) with ω computed here
     * from the memberships (own phase at the spot's pixel, 0 below the threshold, 0 if flagged).
     * The α view has a line y = α_ek·x per phase, and for fitted phases its points reproduce
     * α = Σ Net·C / Σ Net² (§8.1).
     */
    @Test
    void calibrationViewsShowTheFittedLinesAndTheirSpots() throws Exception {
        Demo d = openDemo();
        Job job = d.quantify().quantify();
        window.finish(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        QuantifiedMaps m = d.session().quantified().maps();
        CalibrationParameters p = m.parameters();
        int columns = m.geometry().columns();
        long inMap = m.spots().stream().filter(SpotReport::insideMap).count();
        assertEquals(40, inMap, "EPMA.md T1: all 40 demo spots lie in the map");
        double threshold = m.settings().betaMembershipThreshold();
        for (int e = 0; e < m.elements().size(); e++) {
            d.quantify().showCalibration(CalibrationChart.View.BETA, e);
            window.flush();
            Chart c = d.quantify().calibrationCanvas().chart();
            Layer.Line fit = line(c, CalibrationChart.BETA_LINE);
            assertEquals(p.betaPrime(e), fit.y()[1] / fit.x()[1], 1e-12 * p.betaPrime(e));
            List<Layer.Points> pts = c.layers().stream().filter(l -> l instanceof Layer.Points)
                    .map(l -> (Layer.Points) l).toList();
            assertEquals(inMap, pts.stream().mapToInt(l -> l.x().length).sum());

            // β′ by hand from the plotted points
            double sxy = 0;
            double sxx = 0;
            int strong = 0;
            for (Layer.Points layer : pts) {
                if (layer.marker() == Layer.Marker.CROSS) {
                    continue; // flagged spots: ω = 0
                }
                int k = m.phaseIndex(layer.legend());
                for (int i = 0; i < layer.x().length; i++) {
                    double w = ownMembership(m, k, layer.x()[i], layer.y()[i], e, columns);
                    if (w >= threshold) {
                        sxy += w * layer.x()[i] * layer.y()[i];
                        sxx += w * layer.x()[i] * layer.x()[i];
                        strong++;
                    }
                }
            }
            assertTrue(strong >= m.settings().minSpots(), "enough spots above the threshold: " + strong);
            assertEquals(p.betaPrime(e), sxy / sxx, 1e-9 * p.betaPrime(e));
            assertTrue(count(d.quantify().calibrationCanvas().snapshot(), Palette.category(0)) > 20,
                    "the rendered chart shows the Ol points");

            d.quantify().showCalibration(CalibrationChart.View.ALPHA, e);
            window.flush();
            Chart a = d.quantify().calibrationCanvas().chart();
            for (int k = 0; k < m.phaseNames().size(); k++) {
                String phase = m.phaseNames().get(k);
                Layer.Line l = line(a, CalibrationChart.ALPHA_LINE + phase + " ");
                assertEquals(p.alpha(e, k), l.y()[1] / l.x()[1], 1e-12 * p.alpha(e, k));
                if (!p.alphaPooled(e, k) && p.source(e, k) != CalibrationParameters.Source.FIXED) {
                    Layer.Points spots = a.layers().stream()
                            .filter(x -> x instanceof Layer.Points q && phase.equals(q.legend()))
                            .map(x -> (Layer.Points) x).findFirst().orElseThrow();
                    double nc = 0;
                    double nn = 0;
                    for (int i = 0; i < spots.x().length; i++) {
                        nc += spots.x()[i] * spots.y()[i];
                        nn += spots.x()[i] * spots.x()[i];
                    }
                    assertEquals(p.alpha(e, k), nc / nn, 1e-9 * p.alpha(e, k), phase);
                }
            }
        }
    }

    /** Own-phase membership at the pixel of the tested spot whose §5 check has this (M, Pk). */
    private static double ownMembership(QuantifiedMaps m, int k, double map, double peak, int e, int columns) {
        for (SpotReport r : m.spots()) {
            if (!r.checks().isEmpty() && r.checks().get(e).map() == map && r.checks().get(e).peak() == peak) {
                return m.membership().value(k, (r.line() - 1) * columns + r.column() - 1);
            }
        }
        throw new AssertionError("no spot with M = " + map + ", Pk = " + peak);
    }

    private static Layer.Line line(Chart c, String prefix) {
        return c.layers().stream()
                .filter(l -> l instanceof Layer.Line x && x.legend() != null && x.legend().startsWith(prefix))
                .map(l -> (Layer.Line) l).findFirst().orElseThrow(() -> new AssertionError("no line " + prefix));
    }

    /**
     * A quantification that runs far longer than the test waits: EM with relative tolerance 0
     * never converges, so it runs all 100000 iterations (about 1 ms each on the demo's 100 × 100
     * pixels). Cancelled while running, it ends "cancelled" and leaves no result in the session.
     */
    @Test
    void aLongQuantificationCanBeCancelled() throws Exception {
        Demo d = openDemo();
        d.quantify().settingsForm().setField("emRelTol", "0");
        d.quantify().settingsForm().setField("emMaxIter", "100000");
        Job job = d.quantify().quantify();
        assertNotNull(job, "the run starts");
        while (job.getState() != Job.RUNNING && job.getResult() == null) {
            window.display().readAndDispatch();
            Thread.sleep(5);
        }
        assertNull(job.getResult(), "the job is still running when cancelled");
        d.quantify().runStrip().cancel();
        window.finish(job);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals("cancelled", d.quantify().runStrip().statusText());
        assertNull(d.session().quantified(), "no quantification reaches the session");
        assertEquals(0, d.quantify().summaryTable().getItemCount());
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
