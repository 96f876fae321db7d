package org.petrobench.cli.internal.epma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.cli.internal.Batch;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.CalibrationParameters.Row;
import org.petrobench.epma.CalibrationParameters.Source;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.format.DemoDataset;
import org.petrobench.epma.io.ParametersCsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Batch-mode audit of {@code quantify}: a bad {@code --out} fails before any reading; a phase list
 * naming a spot the data lacks is exit 2 naming the list, its line and the id (EPMA.md §3.9, §13
 * T4); run.json records the resolved threads and the centres, so that {@code --method-file
 * run.json} quantifies a map without {@code --spots} (CLI.md, EPMA.md §8.5); parameters.csv reads
 * back bit for bit. Runs through {@link EpmaBatchRig}: the implementations are found by
 * class name and the tests return early where they are not visible (the OSGi run).
 */
class QuantifyBatchAuditTest {

    @TempDir
    Path tmp;
    private final EpmaBatchRig rig = new EpmaBatchRig();

    private String errorLines() {
        return String.join("\n", rig.err().lines()
                .filter(l -> !l.startsWith("warning") && !l.contains("%")).toList());
    }

    @Test
    void anOutputFileIsRejectedBeforeTheMapsAreRead() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        // the maps folder does not exist either: the --out check must come first
        int code = rig.run("quantify", "--maps", tmp.resolve("no-such-maps").toString(), "--spots", tmp.resolve("no-such-spots").toString(),
                "--out", file.toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(2, code);
        assertEquals("petrobench quantify: " + file + ": expected an output folder, found a file", errorLines());
    }

    @Test
    void aPhaseListNamingAnAbsentSpotIsExitTwo() throws Exception {
        Path phases = tmp.resolve("phases.csv");
        Files.writeString(phases, "id,phase,use\n1,Qtz,true\nno-such-spot,Ol,true\n2,Qtz,true\n");
        Path o = tmp.resolve("out");
        int code = rig.run("quantify", "--demo", "--phases", phases.toString(), "--out", o.toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(2, code, rig.err());
        String e = errorLines();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("petrobench quantify: " + phases + ": line 3, column 'id'") && e.contains("'no-such-spot'"), e);
        assertFalse(Files.exists(o));
    }

