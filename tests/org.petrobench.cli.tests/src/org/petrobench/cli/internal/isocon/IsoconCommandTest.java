package org.petrobench.cli.internal.isocon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.ServiceLookup;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.ImmobileSet;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.Uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./petrobench isocon}: files, run.json, method-file round trip and exit code 2 with a
 * message naming line and column for bad input. The cli bundle sees no engine classes, so the
 * solver here is a constant-mass test double (r = 1); the real solvers are tested in the
 * engine's fragment and through OSGi.
 */
class IsoconCommandTest {

    /** r_j = 1 for every sample: the constant-mass reference of ISOCON.md §4d. */
    static final class ConstantMass implements IsoconSolver {
        @Override
        public String id() {
            return "test-constant-mass";
        }

        @Override
        public String name() {
            return "constant mass (test)";
        }

        @Override
        public String reference() {
            return "test double";
        }

        @Override
        public IsoconSolution solve(IsoconProblem p, IsoconSettings s, Monitor monitor) {
            double[] r = new double[p.sampleCount()];
            Arrays.fill(r, 1);
            double[] c0 = p.protolithMean();
            MassTransfer t = MassTransfer.of(c0, p.protolithDensity(), p.alteredValues(), p.densities(), r);
            boolean[] use = new boolean[p.sampleCount() * p.componentCount()];
            Arrays.fill(use, true);
            return new IsoconSolution(id(), p, s.withMethod(id()), t, Uncertainty.none(r.length, c0.length),
                    new ImmobileSet(p.components(), new boolean[c0.length], MassTransfer.mobility(c0, p.alteredValues(), use, r),
                            new double[c0.length]),
                    List.of(), Map.of("objective", 0.0), new Diagnostics());
        }
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ServiceLookup services = new ServiceLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> all(Class<T> type) {
                List<T> list = new ArrayList<>();
                if (type == BatchCommand.class) {
                    list.add((T) new IsoconCommand());
                } else if (type == IsoconSolver.class) {
                    list.add((T) new ConstantMass());
                }
                return list;
            }
        };
        return new Batch(services, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                "test").run(List.of(args));
    }

    private static Path data(Path dir, String csv) throws Exception {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void writesTheDocumentedFilesAndARerunnableRunJson(@TempDir Path dir) throws Exception {
        Path in = data(dir, "sample,SiO2_wt%,Zr_ppm,density_g_cm3\nP1,60,200,2.7\nP2,62,210,2.7\nA1,72,160,2.6\n");
        Path out = dir.resolve("out");
        assertEquals(0, run("isocon", "--data", in.toString(), "--protolith", "P1,P2", "--out", out.toString(), "--method",
                "test-constant-mass", "--bootstrap", "10", "--seed", "5"), err.toString());
        assertEquals(List.of("mass-change.csv", "immobile.csv", "run.json", "transfer.csv").stream().sorted().toList(),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals("sample,mass_ratio,mass_ratio_sd,isocon_slope,volume_ratio", Files.readAllLines(out.resolve("mass-change.csv")).get(0));
        assertEquals("A1,1,,1,1.03846", Files.readAllLines(out.resolve("mass-change.csv")).get(1));
        assertEquals("A1,SiO2,wt%,11,,0.180328,,", Files.readAllLines(out.resolve("transfer.csv")).get(1));
        JsonNode runJson = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("test-constant-mass", runJson.get("settings").get("method").asText());
        assertEquals(10, runJson.get("settings").get("bootstrap").asInt());
        assertEquals(5, runJson.get("settings").get("seed").asLong());
        assertEquals("test-constant-mass", runJson.get("services").get(0).get("id").asText());
        assertEquals(64, runJson.get("inputs").get(0).get("sha256").asText().length());
        Path again = dir.resolve("again");
        assertEquals(0, run("isocon", "--data", in.toString(), "--protolith", "P1,P2", "--out", again.toString(), "--method-file",
                out.resolve("run.json").toString()), err.toString());
        assertEquals(Files.readAllLines(out.resolve("transfer.csv")), Files.readAllLines(again.resolve("transfer.csv")));
        assertEquals(10, new ObjectMapper().readTree(again.resolve("run.json").toFile()).get("settings").get("bootstrap").asInt());
    }

    @Test
    void badInputsExitWithCodeTwoNamingLineAndColumn(@TempDir Path dir) throws Exception {
        String[][] cases = {
                { "sample,SiO2_wt%,Zr_ppm\nP1,60,200\nA1,72,x1\n", "P1",
                        "petrobench isocon: " + dir.resolve("data.csv") + ": line 3, column 'Zr_ppm': expected a concentration" },
                { "sample,SiO2_wt%,Zr_ppm\nP1,60,200\nA1,-2,100\n", "P1", "line 3, column 'SiO2_wt%': expected a concentration >= 0" },
                { "sample,SiO2_wt%,Zr_ppm\nP1,60,200\nA1,72,100\n", "P7", "--protolith: no sample 'P7'" },
                { "sample,SiO2_wt%,Zr_ppm,Zr_wt%_sd\nP1,60,200,1\nA1,72,100,1\n", "P1",
                        "line 1, column 'Zr_wt%_sd': expected the unit ppm of column 'Zr_ppm', found wt%" },
                { "sample,SiO2_wt%,Zr_ppm\nP1,60,200\nA1,72,\n", "P1", "line 3, column 'Zr_ppm': expected a value, found an empty field" }, };
        for (String[] c : cases) {
            err.reset();
            Path in = data(dir, c[0]);
            Path out = dir.resolve("bad");
            assertEquals(2, run("isocon", "--data", in.toString(), "--protolith", c[1], "--out", out.toString(), "--method",
                    "test-constant-mass"), c[0]);
            String message = err.toString().trim();
            assertTrue(message.contains(c[2]), message);
            assertFalse(message.contains("\n"), "one line: " + message);
            assertFalse(Files.exists(out), "no partial output");
        }
        err.reset();
        Path in = data(dir, "sample,SiO2_wt%,Zr_ppm\nP1,60,200\nA1,72,\n");
        assertEquals(0, run("isocon", "--data", in.toString(), "--protolith", "P1", "--out", dir.resolve("ok").toString(),
                "--method", "test-constant-mass", "--missing", "pairwise"), err.toString());
        assertEquals(2, run("isocon", "--data", in.toString(), "--protolith", "P1", "--out", dir.resolve("ok").toString(),
                "--method", "nope"));
    }

    @Test
    void auditedOutputAndMethodFileProblemsAreExitTwoNamingTheFile(@TempDir Path dir) throws Exception {
        Path in = data(dir, "sample,SiO2_wt%,Zr_ppm\nP1,60,200\nA1,72,160\n");
        Path file = Files.writeString(dir.resolve("afile"), "x");
        err.reset();
        assertEquals(2, run("isocon", "--data", in.toString(), "--protolith", "P1", "--out", file.toString(), "--method",
                "test-constant-mass"));
        assertEquals("petrobench isocon: " + file + ": expected an output folder, found a file", err.toString().strip());
        // a typo in a method file was silently replaced by the default
        Path method = Files.writeString(dir.resolve("m.json"), "{\"method\": \"test-constant-mass\", \"bootstrapp\": 5}");
        err.reset();
        assertEquals(2, run("isocon", "--data", in.toString(), "--protolith", "P1", "--out", dir.resolve("o").toString(),
                "--method-file", method.toString()));
        assertTrue(err.toString().startsWith("petrobench isocon: " + method + ": field 'bootstrapp': unknown setting"), err.toString());
        assertFalse(Files.exists(dir.resolve("o")));
        // an out-of-range value from the method file names the file
        Files.writeString(method, "{\"method\": \"test-constant-mass\", \"q\": 7}");
        err.reset();
        assertEquals(2, run("isocon", "--data", in.toString(), "--protolith", "P1", "--out", dir.resolve("o").toString(),
                "--method-file", method.toString()));
        assertEquals("petrobench isocon: " + method + ": field 'q': expected a value in (0, 1]", err.toString().strip());
    }
}
