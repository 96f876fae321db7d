package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.petrobench.core.Monitor;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.PhaseSummary;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;

/** The quantifier is a DS service found in the registry by its id, and it runs the example. */
class EpmaQuantifierOsgiTest {

    @Test
    void serviceIsRegisteredAndQuantifiesTheExample() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<EpmaQuantifier, EpmaQuantifier> tracker = new ServiceTracker<>(context, EpmaQuantifier.class, null);
        tracker.open();
        try {
            EpmaQuantifier q = tracker.waitForService(10_000);
            assertNotNull(q, "no EpmaQuantifier service");
            assertEquals("yasumoto2018", q.id());
            QuantifiedMaps r = q.quantify(ExampleData.maps(), ExampleData.spots(), QuantifierSettings.defaults(), Monitor.silent());
            assertEquals(0.90, PhaseSummary.of(r, PhaseSummary.Weighting.MEMBERSHIP).get(0).modalFraction(), 0.01);
        } finally {
            tracker.close();
        }
    }
}
