package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.cli.internal.pt.PtPathCommand;
import org.petrobench.cli.internal.pt.PtPathMethod;
import org.petrobench.core.InputException;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.SmcSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A method file written with the spec's setting names (EPMA.md §12, ISOCON.md §5.7, PT.md §5.7,
 * §6) reads to the same settings as one written with the record's names; spec keys the record
 * lacks are accepted only with their one supported value. Expected records are written out by
 * hand from the files' values. The absolute-time settings of PT.md §6.5 read to the record and
 * ptpath rejects their bad combinations with exit 2 naming the setting.
 */
class SpecSettingTranslationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static BatchContext context() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new BatchContext(new ServiceLookup() {
            @Override
            public <T> List<T> all(Class<T> type) {
                return List.of();
            }
        }, sink, sink, "test", false);
    }

    private static <T> T read(Path dir, String command, String json, Class<T> type, T defaults) throws Exception {
        Path f = dir.resolve("method.json");
        Files.writeString(f, json);
        return MethodFile.read(new CommandLine(command, List.of("--method-file", f.toString())), context(), type, defaults);
    }

    private static QuantifierSettings quantify(Path dir, String json) throws Exception {
        return read(dir, "quantify", json, QuantifierSettings.class, QuantifierSettings.defaults());
    }

    private static IsoconSettings isocon(Path dir, String json) throws Exception {
        return read(dir, "isocon", json, IsoconSettings.class, IsoconSettings.defaults());
    }

    private static final PtPathMethod PT_DEFAULTS = new PtPathMethod("mrf", List.of(), List.of(), MrfSettings.defaults(),
            SmcSettings.defaults());

    private static PtPathMethod ptpath(Path dir, String json) throws Exception {
        return read(dir, "ptpath", json, PtPathMethod.class, PT_DEFAULTS);
    }

    private static String message(Path dir, String command, String json, Class<?> type) {
        Object defaults = type == QuantifierSettings.class ? QuantifierSettings.defaults()
                : type == IsoconSettings.class ? IsoconSettings.defaults() : PT_DEFAULTS;
        @SuppressWarnings("unchecked")
        Class<Object> t = (Class<Object>) type;
        return assertThrows(InputException.class, () -> read(dir, command, json, t, defaults)).getMessage();
    }

    @Test
    void quantifySpecNamesReadAsTheRecordNames(@TempDir Path dir) throws Exception {
        QuantifierSettings expected = new QuantifierSettings("reference-lda", true, false, 0.9, 0.98, 4, List.of(), 1e-5, 50,
                0.02, 0.5, true, "_", List.of(), List.of(), List.of(), "", List.of(), 1100, 0, 2, 3);
        QuantifierSettings spec = quantify(dir, """
                {"command": "quantify", "settings": {
                  "clustering": {"method": "reference-lda"},
                  "em": {"relTol": 1e-5, "maxIter": 50}, "em.rateFloor": 0.02,
                  "validation": {"enabled": false, "ciLevel": 0.9, "piLevel": 0.98},
                  "unmixing.enabled": true,
                  "tiles": {"rows": 2, "cols": 3},
                  "mapFormat": "sniffed", "spotFormat": "sniffed", "deadTimeAlreadyAppliedNs": 0,
                  "geometry": {"lineAxis": null},
                  "deadTimeNs": 1100, "minSpots": 4}}""");
        QuantifierSettings record = quantify(dir, """
                {"clustering": "reference-lda", "emRelTol": 1e-5, "emMaxIter": 50, "emRateFloor": 0.02,
                 "validation": false, "ciLevel": 0.9, "piLevel": 0.98, "unmixing": true,
                 "tilesRows": 2, "tilesCols": 3, "deadTimeNs": 1100, "minSpots": 4}""");
        assertEquals(expected, spec);
        assertEquals(expected, record);
    }

    @Test
    void aSavedRunJsonStillReadsBack(@TempDir Path dir) throws Exception {
        // the record's own names, as RunRecord writes them, must keep working unchanged
        QuantifierSettings q = QuantifierSettings.defaults().withClustering("reference-lda").withTiles(4, 5).withDeadTimeNs(700);
        assertEquals(q, quantify(dir, JSON.writeValueAsString(Map.of("command", "quantify", "settings", q))));
        PtPathMethod p = new PtPathMethod("smc", List.of("grt-bt-fs1978"), List.of("gasp-kn1988.polymorph=ky"),
                MrfSettings.defaults().withBands("plugin"), SmcSettings.defaults().withGrowthLaw("arrhenius", 150));
        assertEquals(p, ptpath(dir, JSON.writeValueAsString(Map.of("command", "ptpath", "settings", p))));
    }

    @Test
    void isoconRBoundsFillRMinAndRMax(@TempDir Path dir) throws Exception {
        IsoconSettings spec = isocon(dir, "{\"rBounds\": [0.1, 10], \"q\": 0.5}");
        IsoconSettings record = isocon(dir, "{\"rMin\": 0.1, \"rMax\": 10, \"q\": 0.5}");
        assertEquals(0.1, spec.rMin());
        assertEquals(10.0, spec.rMax());
        assertEquals(0.5, spec.q());
        // IsoconSettings holds arrays (record equals compares them by reference): compare the JSON
        assertEquals(JSON.valueToTree(record), JSON.valueToTree(spec));
        ObjectNode expected = JSON.valueToTree(IsoconSettings.defaults().withQ(0.5));
        expected.put("rMin", 0.1).put("rMax", 10.0);
        assertEquals(expected, JSON.valueToTree(spec));
    }

    @Test
    void ptpathSpecNamesInsideMrfAndSmcReadAsTheRecordNames(@TempDir Path dir) throws Exception {
        PtPathMethod expected = new PtPathMethod("mrf", List.of(), List.of(),
                new MrfSettings("plugin", false, "marginal", 0.1, 10, 2, 300, 9, 1, 20, 500, 1200, 0.1, 5, 1, 0, 1),
                new SmcSettings(2000, 500, "grid", 7, 4, 0.1, 5, 2, 14, 623, 1023, "linear", 0, 15, 0, 420, 1));
        PtPathMethod spec = ptpath(dir, """
                {"method": "mrf",
                 "mrf": {"order": 1, "bands": "plugin", "gridSdTotP": [0.1, 10], "gridSdTotT": [2, 300],
                         "box": {"P": [1, 20]}},
                 "mrf.box.T": [500, 1200],
                 "smc": {"growthLaw": "linear", "matrix": null, "duration_Myr": 15, "k0_um_per_Myr": null},
                 "smc.rimAge_Ma": 420}""");
        PtPathMethod record = ptpath(dir, """
                {"method": "mrf",
                 "mrf": {"bands": "plugin", "gridSdTotPMin": 0.1, "gridSdTotPMax": 10, "gridSdTotTMin": 2, "gridSdTotTMax": 300,
                         "boxPMin": 1, "boxPMax": 20, "boxTMin": 500, "boxTMax": 1200},
                 "smc": {"growthLaw": "linear", "durationMyr": 15, "rimAgeMa": 420}}""");
        assertEquals(expected, spec);
        assertEquals(expected, record);
        PtPathMethod k0 = ptpath(dir, "{\"smc\": {\"growthLaw\": \"arrhenius\", \"activationEnergyKJ\": 150, \"k0_um_per_Myr\": 2.5e9}}");
        assertEquals(SmcSettings.defaults().withGrowthLaw("arrhenius", 150).withTime(0, 2.5e9, 0), k0.smc());
    }

    /** ptpath --method smc with the method file {@code json}: the exit-2 message. */
    private static String ptpathRun(Path dir, String json, String... more) throws Exception {
        Path f = dir.resolve("method.json");
        Files.writeString(f, json);
        List<String> args = new java.util.ArrayList<>(List.of("--method-file", f.toString(), "--profile",
                dir.resolve("profile.csv").toString(), "--out", dir.resolve("out").toString(), "--method", "smc"));
        args.addAll(List.of(more));
        return assertThrows(InputException.class,
                () -> new PtPathCommand().run(new CommandLine("ptpath", args), context())).getMessage();
    }

    @Test
    void ptpathTimeAnchorsNeedAGrowthLawAndOnlyOneOfThem(@TempDir Path dir) throws Exception {
        String f = dir.resolve("method.json").toString();
        assertEquals(f + ": field 'smc.k0_um_per_Myr': give one absolute-time anchor, duration_Myr or k0_um_per_Myr, "
                + "not both (PT.md §6.5)", ptpathRun(dir, "{\"smc\": {\"growthLaw\": \"linear\", \"duration_Myr\": 5, "
                + "\"k0_um_per_Myr\": 2}}"));
        assertTrue(ptpathRun(dir, "{\"smc\": {\"duration_Myr\": 5}}").startsWith(f + ": field 'smc.duration_Myr': needs a "
                + "growth law (growthLaw linear or arrhenius)"));
        // the option overrides the method file's law, and is checked after it
        assertTrue(ptpathRun(dir, "{\"smc\": {\"growthLaw\": \"linear\", \"k0_um_per_Myr\": 2}}", "--growth-law", "none")
                .startsWith(f + ": field 'smc.k0_um_per_Myr': needs a growth law"));
        assertTrue(ptpathRun(dir, "{\"smc\": {\"growthLaw\": \"linear\", \"rimAge_Ma\": 320}}")
                .startsWith(f + ": field 'smc.rimAge_Ma': only shifts the origin of absolute time: it needs duration_Myr or "
                        + "k0_um_per_Myr"));
        assertTrue(message(dir, "ptpath", "{\"smc.duration_Myr\": -5}", PtPathMethod.class)
                .contains("field 'smc': does not fit the PtPathMethod settings"));
    }

    @Test
    void anUnsupportedSpecValueIsExitTwoNamingTheKeyAndTheSupportedValue(@TempDir Path dir) {
        String order = message(dir, "ptpath", "{\"mrf\": {\"order\": 2}}", PtPathMethod.class);
        assertEquals(dir.resolve("method.json") + ": field 'mrf.order': only 1 is supported: only the first-difference prior "
                + "of PT.md §5.3 is implemented (found 2)", order);
        assertTrue(message(dir, "quantify", "{\"mapFormat\": \"jeol-8800\"}", QuantifierSettings.class)
                .contains("field 'mapFormat': only 'sniffed' is supported"));
        assertTrue(message(dir, "quantify", "{\"deadTimeAlreadyAppliedNs\": 50}", QuantifierSettings.class)
                .contains("field 'deadTimeAlreadyAppliedNs': only 0 is supported"));
        assertTrue(message(dir, "quantify", "{\"geometry\": {\"lineAxis\": \"Y\"}}", QuantifierSettings.class)
                .contains("field 'geometry.lineAxis': not supported, leave it out: the map format sets the geometry"));
        assertTrue(message(dir, "ptpath", "{\"smc.observationSd\": 0.01}", PtPathMethod.class)
                .contains("field 'smc.observationSd': not supported, leave it out: the model noise comes from the MRF evidence"));
    }

    @Test
    void theSameSettingTwiceIsExitTwo(@TempDir Path dir) {
        assertTrue(message(dir, "quantify", "{\"emRelTol\": 1e-6, \"em\": {\"relTol\": 1e-5}}", QuantifierSettings.class)
                .contains("field 'em.relTol': sets emRelTol, which 'emRelTol' sets too"));
        assertTrue(message(dir, "isocon", "{\"rBounds\": [0.1, 10], \"rMax\": 4}", IsoconSettings.class)
                .contains("field 'rMax': sets rMax, which 'rBounds' sets too"));
        assertTrue(message(dir, "ptpath", "{\"mrf\": {\"seed\": 3}, \"mrf.seed\": 4}", PtPathMethod.class)
                .contains("field 'mrf.seed': given twice"));
    }

    @Test
    void aMalformedPairOrAnUnknownSpecPathIsExitTwoNamingIt(@TempDir Path dir) {
        assertTrue(message(dir, "isocon", "{\"rBounds\": [0.1]}", IsoconSettings.class)
                .contains("field 'rBounds': expected [min, max] (two numbers, setting rMin and rMax), found [0.1]"));
        assertTrue(message(dir, "quantify", "{\"em\": {\"relTo\": 1e-5}}", QuantifierSettings.class)
                .contains("field 'em.relTo': unknown setting; expected one of clustering, "));
        assertTrue(message(dir, "ptpath", "{\"mrf\": {\"box\": {\"Q\": [1, 2]}}}", PtPathMethod.class)
                .contains("field 'mrf.box.Q': unknown setting; expected one of bands, "));
    }
}
