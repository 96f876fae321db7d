package org.petrobench.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7, isolation: with the deliberately broken example plug-in installed (a model whose
 * component throws at activation, a format whose reader throws, one whose reader hangs and
 * ignores cancellation) the batch mode reports each failure on one line naming the plug-in and
 * everything else keeps working.
 */
class PluginIsolationTest {

    static final String BROKEN = "org.petrobench.example.broken";

    @TempDir
    Path tmp;

    @Test
    void brokenPluginIsReportedByNameAndTheRestKeepsWorking() throws Exception {
        Path product = ExamplePlugins.productCopy(tmp);
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Map<String, String> env = new HashMap<>(Map.of("PETROBENCH_PRODUCT", product.toString()));

        Petrobench.Run r = Petrobench.run(ws, env, "plugins", "install", ExamplePlugins.site("broken").toString(), BROKEN + ".feature");
        assertEquals(0, r.exit(), r.toString());

        // the model failing at activation: skipped with a warning naming its plug-in; the built-ins are listed
        r = Petrobench.run(ws, env, "models");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("warning:") && l.contains(BROKEN)), r.toString());
        assertFalse(r.out().contains("broken-activation"), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("gasp-kn1988,")), r.toString());

        r = Petrobench.run(ws, env, "formats");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("broken-throws,")), r.toString());

        Path demoOut = tmp.resolve("demo");
        // sniffing meets the throwing format first (ids sort before the built-ins): it is skipped, the demo runs
        r = Petrobench.run(ws, env, "quantify", "--demo", "--out", demoOut.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.exists(demoOut.resolve("summary.csv")), r.toString());
        assertTrue(r.err().contains(BROKEN), "the sniff failure names the plug-in\n" + r);

        Path demo = Petrobench.root().resolve(PluginInstallTest.DEMO);
        Path maps = demo.resolve("map/1");
        Path spots = demo.resolve("qnt");

        r = Petrobench.run(ws, env, "quantify", "--maps", maps.toString(), "--spots", spots.toString(), "--format", "broken-throws",
                "--out", tmp.resolve("throws").toString());
        assertEquals(1, r.exit(), r.toString());
        assertOneLineNaming(r, "failed reading");
        assertFalse(Files.exists(tmp.resolve("throws")), "no output from a failed run");

        env.put("PETROBENCH_JAVA_OPTS", "-Dpetrobench.pluginTimeoutSeconds=3");
        r = Petrobench.run(ws, env, "quantify", "--maps", maps.toString(), "--spots", spots.toString(), "--format", "broken-hangs",
                "--out", tmp.resolve("hangs").toString());
        assertEquals(1, r.exit(), r.toString());
        assertOneLineNaming(r, "did not finish reading");

        r = Petrobench.run(ws, env, "plugins", "uninstall", BROKEN + ".feature");
        assertEquals(0, r.exit(), r.toString());
        r = Petrobench.run(ws, env, "models");
        assertFalse(r.err().contains(BROKEN), r.toString());
    }

    private static void assertOneLineNaming(Petrobench.Run r, String what) {
        String err = r.err().strip();
        assertEquals(1, err.lines().filter(l -> !l.startsWith("quantify")).count(), "one message line\n" + r);
        assertTrue(err.contains(BROKEN) && err.contains(what), r.toString());
        assertFalse(err.contains("\tat "), "no stack trace\n" + r);
    }
}
