package org.petrobench.cli.internal.epma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.ServiceLookup;

/**
 * {@code profile} and {@code bulk} on a small quantify folder written here by hand (4 lines × 6
 * columns, 2 µm steps; garnet zoned along x in columns 0–3, quartz in 4–5), with truths computed
 * here from the same numbers; and EPMA.md §13 T4 bad input through the commands: exit 2, one line
 * naming the file and the line/field, no output left behind.
 */
class ProfileBulkCommandTest {

    static final String[] OXIDES = { "SiO2", "Al2O3", "FeO", "MnO", "MgO", "CaO" };
    static final String[] ELEMENTS = { "Si", "Al", "Fe", "Mn", "Mg", "Ca" };
    /** Molar masses of PT.md §1 (IUPAC abridged). */
    static final double M_FEO = 71.844, M_MNO = 70.937, M_MGO = 40.304, M_CAO = 56.077;
    static final int LINES = 4, COLUMNS = 6;

    @TempDir
    Path tmp;
    Path q;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Garnet at column c: FeO 30 + c, MgO 4 − 0.5c, CaO 3, MnO 2 + 0.25c. */
    static double[] garnet(int c) {
        return new double[] { 37.5, 21, 30 + c, 2 + 0.25 * c, 4 - 0.5 * c, 3 };
    }

    static double pGrt(int c) {
        return c <= 2 ? 1 : c == 3 ? 0.75 : 0;
    }

    @BeforeEach
    void folder() throws Exception {
        q = tmp.resolve("quantified");
        Files.createDirectories(q.resolve("wt"));
        Files.createDirectories(q.resolve("se"));
        Files.createDirectories(q.resolve("membership"));
        for (int e = 0; e < OXIDES.length; e++) {
            StringBuilder wt = new StringBuilder();
            StringBuilder se = new StringBuilder();
            for (int l = 0; l < LINES; l++) {
                for (int c = 0; c < COLUMNS; c++) {
                    if (c > 0) {
                        wt.append(',');
                        se.append(',');
                    }
                    double p = pGrt(c);
                    double v = p * garnet(c)[e] + (1 - p) * (e == 0 ? 100 : 0);
                    wt.append(String.format(Locale.ROOT, "%.4f", v));
                    se.append("0.5000");
                }
                wt.append('\n');
                se.append('\n');
            }
            Files.writeString(q.resolve("wt/" + OXIDES[e] + ".csv"), wt);
            Files.writeString(q.resolve("se/" + OXIDES[e] + ".csv"), se);
        }
        StringBuilder g = new StringBuilder(), z = new StringBuilder(), map = new StringBuilder();
        for (int l = 0; l < LINES; l++) {
            for (int c = 0; c < COLUMNS; c++) {
                String sep = c > 0 ? "," : "";
                g.append(sep).append(String.format(Locale.ROOT, "%.4f", pGrt(c)));
                z.append(sep).append(String.format(Locale.ROOT, "%.4f", 1 - pGrt(c)));
                map.append(sep).append(pGrt(c) >= 0.5 ? "Grt" : "Qtz");
            }
            g.append('\n');
            z.append('\n');
            map.append('\n');
        }
        Files.writeString(q.resolve("membership/Grt.csv"), g);
        Files.writeString(q.resolve("membership/Qtz.csv"), z);
        Files.writeString(q.resolve("phase-map.csv"), map);
        StringBuilder par = new StringBuilder("oxide,element,phase,alpha,alpha_se,beta,beta_se,gamma,gamma_se,n_spots,source\n");
        for (int e = 0; e < OXIDES.length; e++) {
            for (String ph : List.of("Grt", "Qtz")) {
                par.append(OXIDES[e]).append(',').append(ELEMENTS[e]).append(',').append(ph)
                        .append(",1.0E-4,1.0E-6,1.05,0.002,300,5,10,fitted\n");
            }
        }
        Files.writeString(q.resolve("parameters.csv"), par);
        Files.writeString(q.resolve("run.json"), """
                {"command":"quantify","geometry":{"lines":4,"columns":6,"step_line_um":2.0,"step_column_um":2.0,
                 "start_mm":[0,0,0],"line_axis":"X","column_axis":"Y"},"exposureSecUA":0.005,
                 "phaseOrder":["Grt","Qtz"],"membershipKind":"posterior"}
                """);
    }

