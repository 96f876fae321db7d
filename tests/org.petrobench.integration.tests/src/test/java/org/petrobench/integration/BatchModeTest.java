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

    /**
     * Bad input found by the batch-mode audit, on the real product: each is exit 2 with one line
     * naming the file and place, never "internal error" (they were exit 1 with a Java exception).
     */
    @Test
    void auditedBadInputIsExitTwoWithOneLineNamingFileAndPlace() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.writeString(workspace.resolve("rocks.csv"),
                "sample,SiO2_wt%,Al2O3_wt%,Zr_ppm\nP1,60,16,200\nA1,72,12.8,160\n");
        java.nio.file.Path file = java.nio.file.Files.writeString(workspace.resolve("afile"), "x");
        Petrobench.Run r = Petrobench.run(workspace, "isocon", "--data", data.toString(), "--protolith", "P1", "--out",
                file.toString(), "--method", "grant", "--immobile", "Al2O3,Zr");
        assertEquals(2, r.exit(), r.toString());
        assertEquals("petrobench isocon: " + file + ": expected an output folder, found a file", r.err().strip(), r.toString());

        java.nio.file.Path method = java.nio.file.Files.writeString(workspace.resolve("m.json"), "{\"q\": 0.5, \"rBound\": [0.1, 10]}");
        r = Petrobench.run(workspace, "isocon", "--data", data.toString(), "--protolith", "P1", "--out",
                workspace.resolve("o").toString(), "--method-file", method.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().strip().startsWith("petrobench isocon: " + method + ": field 'rBound': unknown setting"), r.toString());

        java.nio.file.Path profile = java.nio.file.Files.writeString(workspace.resolve("zircon.csv"),
                "distance_um,Zrn.Ti_ppm\n0,-5\n10,12\n20,14\n");
        r = Petrobench.run(workspace, "ptpath", "--profile", profile.toString(), "--out", workspace.resolve("p").toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals("petrobench ptpath: " + profile + ": line 2, column 'Zrn.Ti_ppm': expected a concentration ≥ 0, found -5.0",
                r.err().strip(), r.toString());
        assertFalse(java.nio.file.Files.exists(workspace.resolve("p")), r.toString());
    }
}
