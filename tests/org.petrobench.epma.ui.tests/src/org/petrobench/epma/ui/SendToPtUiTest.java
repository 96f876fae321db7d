package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Diagnostics;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.Membership;
import org.petrobench.epma.Phase;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.plot.ShapeTool;
import org.petrobench.ui.testing.TestWindow;
import org.petrobench.ui.testing.UiTestRig;

/**
 * "Send to P-T" end to end: a transect drawn from the core to beyond the rim of a zoned garnet in a
 * quartz matrix gives a profile that the P-T perspective's opener reads and that lands in the
 * workbench's open datasets, where the P-T part takes its latest {@link ZoningProfile} from.
 * <p>
 * The scene is generated here, without the engine: a quantified map whose calibration is the
 * identity (α = 1, γ = 0, β′ = E_m = 1, so wt% = counts, EPMA.md §8), 21 lines × 41 columns of
 * 2 µm, a garnet disc of radius 10 px around column 20, line 10 (0-based pixel centres), and
 * quartz (SiO2 100 wt%) around it. Garnet end-members vary with t = r/10:
 * Xalm = 0.60 + 0.10t, Xprp = 0.08 + 0.07t, Xgrs = 0.12 − 0.02t, Xsps = 0.20 − 0.15t (sum 1);
 * its wt% follow from (Fe,Mg,Ca,Mn)3Al2Si3O12 with molar masses SiO2 60.084, Al2O3 101.961,
 * FeO 71.844, MnO 70.937, MgO 40.304, CaO 56.077 g/mol.
 */
class SendToPtUiTest {

    private static final int LINES = 21;
    private static final int COLUMNS = 41;
    private static final int CX = 20;
    private static final int CY = 10;
    private static final double RADIUS = 10;
    private static final double STEP_UM = 2;
    private static final List<String> OXIDES = List.of("SiO2", "Al2O3", "FeO", "MnO", "MgO", "CaO");
    private static final double[] MOLAR_MASS = { 60.084, 101.961, 71.844, 70.937, 40.304, 56.077 };

    @RegisterExtension
    final TestWindow window = new TestWindow(1000, 800);

    /** {Xalm, Xprp, Xgrs, Xsps} at t = r/R. */
    static double[] endMembers(double t) {
        return new double[] { 0.60 + 0.10 * t, 0.08 + 0.07 * t, 0.12 - 0.02 * t, 0.20 - 0.15 * t };
    }

    /** Garnet wt% in {@link #OXIDES} order from its end-member fractions (3 X, 2 Al, 3 Si per 12 O). */
    static double[] garnetWt(double[] x) {
        double[] moles = { 3, 1, 3 * x[0], 3 * x[3], 3 * x[1], 3 * x[2] };
        double[] wt = new double[moles.length];
        double sum = 0;
        for (int o = 0; o < moles.length; o++) {
            wt[o] = moles[o] * MOLAR_MASS[o];
            sum += wt[o];
        }
        for (int o = 0; o < wt.length; o++) {
            wt[o] = 100 * wt[o] / sum;
        }
        return wt;
    }

