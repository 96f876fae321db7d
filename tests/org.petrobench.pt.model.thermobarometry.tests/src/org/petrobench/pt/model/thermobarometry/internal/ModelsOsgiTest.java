package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/** Every built-in calibration is a DS service in the running framework, and no [U] model is. */
class ModelsOsgiTest {

    private static final Set<String> BUILT_IN = Set.of("grt-bt-fs1978", "grt-bt-hs1982", "gasp-kn1988",
            "grt-cpx-eg1979", "grt-cpx-kr2000", "grt-ph-kr1978", "grt-ph-gh1982", "ti-zrn-fw2007", "zr-rt-t2007",
            "ti-qz-ww2006", "ti-qz-o2022");

    @Test
    void allBuiltInModelsAreRegistered() throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(ModelsOsgiTest.class).getBundleContext();
        assertNotNull(bc, "bundle not started");
        ServiceTracker<ThermodynamicModel, ThermodynamicModel> t = new ServiceTracker<>(bc, ThermodynamicModel.class, null);
        t.open();
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            Set<String> ids = new TreeSet<>();
            while (System.currentTimeMillis() < deadline) {
                t.waitForService(1000);
                ThermodynamicModel[] found = t.getServices(new ThermodynamicModel[0]);
                ids = new TreeSet<>(Arrays.stream(found == null ? new ThermodynamicModel[0] : found)
                        .map(ThermodynamicModel::id).toList());
                if (ids.containsAll(BUILT_IN)) {
                    break;
                }
                Thread.sleep(100);
            }
            assertTrue(ids.containsAll(BUILT_IN), "registered: " + ids);
            assertFalse(ids.contains("grt-bt-h2000") || ids.contains("gasp-hc1985") || ids.contains("grt-bt-h1997"),
                    "unverified models must not be registered: " + ids);
            for (ThermodynamicModel m : t.getServices(new ThermodynamicModel[0])) {
                if (BUILT_IN.contains(m.id())) {
                    assertTrue(m.status() != ModelStatus.UNVERIFIED, m.id());
                    assertFalse(m.reference().isBlank(), m.id());
                    assertEquals(1, m.residualCount(), m.id());
                }
            }
        } finally {
            t.close();
        }
    }
}
