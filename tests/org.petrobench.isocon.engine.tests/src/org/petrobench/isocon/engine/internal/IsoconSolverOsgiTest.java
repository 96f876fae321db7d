package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolver;

/** The three solvers are DS services found by id in the real OSGi registry, and solve the Grant example (ISOCON.md §8.1). */
class IsoconSolverOsgiTest {

    @Test
    void grantGresensAndSparseAreRegisteredAndSolve() throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<IsoconSolver, IsoconSolver> tracker = new ServiceTracker<>(bc, IsoconSolver.class, null);
        tracker.open();
        try {
            long until = System.currentTimeMillis() + 10_000;
            while (tracker.size() < 3 && System.currentTimeMillis() < until) {
                tracker.waitForService(200);
            }
            double[] v = { 60.0, 16.0, 0.80, 200, 3.0, 4.0, 72.0, 12.8, 0.64, 160, 1.2, 6.4 };
            BulkCompositions data = BulkCompositions.ofValues("tiny", List.of("O", "A"),
                    List.of("SiO2", "Al2O3", "TiO2", "Zr", "K2O", "CaO"),
                    List.of(ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT,
                            ConcentrationUnit.PPM, ConcentrationUnit.WT_PERCENT, ConcentrationUnit.WT_PERCENT), v)
                    .withDensities(new double[] { 2.70, 2.60 }, new double[] { Double.NaN, Double.NaN });
            IsoconProblem p = IsoconProblem.prepare(data, List.of("O"), IsoconSettings.defaults(), new Diagnostics());
            IsoconSettings frame = IsoconSettings.defaults().withImmobile(List.of("Al2O3", "TiO2", "Zr")).withBootstrap(0);
            assertEquals(1.25, solver(tracker, "grant").solve(p, frame, Monitor.silent()).transfer().massRatio()[0], 1e-12);
            assertEquals(1.25, solver(tracker, "gresens").solve(p, frame, Monitor.silent()).transfer().massRatio()[0], 1e-12);
            // one sample, log form: the weighted median of the tie-line ratios 1/c = (0.833, 1.25 ×3, 2.5, 0.625) is 1.25
            assertEquals(1.25, solver(tracker, "sparse").solve(p, IsoconSettings.defaults().withBootstrap(0), Monitor.silent())
                    .transfer().massRatio()[0], 1e-9);
        } finally {
            tracker.close();
        }
    }

    private static IsoconSolver solver(ServiceTracker<IsoconSolver, IsoconSolver> tracker, String id) {
        IsoconSolver found = null;
        for (IsoconSolver s : tracker.getTracked().values()) {
            if (s.id().equals(id)) {
                found = s;
            }
        }
        assertNotNull(found, "no IsoconSolver with id " + id);
        return found;
    }
}
