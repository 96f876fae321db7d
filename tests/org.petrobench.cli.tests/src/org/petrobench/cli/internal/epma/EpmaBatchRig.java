package org.petrobench.cli.internal.epma;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.ServiceLookup;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.format.DemoDataset;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.SpotFormat;

/**
 * Runs quantify, profile and bulk through {@link Batch} with the installed EPMA implementations
 * made by hand (no OSGi). The cli bundle sees no engine classes, so they are found by class name:
 * on the plain classpath of devtest.sh they are there; in the Tycho OSGi run (where the cli
 * fragment cannot see them, and JUnit assumptions would need opentest4j) {@link #run} returns
 * {@link #SKIPPED} and the tests stop early with a note on stdout.
 */
final class EpmaBatchRig {

    /** Returned when the implementations are not visible (the OSGi run). */
    static final int SKIPPED = -100;
    static final String DEMO = "org.petrobench.epma.demo.internal.QntmapMinimalDemo";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Object make(String className) {
        try {
            return Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** True (with a note naming {@code test}) when the run was skipped. */
    static boolean skipped(int code, Class<?> test) {
        if (code == SKIPPED) {
            System.out.println(test.getSimpleName()
                    + ": EPMA service implementations not on this class path (OSGi run); covered by devtest.sh");
            return true;
        }
        return false;
    }

    /** The exit code of {@code petrobench <args>}; standard error starts empty for each run. */
    int run(String... args) {
        err.reset();
        Map<Class<?>, List<Object>> m = new HashMap<>();
        put(m, EpmaQuantifier.class, "org.petrobench.epma.engine.internal.YasumotoQuantifier");
        put(m, MapFormat.class, "org.petrobench.epma.format.jeol.internal.Jxa8800MapFormat",
                "org.petrobench.epma.format.generic.internal.GenericMapFormat");
        put(m, SpotFormat.class, "org.petrobench.epma.format.jeol.internal.QntSpotFormat",
                "org.petrobench.epma.format.generic.internal.GenericSpotFormat");
        put(m, DemoDataset.class, DEMO);
        if (!m.values().stream().allMatch(l -> !l.isEmpty())) {
            return SKIPPED;
        }
        m.put(BatchCommand.class, List.of(new QuantifyCommand(), new ProfileCommand(), new BulkCommand()));
        ServiceLookup services = new ServiceLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> all(Class<T> type) {
                return (List<T>) m.getOrDefault(type, List.of());
            }
        };
        return new Batch(services, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "test").run(List.of(args));
    }

    /** What the last run wrote on standard error. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void put(Map<Class<?>, List<Object>> m, Class<?> type, String... names) {
        List<Object> l = new ArrayList<>();
        for (String n : names) {
            Object o = make(n);
            if (o != null) {
                l.add(o);
            }
        }
        m.put(type, l);
    }
}
