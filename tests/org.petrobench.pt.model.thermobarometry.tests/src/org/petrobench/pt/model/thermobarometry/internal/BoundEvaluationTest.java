package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.BoundModel;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * The bound evaluation ({@link ThermodynamicModel#bind}, names resolved once per table) and the
 * table-based methods give bit for bit the values the models gave before the bound evaluation
 * existed: {@code fast-path-golden.txt} was written by {@link ResidualCases#main} against commit
 * ac8f4b4, for every built-in model and parameter variant on seeded random compositions (blanks,
 * zeros and absent columns included), P and T.
 */
class BoundEvaluationTest {

    private static final Map<String, String> GOLDEN = golden();

    private static Map<String, String> golden() {
        Map<String, String> g = new LinkedHashMap<>();
        try (InputStream in = BoundEvaluationTest.class.getResourceAsStream("fast-path-golden.txt")) {
            assertNotNull(in, "fast-path-golden.txt on the test class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    int bar = line.lastIndexOf('|');
                    g.put(line.substring(0, bar), line.substring(bar + 1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }

    private static String golden(String key, int table, String quantity) {
        String v = GOLDEN.get(key + "|" + table + "|" + quantity);
        assertNotNull(v, "no golden line for " + key + " table " + table + " " + quantity);
        return v;
    }

    private static String bits(double[] v) {
        String line = ResidualCases.line("", 0, "", v);
        return line.substring(line.lastIndexOf('|') + 1);
    }

    @Test
    void goldenFileCoversEveryModelAndQuantity() {
        assertEquals(ResidualCases.models().size() * 2 * 6, GOLDEN.size());
        // the cases exercise both outcomes: defined and undefined rows, finite and non-finite values
        String fs = golden("grt-bt-fs1978{}", 0, "residuals");
        assertTrue(fs.contains("7ff8000000000000"));
        assertTrue(fs.split(" ").length == ResidualCases.POINTS);
        assertFalse(golden("grt-bt-fs1978{}", 0, "definedAt").replace("0 ", "").isBlank());
    }

    @Test
    void tableMethodsGiveTheOldBits() {
        List<CompositionTable> tables = ResidualCases.tables();
        double[][] pts = ResidualCases.points();
        for (Map.Entry<String, ThermodynamicModel> e : ResidualCases.models().entrySet()) {
            for (int t = 0; t < tables.size(); t++) {
                for (String line : ResidualCases.record(e.getKey(), e.getValue(), t, tables.get(t), pts)) {
                    int bar = line.lastIndexOf('|');
                    assertEquals(GOLDEN.get(line.substring(0, bar)), line.substring(bar + 1), line.substring(0, bar));
                }
            }
        }
    }

    @Test
    void boundEvaluationGivesTheOldBits() {
        List<CompositionTable> tables = ResidualCases.tables();
        double[][] pts = ResidualCases.points();
        int[] rows = ResidualCases.rows(pts);
        for (Map.Entry<String, ThermodynamicModel> e : ResidualCases.models().entrySet()) {
            for (int t = 0; t < tables.size(); t++) {
                CompositionTable x = tables.get(t);
                BoundModel b = e.getValue().bind(x);
                assertTrue(b.model() == e.getValue() && b.compositions() == x);
                double[] out = new double[ResidualCases.POINTS];
                b.residuals(pts[0], pts[1], rows, out);
                assertEquals(golden(e.getKey(), t, "residuals"), bits(out), e.getKey() + " table " + t);
                double[] def = new double[ResidualCases.ROWS];
                List<Integer> definedRows = new ArrayList<>();
                for (int k = 0; k < def.length; k++) {
                    def[k] = b.definedAt(k) ? 1 : 0;
                    if (b.definedAt(k)) {
                        definedRows.add(k);
                    }
                }
                assertEquals(golden(e.getKey(), t, "definedAt"), bits(def), e.getKey() + " table " + t);
                assertArrayEquals(definedRows.stream().mapToInt(Integer::intValue).toArray(), b.definedRows());
            }
        }
    }

    @Test
    void oneRowTablesGiveTheOldBits() {
        List<CompositionTable> tables = ResidualCases.tables();
        double[][] pts = ResidualCases.points();
        int[] rows = ResidualCases.rows(pts);
        for (Map.Entry<String, ThermodynamicModel> e : ResidualCases.models().entrySet()) {
            for (int t = 0; t < tables.size(); t++) {
                double[] out = new double[ResidualCases.POINTS];
                for (int i = 0; i < out.length; i++) {
                    out[i] = e.getValue().residual(0, pts[0][i], pts[1][i], tables.get(t).row(rows[i]), 0);
                }
                assertEquals(golden(e.getKey(), t, "residuals"), bits(out), e.getKey() + " table " + t);
            }
        }
    }

    @Test
    void defaultBindingOfAPluginModelGivesTheSameBits() {
        List<CompositionTable> tables = ResidualCases.tables();
        double[][] pts = ResidualCases.points();
        int[] rows = ResidualCases.rows(pts);
        for (Map.Entry<String, ThermodynamicModel> e : ResidualCases.models().entrySet()) {
            ThermodynamicModel plugin = new PluginModel(e.getValue());
            for (int t = 0; t < tables.size(); t++) {
                BoundModel b = plugin.bind(tables.get(t));
                assertTrue(b.model() == plugin);
                double[] out = new double[ResidualCases.POINTS];
                b.residuals(pts[0], pts[1], rows, out);
                assertEquals(golden(e.getKey(), t, "residuals"), bits(out), e.getKey() + " table " + t);
                double[] def = new double[ResidualCases.ROWS];
                for (int k = 0; k < def.length; k++) {
                    def[k] = b.definedAt(k) ? 1 : 0;
                }
                assertEquals(golden(e.getKey(), t, "definedAt"), bits(def), e.getKey() + " table " + t);
            }
        }
    }

    /** One model instance used on two tables by two threads at once: its cached binding must never serve the wrong table. */
    @Test
    void alternatingTablesOnTwoThreadsKeepTheirOwnValues() throws Exception {
        List<CompositionTable> tables = ResidualCases.tables();
        double[][] pts = ResidualCases.points();
        int[] rows = ResidualCases.rows(pts);
        ThermodynamicModel fs = new GrtBtFs1978();
        String key = fs.id() + fs.parameterValues();
        // table 1 lacks Bt.XFe: there FS78 is defined nowhere, so a binding of the wrong table shows
        String expected0 = golden(key, 0, "residuals");
        String expected1 = golden(key, 1, "residuals");
        assertFalse(expected0.equals(expected1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int first = w;
                results.add(pool.submit(() -> {
                    int mismatches = 0;
                    double[] out = new double[ResidualCases.POINTS];
                    for (int it = 0; it < 400; it++) {
                        int t = (first + it) % 2;
                        fs.residuals(pts[0], pts[1], tables.get(t), rows, out);
                        if (!bits(out).equals(t == 0 ? expected0 : expected1)) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(0, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A model as a lab would write it before {@code bind} existed: no bind, no definedAt of its own. */
    private static final class PluginModel implements ThermodynamicModel {

        private final ThermodynamicModel m;

        PluginModel(ThermodynamicModel m) {
            this.m = m;
        }

        @Override
        public String id() {
            return m.id();
        }

        @Override
        public String name() {
            return m.name();
        }

        @Override
        public String reference() {
            return m.reference();
        }

        @Override
        public ModelKind kind() {
            return m.kind();
        }

        @Override
        public ModelStatus status() {
            return m.status();
        }

        @Override
        public List<String> phases() {
            return m.phases();
        }

        @Override
        public List<String> requires() {
            return m.requires();
        }

        @Override
        public List<String> optionalVariables() {
            return m.optionalVariables();
        }

        @Override
        public List<ModelParameter> parameters() {
            return m.parameters();
        }

        @Override
        public Map<String, String> parameterValues() {
            return m.parameterValues();
        }

        @Override
        public ThermodynamicModel withParameters(Map<String, String> values) {
            return new PluginModel(m.withParameters(values));
        }

        @Override
        public int residualCount() {
            return m.residualCount();
        }

        @Override
        public String residualUnit(int r) {
            return m.residualUnit(r);
        }

        @Override
        public void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
            m.residuals(pBar, tK, x, rows, out);
        }

        @Override
        public double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
            return m.calibrationSd(r, pBar, tK, x, row);
        }

        @Override
        public List<String> validity(double pBar, double tK, CompositionTable x, int row) {
            return m.validity(pBar, tK, x, row);
        }

        @Override
        public double[] validityBox() {
            return m.validityBox();
        }
    }
}
