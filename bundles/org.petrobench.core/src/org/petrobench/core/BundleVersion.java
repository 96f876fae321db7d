package org.petrobench.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version of the bundle that holds a class, or "unbundled" outside OSGi (plain unit tests). */
public final class BundleVersion {

    private BundleVersion() {
    }

    public static String of(Class<?> type) {
        try {
            Bundle bundle = FrameworkUtil.getBundle(type);
            return bundle == null ? "unbundled" : bundle.getVersion().toString();
        } catch (NoClassDefFoundError outsideOsgi) {
            return "unbundled";
        }
    }
}
