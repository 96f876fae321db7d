package org.petrobench.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** User preferences of the workbench, kept in the instance scope (the user's workspace). */
public final class PetroBenchPreferences {

    /** Colour maps offered by the map viewers; the first is perceptually uniform. */
    public static final String[] COLOUR_MAPS = { "viridis", "magma", "grey", "jet" };

    private static final String NODE = "org.petrobench.ui";
    private static final String THREADS = "threads";
    private static final String COLOUR_MAP = "colourMap";
    private static final String DEMO_ON_START = "openDemoOnStartup";

    private PetroBenchPreferences() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** Worker threads for long computations; 0 = all cores. */
    public static int threads() {
        return node().getInt(THREADS, 0);
    }

    public static String colourMap() {
        return node().get(COLOUR_MAP, COLOUR_MAPS[0]);
    }

    public static boolean openDemoOnStartup() {
        return node().getBoolean(DEMO_ON_START, false);
    }

    /** Stores all three values and flushes them to disk. */
    public static void store(int threads, String colourMap, boolean openDemoOnStartup) throws BackingStoreException {
        IEclipsePreferences n = node();
        n.putInt(THREADS, Math.max(0, threads));
        n.put(COLOUR_MAP, colourMap);
        n.putBoolean(DEMO_ON_START, openDemoOnStartup);
        n.flush();
    }
}