    private int run(String... args) {
        ServiceLookup services = new ServiceLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> all(Class<T> type) {
                return type == BatchCommand.class ? (List<T>) List.of(new ProfileCommand(), new BulkCommand()) : List.of();
            }
        };
        return new Batch(services, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "test").run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private static List<String[]> csv(Path f) throws Exception {
        return Files.readAllLines(f).stream().map(l -> l.split(",", -1)).toList();
    }

    @Test
    void profileWritesGarnetEndMembersAlongTheLineAndTheWithPhase() throws Exception {
        Path out = tmp.resolve("profile.csv");
        assertEquals(0, run("profile", "--quantified", q.toString(), "--line", "0,1,5,1", "--host", "Grt", "--out", out.toString(),
                "--width", "3", "--with", "Qtz=rect:4,0,5,3"), err());
        List<String[]> rows = csv(out);
        assertEquals(List.of("distance_um", "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps", "Qtz.SiO2", "Qtz.Al2O3", "Qtz.FeO",
                "Qtz.MnO", "Qtz.MgO", "Qtz.CaO"), List.of(rows.get(0)));
        assertEquals(1 + 6, rows.size()); // stations every 2 µm over 10 µm
        for (int c = 0; c < 6; c++) {
            String[] r = rows.get(1 + c);
            assertEquals(2.0 * c, Double.parseDouble(r[0]), 1e-9);
            if (pGrt(c) < 0.5) {
                assertEquals("", r[1], "no host pixel at column " + c);
            } else {
                // the mixed column 3 carries the mixture's wt (membership-weighted quantification, §8)
                double p = pGrt(c);
                double[] w = garnet(c);
                double fe = p * w[2] / M_FEO, mn = p * w[3] / M_MNO, mg = p * w[4] / M_MGO, ca = p * w[5] / M_CAO;
                double sum = fe + mn + mg + ca;
                assertEquals(fe / sum, Double.parseDouble(r[1]), 2e-6, "Xalm at column " + c);
                assertEquals(mg / sum, Double.parseDouble(r[2]), 2e-6);
                assertEquals(ca / sum, Double.parseDouble(r[3]), 2e-6);
                assertEquals(mn / sum, Double.parseDouble(r[4]), 2e-6);
            }
            assertEquals(100 * 0 + 100, Double.parseDouble(r[5]), 1e-6, "Qtz mean over its region on every row");
        }
        assertTrue(Files.exists(tmp.resolve("profile.csv.run.json")));
    }

    @Test
    void bulkIsTheDensityWeightedMeanForRectanglesAndMaskColours() throws Exception {
        Path regions = tmp.resolve("regions.csv");
        Files.writeString(regions, "name,region\nall,\"rect:0,0,5,3\"\nleft,\"rect:0,0,2,3\"\n");
        Path out = tmp.resolve("bulk.csv");
        assertEquals(0, run("bulk", "--quantified", q.toString(), "--regions", regions.toString(), "--out", out.toString()), err());
        List<String[]> rows = csv(out);
        assertEquals("sample", rows.get(0)[0]);
        assertEquals("SiO2_wt%", rows.get(0)[1]);
        assertEquals("SiO2_sd", rows.get(0)[1 + OXIDES.length]);
        assertEquals("density_g_cm3", rows.get(0)[1 + 2 * OXIDES.length]);
        double[] all = expected(0, 5);
        String[] r = rows.get(1);
        assertEquals("all", r[0]);
        for (int e = 0; e < OXIDES.length; e++) {
            assertEquals(all[e], Double.parseDouble(r[1 + e]), 2e-4, OXIDES[e]);
            double sd = Double.parseDouble(r[1 + OXIDES.length + e]);
            assertTrue(sd > 0 && sd < 1, OXIDES[e] + " sd " + sd);
        }
        assertEquals(all[OXIDES.length], Double.parseDouble(r[1 + 2 * OXIDES.length]), 1e-4);
        assertEquals(4.19, Double.parseDouble(rows.get(2)[1 + 2 * OXIDES.length]), 1e-9);
        // a mask: columns 0-2 red, 3-5 blue
        BufferedImage img = new BufferedImage(COLUMNS, LINES, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < LINES; y++) {
            for (int x = 0; x < COLUMNS; x++) {
                img.setRGB(x, y, x <= 2 ? 0xFFFF0000 : 0xFF0000FF);
            }
        }
        Path png = tmp.resolve("mask.png");
        ImageIO.write(img, "png", png.toFile());
        Path out2 = tmp.resolve("bulk-mask.csv");
        assertEquals(0, run("bulk", "--quantified", q.toString(), "--mask", png.toString(), "--out", out2.toString()), err());
        List<String[]> m = csv(out2);
        assertEquals("#FF0000", m.get(1)[0]);
        assertEquals("#0000FF", m.get(2)[0]);
        double[] right = expected(3, 5);
        assertEquals(right[2], Double.parseDouble(m.get(2)[3]), 2e-4, "FeO right half");
    }

