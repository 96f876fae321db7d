package org.petrobench.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch-mode contract of CLI.md on the real product: usage, listing, exit codes. */
class BatchModeTest {

    @TempDir
    Path workspace;

    @Test
    void helpPrintsUsageWithoutADisplay() throws Exception {
        Petrobench.Run r = Petrobench.run(workspace, java.util.Map.of("DISPLAY", ""), "help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("usage: ./petrobench"), r.toString());
        for (String command : new String[] { "formats", "models", "solvers" }) {
            assertTrue(r.out().contains("  " + command + " "), "help lists " + command + "\n" + r);
        }
    }

    @Test
    void unknownCommandAndMissingArgumentExitTwoWithOneLine() throws Exception {
        Petrobench.Run r = Petrobench.run(workspace, "frobnicate");
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.toString());
        assertTrue(r.out().isEmpty(), r.toString());

        r = Petrobench.run(workspace, "help", "--no-such-option");
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }

    @Test
    void listingsAreCsvTablesOfInstalledServices() throws Exception {
        for (String command : new String[] { "formats", "models", "solvers" }) {
            Petrobench.Run r = Petrobench.run(workspace, command);
            assertEquals(0, r.exit(), r.toString());
            String header = r.out().lines().findFirst().orElse("");
            assertTrue(header.startsWith("id,") || header.startsWith("kind,") || header.startsWith("type,"), command + ": " + r);
        }
    }
}