    /** The quantified scene (phases Grt, Qtz; hard memberships). */
    static QuantifiedMaps scene() {
        MapGeometry g = MapGeometry.lineAlongX(LINES, COLUMNS, 0, 0, 0, STEP_UM, STEP_UM);
        int n = g.pixels();
        int ne = OXIDES.size();
        float[][] counts = new float[ne][n];
        float[][] p = new float[2][n];
        for (int l = 0; l < LINES; l++) {
            for (int c = 0; c < COLUMNS; c++) {
                int i = l * COLUMNS + c;
                double r = Math.hypot(c - CX, l - CY);
                boolean garnet = r < RADIUS;
                double[] wt = garnet ? garnetWt(endMembers(r / RADIUS)) : new double[] { 100, 0, 0, 0, 0, 0 };
                for (int e = 0; e < ne; e++) {
                    counts[e][i] = (float) wt[e];
                }
                p[0][i] = garnet ? 1 : 0;
                p[1][i] = garnet ? 0 : 1;
            }
        }
        List<QuantifiedElement> elements = List.of(new QuantifiedElement("Si", "SiO2"),
                new QuantifiedElement("Al", "Al2O3"), new QuantifiedElement("Fe", "FeO"),
                new QuantifiedElement("Mn", "MnO"), new QuantifiedElement("Mg", "MgO"),
                new QuantifiedElement("Ca", "CaO"));
        List<String> phases = List.of("Grt", "Qtz");
        double[][] one = new double[ne][2];
        double[][] zero = new double[ne][2];
        CalibrationParameters.Source[][] source = new CalibrationParameters.Source[ne][2];
        for (int e = 0; e < ne; e++) {
            java.util.Arrays.fill(one[e], 1);
            java.util.Arrays.fill(source[e], CalibrationParameters.Source.FIXED);
        }
        double[] betaPrime = new double[ne];
        java.util.Arrays.fill(betaPrime, 1);
        double[] dwell = new double[ne];
        java.util.Arrays.fill(dwell, 1);
        CalibrationParameters params = new CalibrationParameters(elements, phases, 1.0, one, zero, new boolean[ne][2],
                zero, zero, new boolean[ne][2], betaPrime, new double[ne], new int[ne][2], source);
        return new QuantifiedMaps(g, elements, counts, dwell, new double[ne], List.of(new Phase("Grt", 0, true),
                new Phase("Qtz", 0, true)), new Membership(Membership.Kind.POSTERIOR, phases, p), params,
                new double[2][ne], List.of(), null, QuantifierSettings.defaults(), new Diagnostics());
    }

    @Test
    void aGarnetTransectReachesThePtPerspective(@TempDir Path dir) throws Exception {
        // the viewer made by e4 injection as in the workbench: it must get the one OpenDatasets
        IEclipseContext context = EclipseContextFactory.create("send-to-pt test");
        try {
            context.set(Composite.class, new Composite(window.shell(), 0));
            MapViewerPart viewer = ContextInjectionFactory.make(MapViewerPart.class, context);
            OpenDatasets datasets = ContextInjectionFactory.make(OpenDatasets.class, context);
            assertNotNull(viewer.datasets, "the viewer is given the open datasets");
            assertSame(datasets, viewer.datasets, "the viewer's datasets are the workbench's singleton");
            viewer.openers = UiTestRig.services(SendToPtUiTest.class, DatasetOpener.class, 3);
            window.shell().open();

            viewer.session.setQuantified(Quantification.of(scene()));
            window.flush();
            viewer.hostCombo().select(viewer.hostCombo().indexOf("Grt"));
            // from the core (column 20) to column 35, on line 10, in chart coordinates (pixel c covers [c, c+1])
            Job job = viewer.apply(new ShapeTool.Shape(ShapeTool.Kind.POLYLINE, new double[] { CX + 0.5, 35.5 },
                    new double[] { CY + 0.5, CY + 0.5 }));
            assertNotNull(job);
            window.finish(job);
            assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
            assertEquals(16, viewer.results().profileTable().getItemCount(), "a station every 2 µm over 30 µm");
            assertTrue(viewer.results().sendToPtButton().isEnabled(), "a garnet profile can be sent");

            List<OpenDatasets.Dataset> sent = viewer.sendToPt(dir.resolve("Grt-profile.csv"));
            assertEquals(1, sent.size());
            assertEquals("zoning profile", sent.get(0).kind());
            ZoningProfile profile = datasets.latest(ZoningProfile.class).orElseThrow();
            assertSame(sent.get(0).content(), profile, "the P-T part's latest profile is the one sent");
            // stations at columns 20 … 29 lie in the garnet (r < 10); 30 … 35 in quartz are left out
            assertEquals(10, profile.size());
            String[] names = { "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps" };
            for (int k = 0; k < 10; k++) {
                assertEquals(STEP_UM * k, profile.distanceUm()[k], 1e-9);
                double[] x = endMembers(k / RADIUS);
                for (int c = 0; c < names.length; c++) {
                    assertEquals(x[c], profile.compositions().get(names[c], k), 2e-5, names[c] + " at station " + k);
                }
            }
        } finally {
            context.dispose();
        }
    }
}
