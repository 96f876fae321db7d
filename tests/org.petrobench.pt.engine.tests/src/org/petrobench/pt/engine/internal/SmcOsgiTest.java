package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.pt.path.SmcSettings;

/** In OSGi: the {@code smc} inverter is a DS service and inverts a synthetic profile with the registered models. */
class SmcOsgiTest {

    @Test
    void smcServiceIsRegistered() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<PtPathInverter, PtPathInverter> tracker = new ServiceTracker<>(context, PtPathInverter.class, null);
        tracker.open();
        PtPathInverter smc = null;
        try {
            long end = System.currentTimeMillis() + 10_000;
            while (smc == null && System.currentTimeMillis() < end) {
                Object[] s = tracker.getServices();
                if (s != null) {
                    for (Object o : s) {
                        if (((PtPathInverter) o).id().equals("smc")) {
                            smc = (PtPathInverter) o;
                        }
                    }
                }
                Thread.sleep(50);
            }
        } finally {
            tracker.close();
        }
        assertNotNull(smc, "smc inverter registered");
        assertEquals(SmcSettings.class, smc.settingsType());
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(40, 0.004, 1.0, 3);
        SmcSettings s = SmcSettings.defaults().withParticles(1000, 1).withTrajectories(200);
        PtPath path = smc.invert(syn.profile, BuiltInModels.fs78AndGaspKy(), s, Monitor.silent(), new Diagnostics());
        assertEquals(List.of("grt-bt-fs1978", "gasp-kn1988"), path.modelIds());
        assertTrue(syn.rmseT(path.tK()) < 25 && syn.rmseP(path.pKbar()) < 1, "recovers the path");
    }
}
