package org.petrobench.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7 end to end on the materialised product: the example lab plug-ins, built out of tree,
 * are installed from their own update sites with {@code ./petrobench plugins install}, their
 * model and format are listed and used by {@code ptpath} and {@code quantify}, and after
 * {@code plugins uninstall} they are gone, jars included.
 */
class PluginInstallTest {

    static final String MODEL = "ti-bt-h2005";
    static final String FORMAT = "lab-tiff-stack";
    static final Path DEMO = Path.of("bundles/org.petrobench.epma.demo/src/org/petrobench/epma/demo/internal/qntmap-minimal");

    @TempDir
    Path tmp;

    private Map<String, String> env(Path product) {
        return Map.of("PETROBENCH_PRODUCT", product.toString());
    }

    @Test
    void exampleModelAndFormatInstallWorkAndUninstall() throws Exception {
        Path product = ExamplePlugins.productCopy(tmp);
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Map<String, String> env = env(product);

        Petrobench.Run r = Petrobench.run(ws, env, "plugins", "list", ExamplePlugins.site("model").toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("id,version,name,provider,installed\n"), r.toString());
        assertTrue(r.out().contains("\norg.petrobench.example.model.feature,"), r.toString());
        assertTrue(r.out().strip().endsWith(",false"), r.toString());

        r = Petrobench.run(ws, env, "models");
        assertFalse(r.out().contains(MODEL), "not installed yet\n" + r);

        r = Petrobench.run(ws, env, "plugins", "install", ExamplePlugins.site("model").toString(), "org.petrobench.example.model.feature");
        assertEquals(0, r.exit(), r.toString());
        r = Petrobench.run(ws, env, "plugins", "install", ExamplePlugins.site("format").toString(), "org.petrobench.example.format.feature");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("installed org.petrobench.example.format.feature"), r.toString());

        r = Petrobench.run(ws, env, "plugins", "list");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(3, r.out().strip().lines().count(), r.toString());
        assertTrue(r.out().contains("\norg.petrobench.example.format.feature,1.0.0."), r.toString());
        assertTrue(r.out().contains("\norg.petrobench.example.model.feature,1.0.0."), r.toString());