    /** Σ ρ_i wt_i / Σ ρ_i over columns c0..c1 of all lines, ρ_i = P ρ_Grt + (1 − P) ρ_Qtz; last = mean ρ. */
    private static double[] expected(int c0, int c1) {
        double[] s = new double[OXIDES.length + 1];
        double rs = 0;
        int n = 0;
        for (int c = c0; c <= c1; c++) {
            double p = pGrt(c);
            double rho = p * 4.19 + (1 - p) * 2.65;
            for (int e = 0; e < OXIDES.length; e++) {
                double wt = Double.parseDouble(String.format(Locale.ROOT, "%.4f", p * garnet(c)[e] + (1 - p) * (e == 0 ? 100 : 0)));
                s[e] += LINES * rho * wt;
            }
            rs += LINES * rho;
            n += LINES;
        }
        for (int e = 0; e < OXIDES.length; e++) {
            s[e] /= rs;
        }
        s[OXIDES.length] = rs / n;
        return s;
    }

    private void assertBadInput(String file, String where, String... args) throws Exception {
        err.reset();
        assertEquals(2, run(args), err());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains(file), err());
        assertTrue(err().contains(where), err());
        try (Stream<Path> s = Files.list(tmp)) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("out") || n.startsWith(".out")).toList();
            assertTrue(left.isEmpty(), "left behind: " + left);
        }
    }

    @Test
    void badInputExitsTwoWithOneLineNamingFileAndPlaceAndLeavesNothing() throws Exception {
        Path regions = tmp.resolve("regions.csv");
        Files.writeString(regions, "name,region\nall,\"rect:0,0,5,3\"\n");
        String out = tmp.resolve("out.csv").toString();
        String[] bulk = { "bulk", "--quantified", q.toString(), "--regions", regions.toString(), "--out", out };
        String[] profile = { "profile", "--quantified", q.toString(), "--line", "0,1,5,1", "--host", "Grt", "--out", out };
        // ragged wt matrix
        Path fe = q.resolve("wt/FeO.csv");
        String good = Files.readString(fe);
        List<String> lines = new java.util.ArrayList<>(good.lines().toList());
        lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf(',')));
        Files.writeString(fe, String.join("\n", lines) + "\n");
        assertBadInput("FeO.csv", "line 3", bulk);
        assertBadInput("FeO.csv", "line 3", profile);
        // non-numeric membership
        lines = new java.util.ArrayList<>(good.lines().toList());
        Files.writeString(fe, good);
        Path grt = q.resolve("membership/Grt.csv");
        String g = Files.readString(grt);
        Files.writeString(grt, g.replaceFirst("1.0000", "x"));
        assertBadInput("Grt.csv", "line 1, field 1", bulk);
        Files.writeString(grt, g);
        // missing se file
        Path se = q.resolve("se/MgO.csv");
        String s = Files.readString(se);
        Files.delete(se);
        assertBadInput("MgO.csv", "not found", bulk);
        Files.writeString(se, s);
        // too few lines for the geometry
        Files.writeString(q.resolve("wt/CaO.csv"), String.join("\n", Files.readString(q.resolve("wt/CaO.csv")).lines().limit(3).toList()) + "\n");
        assertBadInput("CaO.csv", "line 4", profile);
        folder();
        // run.json without the geometry's lines
        Path runJson = q.resolve("run.json");
        String json = Files.readString(runJson);
        Files.writeString(runJson, json.replace("\"lines\":4,", ""));
        assertBadInput("run.json", "geometry.lines", bulk);
        Files.writeString(runJson, json);
        // a phase without a default density
        Files.writeString(runJson, json.replace("\"Qtz\"]", "\"Xyz\"]"));
        assertBadInput("--densities", "'Xyz'", bulk);
        Files.writeString(runJson, json);
        // a region outside the map, named by file and line
        Files.writeString(regions, "name,region\nall,\"rect:0,0,5,3\"\nbad,\"rect:0,0,9,3\"\n");
        assertBadInput("regions.csv", "line 3", bulk);
        // parameters.csv with a bad source
        Path par = q.resolve("parameters.csv");
        Files.writeString(par, Files.readString(par).replaceFirst("fitted", "guessed"));
        Files.writeString(regions, "name,region\nall,\"rect:0,0,5,3\"\n");
        assertBadInput("parameters.csv", "line 2", bulk);
    }

    @Test
    void unknownHostIsBadUsage() throws Exception {
        assertEquals(2, run("profile", "--quantified", q.toString(), "--line", "0,1,5,1", "--host", "Bt", "--out",
                tmp.resolve("out.csv").toString()));
        assertTrue(err().contains("'Bt'"), err());
        assertFalse(Files.exists(tmp.resolve("out.csv")));
    }

    @Test
    void auditedBadUsageOfBulkAndProfileIsExitTwoWithOneLine() throws Exception {
        Path regions = tmp.resolve("regions.csv");
        String out = tmp.resolve("out.csv").toString();
        // duplicated region names became duplicated isocon sample ids (isocon then refused the file)
        Files.writeString(regions, "name,region\nP1,\"rect:0,0,5,3\"\nP1,\"rect:0,0,2,3\"\n");
        assertBadInput("regions.csv", "line 3, column 'name'", "bulk", "--quantified", q.toString(), "--regions", regions.toString(),
                "--out", out);
        assertTrue(err().contains("already on line 2"), err());
        // a density for a phase the folder does not have was silently ignored
        Files.writeString(regions, "name,region\nall,\"rect:0,0,5,3\"\n");
        assertBadInput("--densities", "'Bt'", "bulk", "--quantified", q.toString(), "--regions", regions.toString(), "--out", out,
                "--densities", "Bt=3.1");
        // an output file name that is a folder: exit 2 before any work, not "internal error"
        Path folderOut = Files.createDirectories(tmp.resolve("outdir.csv"));
        err.reset();
        assertEquals(2, run("profile", "--quantified", q.toString(), "--line", "0,1,5,1", "--host", "Grt", "--out",
                folderOut.toString()), err());
        assertEquals(folderOut + ": expected an output file name, found a folder", err().replaceFirst("^petrobench profile: ", ""));
        err.reset();
        assertEquals(2, run("bulk", "--quantified", q.toString(), "--regions", regions.toString(), "--out", folderOut.toString()));
        assertTrue(err().contains("found a folder"), err());
    }

    @Test
    void profileRunJsonRecordsItsSettings() throws Exception {
        Path out = tmp.resolve("p.csv");
        assertEquals(0, run("profile", "--quantified", q.toString(), "--line", "0,1,5,1", "--host", "Grt", "--out", out.toString(),
                "--width", "2"), err());
        com.fasterxml.jackson.databind.JsonNode settings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(tmp.resolve("p.csv.run.json").toFile()).get("settings");
        assertEquals("Grt", settings.get("host").asText());
        assertEquals(2.0, settings.get("width_px").asDouble());
        assertEquals(4, settings.get("line").size());
    }
}
