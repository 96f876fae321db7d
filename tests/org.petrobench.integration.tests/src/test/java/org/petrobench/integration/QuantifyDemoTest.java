package org.petrobench.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quantify --demo} on the bundled example (qntmap, Yasumoto et al. 2018): the phase means
 * and modes of the published ground truth (EPMA.md §13 T1), and every file CLI.md names.
 */
class QuantifyDemoTest {

    @TempDir
    Path workspace;

    @Test
    void demoReproducesTheGroundTruthAndWritesEveryFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("quantified");
        Petrobench.Run r = Petrobench.run(workspace, "quantify", "--demo", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        CsvFile summary = CsvFile.read(out.resolve("summary.csv"));
        assertEquals(100.0, summary.number("Qtz", "SiO2_mean"), 0.5);
        assertEquals(0.0, summary.number("Qtz", "MgO_mean"), 0.5);
        assertEquals(42.71, summary.number("Ol", "SiO2_mean"), 0.5);
        assertEquals(57.29, summary.number("Ol", "MgO_mean"), 0.5);
        assertEquals(0.90, summary.number("Ol", "modal_fraction"), 0.01);
        assertEquals(0.10, summary.number("Qtz", "modal_fraction"), 0.01);
        for (String f : new String[] { "phase-map.csv", "membership/Ol.csv", "membership/Qtz.csv", "wt/SiO2.csv", "wt/MgO.csv",
                "wt/Total.csv", "se/SiO2.csv", "se/Total.csv", "parameters.csv", "spots.csv", "run.json" }) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " missing");
        }
        assertEquals(100, Files.readAllLines(out.resolve("wt/SiO2.csv")).size());
        String run = Files.readString(out.resolve("run.json"));
        assertTrue(run.contains("\"geometry\"") && run.contains("\"lines\"") && run.contains("\"step_line_um\""), run);
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "only the output folder, no staging leftovers");
        }
    }

    @Test
    void relativePathsAreResolvedAgainstTheUsersWorkingDirectory(@TempDir Path tmp) throws Exception {
        Petrobench.Run r = Petrobench.runIn(tmp, workspace, java.util.Map.of(), "quantify", "--demo", "--out", "relative-out");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("relative-out/summary.csv")), r.toString());
    }

    @Test
    void badInputExitsTwoAndLeavesNoOutputFolder(@TempDir Path tmp) throws Exception {
        Path maps = tmp.resolve("maps");
        Files.createDirectories(maps);
        Files.writeString(maps.resolve("1_map.txt"), "1 2 3\n4 -5 6\n");
        Path out = tmp.resolve("never");
        Petrobench.Run r = Petrobench.run(workspace, "quantify", "--maps", maps.toString(), "--spots", maps.toString(),
                "--out", out.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertFalse(Files.exists(out), "no partial output folder");
    }
}