        // a restart later (every command is a new start): the contributions are there
        r = Petrobench.run(ws, env, "models");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(MODEL + ",")), r.toString());
        r = Petrobench.run(ws, env, "formats");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(FORMAT + ",")), r.toString());

        usesTheModel(ws, env);
        usesTheFormat(ws, env);

        r = Petrobench.run(ws, env, "plugins", "uninstall", "org.petrobench.example.model.feature", "org.petrobench.example.format.feature");
        assertEquals(0, r.exit(), r.toString());
        r = Petrobench.run(ws, env, "plugins", "list");
        assertEquals("id,version,name,provider,repository", r.out().strip(), r.toString());
        r = Petrobench.run(ws, env, "models");
        assertFalse(r.out().contains(MODEL), r.toString());
        r = Petrobench.run(ws, env, "formats");
        assertFalse(r.out().contains(FORMAT), r.toString());
        // the jars were loaded by the uninstalling process: p2 deletes them at the next use (the list above)
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            assertTrue(plugins.noneMatch(p -> p.getFileName().toString().startsWith("org.petrobench.example.")),
                    "uninstall leaves no example jar in plugins/");
        }
        String bundles = Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        assertFalse(bundles.contains("org.petrobench.example."), bundles);

        r = Petrobench.run(ws, env, "plugins", "uninstall", "org.petrobench.runtime.feature");
        assertEquals(1, r.exit(), "the product's own features are not plug-ins\n" + r);
        assertTrue(r.err().contains("is not an installed plug-in"), r.toString());
    }

    /**
     * ptpath with the installed Ti-in-biotite thermometer and GASP: at every point the
     * pointwise T is the thermometer's, which does not depend on P. The expected values come from
     * Henry et al. (2005, Am. Mineral. 90:316, eq. 1) evaluated here: ln Ti = a + b·T³ + c·X_Mg³.
     */
    private void usesTheModel(Path ws, Map<String, String> env) throws Exception {
        double[] ti = { 0.25, 0.30, 0.35 };
        double xMgSite = 0.40;
        double xFeSite = 0.45;
        StringBuilder csv = new StringBuilder("distance_um,Bt.Ti_apfu22,Bt.XMg,Bt.XFe,Grt.Xalm,Grt.Xprp,Grt.Xgrs,Grt.Xsps,Pl.Xan\n");
        for (int i = 0; i < ti.length; i++) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,0.75,0.12,0.06,0.07,0.25%n", 50 * i, ti[i], xMgSite, xFeSite));
        }
        Path profile = tmp.resolve("garnet-biotite.csv");
        Files.writeString(profile, csv);
        Path out = tmp.resolve("ptpath");
        Petrobench.Run r = Petrobench.run(ws, env, "ptpath", "--profile", profile.toString(), "--out", out.toString(), "--models",
                MODEL + ",gasp-kn1988", "--model-param", "gasp-kn1988.polymorph=sil");
        assertEquals(0, r.exit(), r.toString());
        String runJson = Files.readString(out.resolve("run.json"));
        assertTrue(runJson.contains("\"" + MODEL + "\""), "run.json records the plug-in model\n" + runJson);
        List<String> rows = Files.readAllLines(out.resolve("pointwise.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int tCol = header.indexOf("T_C");
        assertEquals(1 + ti.length, rows.size(), rows.toString());
        double xMg = xMgSite / (xMgSite + xFeSite);
        for (int i = 0; i < ti.length; i++) {
            double expected = Math.cbrt((Math.log(ti[i]) + 2.3594 + 1.7283 * xMg * xMg * xMg) / 4.6482e-9);
            double found = Double.parseDouble(rows.get(1 + i).split(",")[tCol]);
            assertEquals(expected, found, 0.5, "T_C at point " + i + "\n" + rows);
        }
        assertTrue(Files.exists(out.resolve("path.csv")));
    }

    /**
     * quantify with the installed TIFF format on the bundled demo maps written as TIFF: the result
     * must equal that of the same counts read by the built-in JEOL reader (--demo).
     */
    private void usesTheFormat(Path ws, Map<String, String> env) throws Exception {
        Path demo = Petrobench.root().resolve(DEMO);
        Path tiffs = Files.createDirectories(tmp.resolve("tiff-maps"));
        writeTiff(demo.resolve("map/1/1_map.txt"), tiffs.resolve("Si.tif"));
        writeTiff(demo.resolve("map/1/2_map.txt"), tiffs.resolve("Mg.tif"));
        // values of the demo's map/1/0.cnd: 1000 µm steps, 100 ms dwell, 1e-7 A, start (0, 0, 0)
        Files.writeString(tiffs.resolve("conditions.txt"), String.join("\n", "# demo maps as a TIFF stack",
                "instrument = JXA-DUMMY", "signals = Si, Mg", "dwell_ms = 100", "current_nA = 100", "step_um = 1000",
                "start_mm = 0, 0, 0", "dead_time_ns = 0", ""));
        // the JEOL spot layout as the demo unpacks it (its sources drop the leading dots)
        Path spots = tmp.resolve("spots/.qnt");
        ExamplePlugins.copyTree(demo.resolve("qnt"), spots);
        Files.move(spots.resolve("cnd"), spots.resolve(".cnd"));

        Path viaDemo = tmp.resolve("quantify-demo");
        Petrobench.Run r = Petrobench.run(ws, env, "quantify", "--demo", "--out", viaDemo.toString());
        assertEquals(0, r.exit(), r.toString());
        Path viaTiff = tmp.resolve("quantify-tiff");
        r = Petrobench.run(ws, env, "quantify", "--maps", tiffs.toString(), "--spots", spots.toString(), "--format", FORMAT,
                "--out", viaTiff.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.readString(viaTiff.resolve("run.json")).contains("\"" + FORMAT + "\""), "run.json records the format");
        assertEquals(Files.readString(viaDemo.resolve("summary.csv")), Files.readString(viaTiff.resolve("summary.csv")));
        assertEquals(Files.readString(viaDemo.resolve("wt/SiO2.csv")), Files.readString(viaTiff.resolve("wt/SiO2.csv")));
    }

    /** A headerless blank-separated count matrix as a 16-bit greyscale TIFF (rows = lines). */
    static void writeTiff(Path matrix, Path tif) throws IOException {
        List<String> lines = Files.readAllLines(matrix).stream().filter(l -> !l.isBlank()).toList();
        int columns = lines.get(0).trim().split("\\s+").length;
        BufferedImage image = new BufferedImage(columns, lines.size(), BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < lines.size(); y++) {
            String[] v = lines.get(y).trim().split("\\s+");
            assertEquals(columns, v.length, matrix + " line " + (y + 1));
            for (int x = 0; x < columns; x++) {
                int count = Integer.parseInt(v[x]);
                assertTrue(count >= 0 && count <= 0xFFFF, "fits 16 bits: " + count);
                raster.setSample(x, y, 0, count);
            }
        }
        assertTrue(ImageIO.write(image, "tiff", tif.toFile()), "the JDK writes TIFF");
    }
}