    /** The same check for the phase list of a method file. */
    @Test
    void aMethodFilePhaseListNamingAnAbsentSpotIsExitTwo() throws Exception {
        Path method = tmp.resolve("method.json");
        Files.writeString(method, "{\"settings\": {\"phases\": [{\"id\": \"1\", \"phase\": \"Qtz\", \"use\": true},"
                + " {\"id\": \"99x\", \"phase\": \"Ol\", \"use\": true}]}}");
        int code = rig.run("quantify", "--demo", "--method-file", method.toString(), "--out", tmp.resolve("out").toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(2, code, rig.err());
        String e = errorLines();
        assertTrue(e.startsWith("petrobench quantify: " + method + ": field 'settings.phases[1].id'") && e.contains("'99x'"), e);
    }

    @Test
    void runJsonQuantifiesASecondMapWithoutSpots() throws Exception {
        Path first = tmp.resolve("first");
        int code = rig.run("quantify", "--demo", "--out", first.toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(0, code, rig.err());
        JsonNode runJson = new ObjectMapper().readTree(first.resolve("run.json").toFile());
        JsonNode settings = runJson.get("settings");
        assertEquals(Runtime.getRuntime().availableProcessors(), settings.get("threads").asInt(), "resolved threads");
        assertEquals(List.of("Ol", "Qtz"), names(settings.get("centres")));
        assertEquals("", settings.get("fixedParameters").asText(), "a re-run with spots fits anew");
        assertFalse(runJson.has("seed"), "no --seed given, none recorded");

        // the same acquisition as a "second map": maps only, calibration and centres from the first run
        Path maps = ((DemoDataset) EpmaBatchRig.make(EpmaBatchRig.DEMO)).maps();
        Path second = tmp.resolve("second");
        code = rig.run("quantify", "--maps", maps.toString(), "--method-file", first.resolve("run.json").toString(), "--out",
                second.toString());
        assertEquals(0, code, rig.err());
        List<String> parameters = Files.readAllLines(second.resolve("parameters.csv"));
        assertTrue(parameters.subList(1, parameters.size()).stream().allMatch(l -> l.endsWith(",fixed")), parameters.toString());
        JsonNode secondSettings = new ObjectMapper().readTree(second.resolve("run.json").toFile()).get("settings");
        assertEquals(first.resolve("parameters.csv").toAbsolutePath().normalize().toString(),
                secondSettings.get("fixedParameters").asText());
        // same map, same centres, the same α, β′, γ read back exactly: the same phases and contents
        for (String f : List.of("phase-map.csv", "wt/SiO2.csv", "wt/MgO.csv", "wt/Total.csv", "membership/Ol.csv")) {
            assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
        }
        // and the T1 truths of EPMA.md §13 (Ol SiO2 42.71 wt%, Qtz 100 wt%) hold without any spot
        List<String> summary = Files.readAllLines(second.resolve("summary.csv"));
        List<String> header = List.of(summary.get(0).split(","));
        for (String line : summary.subList(1, summary.size())) {
            String[] f = line.split(",");
            assertEquals(f[0].equals("Ol") ? 42.71 : 100, Double.parseDouble(f[header.indexOf("SiO2_mean")]), 0.5, f[0]);
        }
    }

    /** CLI.md: a run is re-runnable with --method-file run.json, the dead time it applied included. */
    @Test
    void runJsonRepeatsTheDeadTimeOfTheRun() throws Exception {
        Path first = tmp.resolve("tau");
        int code = rig.run("quantify", "--demo", "--dead-time-ns", "300", "--out", first.toString());
        if (EpmaBatchRig.skipped(code, getClass())) {
            return;
        }
        assertEquals(0, code, rig.err());
        Path again = tmp.resolve("tau-again");
        code = rig.run("quantify", "--demo", "--method-file", first.resolve("run.json").toString(), "--out", again.toString());
        assertEquals(0, code, rig.err());
        Path none = tmp.resolve("no-tau");
        code = rig.run("quantify", "--demo", "--out", none.toString());
        assertEquals(0, code, rig.err());
        assertEquals(Files.readString(first.resolve("wt/MgO.csv")), Files.readString(again.resolve("wt/MgO.csv")));
        assertFalse(Files.readString(first.resolve("wt/MgO.csv")).equals(Files.readString(none.resolve("wt/MgO.csv"))),
                "300 ns of dead time changes the counts, so the test can tell");
    }

    private static List<String> names(JsonNode centres) {
        List<String> n = new ArrayList<>();
        centres.forEach(c -> n.add(c.get("phase").asText()));
        return n;
    }

    /** parameters.csv (§10: shortest round-trip, here without exponent) reads back to the same doubles. */
    @Test
    void parametersCsvReadsBackBitForBit() throws Exception {
        Random random = new Random(20261125);
        List<QuantifiedElement> elements = List.of(new QuantifiedElement("Si", "SiO2"), new QuantifiedElement("Mg", "MgO"));
        List<String> phases = List.of("Ol", "Qtz", "Grt_core");
        int ne = elements.size();
        int nk = phases.size();
        double[][] alpha = new double[ne][nk], alphaSe = new double[ne][nk], gamma = new double[ne][nk], gammaSe = new double[ne][nk];
        double[] beta = new double[ne], betaSe = new double[ne];
        int[][] n = new int[ne][nk];
        Source[][] source = new Source[ne][nk];
        for (int e = 0; e < ne; e++) {
            beta[e] = Math.exp(random.nextGaussian() * 3);
            betaSe[e] = 1.0112696667816146E-4; // the audit's example
            for (int k = 0; k < nk; k++) {
                // magnitudes from 1e-12 to 1e12, and exact integers
                alpha[e][k] = Math.pow(10, random.nextInt(25) - 12) * random.nextDouble();
                alphaSe[e][k] = Math.ulp(alpha[e][k]) * random.nextInt(1000);
                gamma[e][k] = k == 0 ? 0 : Math.scalb(random.nextDouble(), random.nextInt(80) - 40);
                gammaSe[e][k] = k == 1 ? 25 : -Math.scalb(random.nextDouble(), -30);
                n[e][k] = random.nextInt(50);
                source[e][k] = Source.FITTED;
            }
        }
        CalibrationParameters p = new CalibrationParameters(elements, phases, 1, alpha, alphaSe, new boolean[ne][nk], gamma, gammaSe,
                new boolean[ne][nk], beta, betaSe, n, source);
        StringWriter w = new StringWriter();
        ParametersCsv.write(p, w);
        String text = w.toString();
        assertFalse(text.contains("E") || text.contains("e-") || text.contains("e+"), text);
        assertTrue(text.contains(",0.00010112696667816146,"), text);
        Path file = Files.writeString(tmp.resolve("parameters.csv"), text);
        List<Row> back = ParametersCsv.read(file).rows();
        List<Row> rows = p.rows();
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = back.get(i);
            assertEquals(new Row(a.oxide(), a.element(), a.phase(), a.alpha(), a.alphaSe(), a.beta(), a.betaSe(), a.gamma(), a.gammaSe(),
                    a.nSpots(), Source.FIXED), b, "row " + i);
        }
    }
}
