package org.petrobench.epma.format.testing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The services of a type registered in the OSGi test runtime, waited for (≤ 10 s) as HELPERS.md asks. */
public final class RegisteredServices {

    private RegisteredServices() {
    }

    /**
     * @param test   the test class, whose bundle's context looks the services up
     * @param enough stops waiting once the services found satisfy it
     * @return the services found when {@code enough} held or the 10 s passed
     */
    public static <S> List<S> of(Class<?> test, Class<S> type, Predicate<List<S>> enough) throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(test).getBundleContext();
        if (bc == null) {
            throw new IllegalStateException("bundle not started");
        }
        ServiceTracker<S, S> t = new ServiceTracker<>(bc, type, null);
        t.open();
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            List<S> found = List.of();
            while (System.currentTimeMillis() < deadline) {
                t.waitForService(1000);
                Object[] all = t.getServices();
                found = all == null ? List.of() : Arrays.stream(all).map(type::cast).toList();
                if (enough.test(found)) {
                    break;
                }
                Thread.sleep(100);
            }
            return found;
        } finally {
            t.close();
        }
    }
}
