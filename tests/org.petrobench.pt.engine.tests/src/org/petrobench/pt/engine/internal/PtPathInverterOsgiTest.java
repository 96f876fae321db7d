package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathInverter;

/**
 * In OSGi: the {@code mrf} inverter is a DS service, the built-in models come from the registry,
 * and the service inverts a synthetic profile with them.
 */
class PtPathInverterOsgiTest {

    private static <T> List<T> services(BundleContext context, Class<T> type, int atLeast) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            long end = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < end) {
                Object[] s = tracker.getServices();
                if (s != null && s.length >= atLeast) {
                    return java.util.Arrays.stream(s).map(type::cast).toList();
                }
                Thread.sleep(50);
            }
            return List.of();
        } finally {
            tracker.close();
        }
    }

    @Test
    void mrfServiceInvertsWithTheRegisteredModels() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        PtPathInverter mrf = services(context, PtPathInverter.class, 1).stream().filter(i -> i.id().equals("mrf")).findFirst()
                .orElse(null);
        assertNotNull(mrf, "mrf inverter registered");
        assertEquals(MrfSettings.class, mrf.settingsType());
        List<ThermodynamicModel> models = services(context, ThermodynamicModel.class, 2);
        ThermodynamicModel fs = models.stream().filter(m -> m.id().equals("grt-bt-fs1978")).findFirst().orElseThrow();
        ThermodynamicModel gasp = models.stream().filter(m -> m.id().equals("gasp-kn1988")).findFirst().orElseThrow()
                .withParameters(Map.of("polymorph", "ky"));
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(40, 0.004, 1.0, 3);
        PtPath path = mrf.invert(syn.profile, List.of(fs, gasp), mrf.defaultSettings(), Monitor.silent(), new Diagnostics());
        assertEquals(40, path.size());
        assertEquals(List.of("grt-bt-fs1978", "gasp-kn1988"), path.modelIds());
        assertTrue(syn.rmseT(path.tK()) < 25 && syn.rmseP(path.pKbar()) < 1, "recovers the path");
    }
}
