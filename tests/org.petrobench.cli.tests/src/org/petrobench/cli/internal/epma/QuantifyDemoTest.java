package org.petrobench.cli.internal.epma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quantify --demo} through the command class with the installed DS implementations made
 * by hand (no OSGi), then {@code profile} and {@code bulk} on its output; and a ragged count matrix
 * (EPMA.md §13 T4) giving exit 2 with no output folder. The cli bundle sees no engine classes, so
 * the implementations are found by class name: on the plain classpath of devtest.sh they are
 * there; in the Tycho OSGi run (where the cli fragment cannot see them, and JUnit assumptions
 * would need opentest4j) the tests return early with a note on stdout.
 */
class QuantifyDemoTest {

    @TempDir
    Path tmp;
    private final EpmaBatchRig rig = new EpmaBatchRig();

    @Test
    void demoQuantifiesAndFeedsProfileAndBulk() throws Exception {
        Path q = tmp.resolve("demo");
        int code = rig.run("quantify", "--demo", "--out", q.toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(0, code, rig.err());
        for (String f : List.of("summary.csv", "phase-map.csv", "membership/Ol.csv", "membership/Qtz.csv", "wt/SiO2.csv", "wt/MgO.csv",
                "wt/Total.csv", "se/SiO2.csv", "parameters.csv", "spots.csv", "run.json")) {
            assertTrue(Files.isRegularFile(q.resolve(f)), f);
        }
        // T1 truths of EPMA.md §13: Ol SiO2 42.71, MgO 57.29; Qtz SiO2 100 (within 0.5 wt%)
        List<String> summary = Files.readAllLines(q.resolve("summary.csv"));
        List<String> header = List.of(summary.get(0).split(","));
        for (String line : summary.subList(1, summary.size())) {
            String[] f = line.split(",");
            double si = Double.parseDouble(f[header.indexOf("SiO2_mean")]);
            assertEquals(f[0].equals("Ol") ? 42.71 : 100, si, 0.5, f[0]);
        }
        Path regions = tmp.resolve("regions.csv");
        Files.writeString(regions, "name,region\nwhole,\"rect:0,0,99,99\"\n");
        Path bulk = tmp.resolve("bulk.csv");
        assertEquals(0, rig.run("bulk", "--quantified", q.toString(), "--regions", regions.toString(), "--out", bulk.toString()),
                rig.err());
        List<String> b = Files.readAllLines(bulk);
        assertTrue(b.get(0).startsWith("sample,SiO2_wt%,MgO_wt%,SiO2_sd,MgO_sd,density_g_cm3"), b.get(0));
        // 90 % olivine (3.32) and 10 % quartz (2.65) by area: SiO2 = (0.9·3.32·42.71 + 0.1·2.65·100)/(0.9·3.32 + 0.1·2.65)
        double expected = (0.9 * 3.32 * 42.71 + 0.1 * 2.65 * 100) / (0.9 * 3.32 + 0.1 * 2.65);
        assertEquals(expected, Double.parseDouble(b.get(1).split(",")[1]), 0.5);
        Path profile = tmp.resolve("ol.csv");
        assertEquals(0, rig.run("profile", "--quantified", q.toString(), "--line", "0,50,99,50", "--host", "Ol", "--out", profile.toString()),
                rig.err());
        assertTrue(Files.readAllLines(profile).get(0).equals("distance_um,Ol.SiO2,Ol.MgO"));
    }

    @Test
    void raggedCountsExitTwoAndLeaveNoOutputFolder() throws Exception {
        Path maps = Files.createDirectories(tmp.resolve("maps"));
        Files.writeString(maps.resolve("Si.csv"), "1,2,3\n4,5,6\n7,8\n");
        Files.writeString(maps.resolve("conditions_xmap.csv"),
                "Element,File path,Instrument,Dwell [msec],Probe current [A],Start X [mm],Start Y [mm],Step size [um],Steps X,Steps Y,dead time [ns]\n"
                        + "Si,Si.csv,test,10,1e-7,0,0,1,3,3,0\n");
        Path spots = Files.createDirectories(tmp.resolve("spots"));
        Files.writeString(spots.resolve("conditions_qnt.csv"), "Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\nSiO2,Si,1,1,10,5\n");
        Files.writeString(spots.resolve("spot-analyses.csv"), "id,phase,x_mm,y_mm,current_A,SiO2_wt,SiO2_net,SiO2_bgm,SiO2_bgp\n1,Qtz,0,0,1e-8,100,500,10,10\n");
        Path o = tmp.resolve("out");
        int code = rig.run("quantify", "--maps", maps.resolve("conditions_xmap.csv").toString(), "--spots", spots.toString(), "--out",
                o.toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(2, code);
        String e = rig.err().strip();
        List<String> lines = e.lines().filter(l -> !l.startsWith("warning") && !l.contains("%")).toList();
        assertEquals(1, lines.size(), e);
        assertTrue(lines.get(0).contains("Si.csv") && lines.get(0).contains("line 3"), e);
        assertFalse(Files.exists(o));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "staging folder left behind");
        }
    }
}
