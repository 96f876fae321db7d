package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.petrobench.core.Monitor;
import org.petrobench.epma.BulkComposition;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.PhaseDensities;
import org.petrobench.epma.Region;
import org.petrobench.epma.Transect;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.testing.TestWindow;
import org.petrobench.ui.testing.UiTestRig;
import org.petrobench.ui.plot.ShapeTool;

/**
 * Shapes on the quantified demo map (synthetic qntmap example: Ol SiO2 42.71 wt%, Qtz 100 wt%,
 * EPMA.md T1), handed to the viewer through the same consumer the {@link ShapeTool} calls; the
 * bulk with the default densities and with one the user typed in.
 */
class RegionToolsUiTest {

    @RegisterExtension
    final TestWindow window = new TestWindow(1400, 900);

    private static <T> List<T> services(Class<T> type, int atLeast) throws InterruptedException {
        return UiTestRig.services(RegionToolsUiTest.class, type, atLeast);
    }

    private static TableItem row(MapViewerPart viewer, String oxide) {
        for (TableItem it : viewer.results().bulkTable().getItems()) {
            if (it.getText(0).equals(oxide)) {
                return it;
            }
        }
        throw new AssertionError("no " + oxide + " row in the bulk table");
    }

    @Test
    void rectangleGivesTheBulkAndTransectTheProfile() throws Exception {
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
        Job q = quantify.quantify();
        window.finish(q);
        assertEquals(IStatus.OK, q.getResult().getSeverity(), String.valueOf(q.getResult()));
        Quantification quantified = session.quantified();
        assertNotNull(quantified);
        MapGeometry g = quantified.maps().geometry();

        // a rectangle dragged from chart (5, 5) to (columns − 5, lines − 5): pixel centres 5 … n − 6
        ShapeTool.Shape rect = new ShapeTool.Shape(ShapeTool.Kind.RECTANGLE, new double[] { 5, g.columns() - 5 },
                new double[] { 5, g.lines() - 5 });
        Job bulkJob = viewer.apply(rect);
        assertNotNull(bulkJob);
        window.finish(bulkJob);
        assertEquals(IStatus.OK, bulkJob.getResult().getSeverity(), String.valueOf(bulkJob.getResult()));
        Region region = Region.rectangle("direct", g.lines(), g.columns(), 5, 5, g.columns() - 6, g.lines() - 6);
        double[] rho = PhaseDensities.resolve(quantified.maps().phaseNames(), java.util.Map.of(), "_", "test");
        BulkComposition direct = BulkComposition.of(quantified.maps(), region, rho);
        int si = direct.oxides().indexOf("SiO2");
        assertTrue(si >= 0, direct.oxides().toString());
        TableItem siRow = null;
        for (TableItem it : viewer.results().bulkTable().getItems()) {
            if (it.getText(0).equals("SiO2")) {
                siRow = it;
            }
        }
        assertNotNull(siRow, "the bulk table has a SiO2 row");
        double shown = Double.parseDouble(siRow.getText(1));
        assertTrue(shown > 42.71 + 0.5 && shown < 100 - 0.5, "bulk SiO2 between olivine and quartz: " + shown);
        assertEquals(direct.wt()[si], shown, 0.0005 + 1e-9);
        assertEquals(direct.sd()[si], Double.parseDouble(siRow.getText(2)), 0.0005 + 1e-9);

        // the density fields start at the defaults; a denser olivine (5 g/cm³ instead of 3.32) pulls the
        // bulk towards olivine. Truth by hand, EPMA.md §11: ρ_i = Σ_k P_ik ρ_k, C = Σ ρ_i wt_i / Σ ρ_i
        assertEquals("3.32", viewer.results().densityField("Ol").getText());
        assertEquals("2.65", viewer.results().densityField("Qtz").getText());
        viewer.results().densityField("Ol").setText("5");
        Job heavyJob = viewer.apply(rect);
        assertNotNull(heavyJob);
        window.finish(heavyJob);
        assertEquals(IStatus.OK, heavyJob.getResult().getSeverity(), String.valueOf(heavyJob.getResult()));
        double[] heavyRho = new double[quantified.maps().phaseNames().size()];
        for (int k = 0; k < heavyRho.length; k++) {
            heavyRho[k] = quantified.maps().phaseNames().get(k).equals("Ol") ? 5 : 2.65;
        }
        int siMap = quantified.maps().elements().stream().map(e -> e.oxide()).toList().indexOf("SiO2");
        double num = 0;
        double den = 0;
        for (int l = 5; l <= g.lines() - 6; l++) {
            for (int c = 5; c <= g.columns() - 6; c++) {
                int i = l * g.columns() + c;
                float w = quantified.wt()[siMap][i];
                if (Float.isNaN(w)) {
                    continue;
                }
                double rhoI = 0;
                for (int k = 0; k < heavyRho.length; k++) {
                    rhoI += quantified.maps().membership().value(k, i) * heavyRho[k];
                }
                num += rhoI * w;
                den += rhoI;
            }
        }
        double heavy = Double.parseDouble(row(viewer, "SiO2").getText(1));
        assertEquals(num / den, heavy, 0.0005 + 1e-4);
        assertTrue(heavy < shown - 0.5, "denser olivine: bulk SiO2 " + heavy + " below " + shown);
        assertTrue(viewer.results().bulkTitle().contains("Ol 5"), viewer.results().bulkTitle());

        // a horizontal transect through the middle of the map, no host, width 0
        double mid = g.lines() / 2 + 0.5;
        ShapeTool.Shape line = new ShapeTool.Shape(ShapeTool.Kind.POLYLINE, new double[] { 5.5, g.columns() - 5.5 },
                new double[] { mid, mid });
        Job profileJob = viewer.apply(line);
        assertNotNull(profileJob);
        window.finish(profileJob);
        assertEquals(IStatus.OK, profileJob.getResult().getSeverity(), String.valueOf(profileJob.getResult()));
        Transect t = Transect.sample(java.util.Arrays.copyOf(quantified.wt(), direct.oxides().size()), direct.oxides(),
                null, -1, g, new double[] { 5, g.columns() - 6 }, new double[] { mid - 0.5, mid - 0.5 }, 0, Double.NaN);
        int rows = viewer.results().profileTable().getItemCount();
        assertTrue(rows > 0, "the profile table has rows");
        assertEquals(t.stations(), rows);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", t.distanceUm()[rows - 1]),
                viewer.results().profileTable().getItem(rows - 1).getText(0));
        assertTrue(viewer.results().profileChart().chart().hasContent(), "the profile is plotted");
    }
}
