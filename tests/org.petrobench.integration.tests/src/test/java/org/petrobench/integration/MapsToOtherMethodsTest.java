package org.petrobench.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain of the mission in batch mode: maps → quantified maps → local bulk compositions →
 * mass transfer, and maps → a profile along a transect (CLI.md "From maps to the other methods").
 */
class MapsToOtherMethodsTest {

    @TempDir
    static Path tmp;

    static Path quantified;

    @BeforeAll
    static void quantifyTheDemo() throws Exception {
        quantified = tmp.resolve("quantified");
        Petrobench.Run r = Petrobench.run(tmp.resolve("ws"), "quantify", "--demo", "--out", quantified.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void bulkCompositionsOfRegionsFeedTheIsoconSolver() throws Exception {
        Path regions = tmp.resolve("regions.csv");
        Files.writeString(regions, "name,region\nWest,\"rect:0,0,99,49\"\nEast,\"rect:0,50,99,99\"\n");
        Path bulk = tmp.resolve("bulk.csv");
        Petrobench.Run r = Petrobench.run(tmp.resolve("ws"), "bulk", "--quantified", quantified.toString(), "--regions",
                regions.toString(), "--out", bulk.toString());
        assertEquals(0, r.exit(), r.toString());
        CsvFile table = CsvFile.read(bulk);
        assertEquals("sample", table.header().get(0));
        assertTrue(table.header().contains("SiO2_wt%") && table.header().contains("density_g_cm3"), table.header().toString());
        double west = table.number("West", "SiO2_wt%");
        assertTrue(west > 42.71 - 0.5 && west < 100.5, "bulk SiO2 between olivine and quartz: " + west);

        Path out = tmp.resolve("isocon");
        r = Petrobench.run(tmp.resolve("ws"), "isocon", "--data", bulk.toString(), "--protolith", "West", "--method",
                "grant", "--immobile", "MgO", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        CsvFile massChange = CsvFile.read(out.resolve("mass-change.csv"));
        double ratio = massChange.number("East", "mass_ratio");
        assertTrue(ratio > 0.5 && ratio < 2, "mass ratio " + ratio);
        assertTrue(Files.isRegularFile(out.resolve("transfer.csv")) && Files.isRegularFile(out.resolve("run.json")));
    }

    @Test
    void aTransectBecomesAProfileInThePtPathInputFormat() throws Exception {
        Path profile = tmp.resolve("profile.csv");
        Petrobench.Run r = Petrobench.run(tmp.resolve("ws"), "profile", "--quantified", quantified.toString(), "--line",
                "5,50,95,50", "--host", "Ol", "--width", "3", "--out", profile.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = Files.readAllLines(profile);
        assertEquals("distance_um", lines.get(0).split(",")[0], lines.get(0));
        assertTrue(lines.get(0).contains("Ol."), lines.get(0));
        assertTrue(lines.size() > 10, "stations along 90 px: " + lines.size());
    }
}
