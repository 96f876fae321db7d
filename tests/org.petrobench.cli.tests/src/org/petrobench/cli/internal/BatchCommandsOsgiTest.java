package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The commands are DS components: the running framework registers them. */
class BatchCommandsOsgiTest {

    @Test
    void helpCommandIsRegisteredByDeclarativeServices() throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(BatchCommandsOsgiTest.class).getBundleContext();
        assertNotNull(bc, "bundle not started");
        ServiceTracker<BatchCommand, BatchCommand> t = new ServiceTracker<>(bc, BatchCommand.class, null);
        t.open();
        try {
            assertNotNull(t.waitForService(10_000), "no BatchCommand registered - is org.apache.felix.scr running?");
            List<String> names = java.util.Arrays.stream(t.getServices(new BatchCommand[0])).map(BatchCommand::name).toList();
            assertTrue(names.contains("help"), names.toString());
        } finally {
            t.close();
        }
    }
}
