package org.petrobench.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./petrobench} opens the workbench: started with the snapshot switch, the running
 * workbench reports its window and perspectives and saves a screenshot of each, then closes.
 */
class WorkbenchWindowTest {

    @Test
    void workbenchWindowAndPerspectivesAppear(@TempDir Path workspace, @TempDir Path snapshot) throws Exception {
        String display = System.getenv("DISPLAY");
        Assumptions.assumeTrue(display != null && !display.isEmpty(), "needs an X display (xvfb-run)");
        Petrobench.Run r = Petrobench.run(workspace, Map.of("PETROBENCH_JAVA_OPTS", "-Dpetrobench.snapshot=" + snapshot));
        assertEquals(0, r.exit(), r.toString());
        Path report = snapshot.resolve("workbench.txt");
        assertTrue(Files.exists(report), "no workbench report: " + r);
        List<String> lines = Files.readAllLines(report);
        assertTrue(lines.get(0).startsWith("window\tPetroBench\tvisible=true"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("perspective\torg.petrobench.ui.perspective.data\t")
                && l.contains("Welcome") && l.contains("Data")), lines.toString());
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        for (String line : lines) {
            if (line.startsWith("perspective\t")) {
                String id = line.split("\t")[1];
                Path png = snapshot.resolve(id + ".png");
                assertTrue(Files.size(png) > 10_000, "screenshot of " + id + " is (nearly) empty");
                Files.copy(png, screenshots.resolve(id + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
