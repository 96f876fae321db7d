package org.petrobench.pt.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.petrobench.pt.ThermodynamicModel;

/**
 * The real built-in models {@code grt-bt-fs1978} and {@code gasp-kn1988} for the tests: from the
 * OSGi service registry when the tests run in OSGi (the model bundle exports no classes), else
 * instantiated by class name on the plain classpath of the fast loop.
 */
final class BuiltInModels {

    private BuiltInModels() {
    }

    /** FS78 and GASP (KN88) with polymorph=ky, as PT.md §7 inverts the synthetic profiles. */
    static List<ThermodynamicModel> fs78AndGaspKy() {
        return List.of(get("grt-bt-fs1978", "GrtBtFs1978"),
                get("gasp-kn1988", "GaspKn1988").withParameters(Map.of("polymorph", "ky")));
    }

    static ThermodynamicModel get(String id, String simpleClassName) {
        Bundle bundle = FrameworkUtil.getBundle(BuiltInModels.class);
        if (bundle != null && bundle.getBundleContext() != null) {
            return fromRegistry(bundle.getBundleContext(), id);
        }
        try {
            return (ThermodynamicModel) Class.forName("org.petrobench.pt.model.thermobarometry.internal." + simpleClassName)
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("built-in model " + id + " not on the classpath", e);
        }
    }

    private static ThermodynamicModel fromRegistry(BundleContext context, String id) {
        ServiceTracker<ThermodynamicModel, ThermodynamicModel> tracker = new ServiceTracker<>(context,
                ThermodynamicModel.class, null);
        tracker.open();
        try {
            long end = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < end) {
                List<ThermodynamicModel> all = new ArrayList<>();
                Object[] services = tracker.getServices();
                if (services != null) {
                    for (Object s : services) {
                        all.add((ThermodynamicModel) s);
                    }
                }
                for (ThermodynamicModel m : all) {
                    if (m.id().equals(id)) {
                        return m;
                    }
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tracker.close();
        }
        throw new IllegalStateException("model " + id + " not registered within 10 s");
    }
}
