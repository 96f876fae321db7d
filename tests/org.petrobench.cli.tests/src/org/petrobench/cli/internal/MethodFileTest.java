package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.petrobench.core.InputException;

/** {@code --method-file}: nested settings merge field by field; unknown fields and foreign methods are exit 2. */
class MethodFileTest {

    /** A settings record shaped like ptpath's: a top-level id, a free-form map and a nested record. */
    record Inner(String bands, int gridSize, long seed) {
        Inner {
            if (bands == null) {
                throw new IllegalArgumentException("bands: expected integrated or plugin, found 'null'");
            }
        }
    }

    record Outer(String method, Map<String, Double> weights, Inner inner) {
    }

    private static final Outer DEFAULTS = new Outer("mrf", Map.of(), new Inner("integrated", 9, 1));

    private static BatchContext context() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new BatchContext(new ServiceLookup() {
            @Override
            public <T> List<T> all(Class<T> type) {
                return List.of();
            }
        }, sink, sink, "test", false);
    }

    private static Outer read(Path dir, String json) throws Exception {
        Path f = dir.resolve("method.json");
        Files.writeString(f, json);
        return MethodFile.read(new CommandLine("ptpath", List.of("--method-file", f.toString())), context(), Outer.class, DEFAULTS);
    }

    @Test
    void withoutTheOptionTheDefaultsAreReturned() throws Exception {
        assertSame(DEFAULTS, MethodFile.read(new CommandLine("ptpath", List.of()), context(), Outer.class, DEFAULTS));
    }

    @Test
    void aPartialNestedObjectKeepsTheOtherDefaults(@TempDir Path dir) throws Exception {
        // before: the nested object replaced the whole default, so bands became null and the run failed
        Outer o = read(dir, "{\"settings\": {\"inner\": {\"seed\": 5}}}");
        assertEquals(new Inner("integrated", 9, 5), o.inner());
        assertEquals("mrf", o.method());
    }

    @Test
    void freeFormMapsAcceptAnyKey(@TempDir Path dir) throws Exception {
        assertEquals(Map.of("Zr", 0.0), read(dir, "{\"weights\": {\"Zr\": 0}}").weights());
    }

    @Test
    void anUnknownFieldIsExitTwoNamingItAndTheKnownOnes(@TempDir Path dir) {
        InputException top = assertThrows(InputException.class, () -> read(dir, "{\"settings\": {\"rBounds\": [0.1, 10]}}"));
        assertEquals(dir.resolve("method.json") + ": field 'rBounds': unknown setting; expected one of method, weights, inner",
                top.getMessage());
        InputException nested = assertThrows(InputException.class, () -> read(dir, "{\"inner\": {\"gridsize\": 5}}"));
        assertTrue(nested.getMessage().contains("field 'inner.gridsize': unknown setting; expected one of bands, gridSize, seed"),
                nested.getMessage());
    }

    @Test
    void aWrongTypeNamesTheFileAndTheField(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> read(dir, "{\"inner\": {\"gridSize\": \"many\"}}"));
        assertTrue(e.getMessage().startsWith(dir.resolve("method.json") + ": field 'inner.gridSize': does not fit"), e.getMessage());
    }

    @Test
    void aMethodOfAnotherCommandIsRejected(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> read(dir, "{\"command\": \"isocon\", \"settings\": {}}"));
        assertEquals(dir.resolve("method.json") + ": field 'command': expected a method of 'ptpath', found one of 'isocon'",
                e.getMessage());
    }

    @Test
    void fileNameIsFoundInBothSpellings() {
        assertEquals("m.json", MethodFile.fileName(new CommandLine("isocon", List.of("--method-file", "m.json"))).orElseThrow());
        assertEquals("m.json", MethodFile.fileName(new CommandLine("isocon", List.of("--method-file=m.json"))).orElseThrow());
        assertTrue(MethodFile.fileName(new CommandLine("isocon", List.of("--q", "0.5"))).isEmpty());
    }
}
