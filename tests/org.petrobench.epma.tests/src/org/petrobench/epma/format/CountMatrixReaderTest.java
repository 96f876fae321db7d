package org.petrobench.epma.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/** EPMA.md §3.1 "Matrices" and §13 T4 (negative, non-numeric, ragged counts). */
class CountMatrixReaderTest {

    @TempDir
    Path dir;

    private CountMatrix read(String text) throws Exception {
        Path f = dir.resolve("m.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CountMatrixReader.read(f, 0, Monitor.silent());
    }

    private InputException fails(String text) {
        return assertThrows(InputException.class, () -> read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1 2 3\n4 5 6\n", "1,2,3\n4,5,6\n", "1;2;3\r\n4;5;6\r\n", "1\t2\t3\n4\t5\t6",
            "  1   2 3  \n4 5    6\n\n\n", "1, 2, 3,\n4 ,5, 6,\n", "1e0 2.0 0.3E1\n4 5 +6\n" })
    void separatorsAndTolerances(String text) throws Exception {
        CountMatrix m = read(text);
        assertEquals(2, m.lines());
        assertEquals(3, m.columns());
        assertArrayEquals(new float[] { 1, 2, 3, 4, 5, 6 }, m.values());
        assertFalse(m.nonInteger());
    }

    @Test
    void nonIntegerValuesAreFlagged() throws Exception {
        CountMatrix m = read("0.5 1.25\n1e-3 7\n");
        assertTrue(m.nonInteger());
        assertArrayEquals(new float[] { 0.5f, 1.25f, 0.001f, 7f }, m.values());
    }

    @Test
    void largeRandomMatrixMatchesIndependentFormatting() throws Exception {
        Random r = new Random(7);
        int lines = 173;
        int cols = 211;
        float[] expected = new float[lines * cols];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            for (int j = 0; j < cols; j++) {
                int v = r.nextInt(70_000);
                expected[i * cols + j] = v;
                b.append(v).append(j + 1 < cols ? " " : "\n");
            }
        }
        CountMatrix m = read(b.toString());
        assertEquals(lines, m.lines());
        assertEquals(cols, m.columns());
        assertArrayEquals(expected, m.values());
    }

    @Test
    void negativeCount() {
        InputException e = fails("1 2 3\n4 -5 6\n");
        assertTrue(e.getMessage().contains("line 2, column 2"), e.getMessage());
        assertTrue(e.getMessage().contains(">= 0, found '-5'"), e.getMessage());
    }

    @Test
    void nonNumericCount() {
        InputException e = fails("1 2 3\n4 5 x7\n");
        assertTrue(e.getMessage().contains("line 2, column 3"), e.getMessage());
        assertTrue(e.getMessage().contains("'x7'"), e.getMessage());
        assertTrue(fails("1 NaN 3\n").getMessage().contains("line 1, column 2"));
        assertTrue(fails("1 2 3\n4 5 Infinity\n").getMessage().contains("line 2, column 3"));
    }

    @Test
    void raggedLines() {
        InputException e = fails("1 2 3\n4 5 6\n7 8\n");
        assertTrue(e.getMessage().contains("m.txt: line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 3 values"), e.getMessage());
        assertTrue(fails("1 2 3\n\n4 5 6\n").getMessage().contains("line 2"));
    }

    @Test
    void mixedSeparators() {
        assertTrue(fails("1,2,3\n4 5 6\n").getMessage().contains("line 2"));
        assertTrue(fails("1 2 3\n4\t5\t6\n").getMessage().contains("line 2"));
        assertTrue(fails("1,,3\n").getMessage().contains("empty field"));
    }

    @Test
    void emptyAndMissingFile() throws IOException {
        assertTrue(fails("").getMessage().contains("empty file"));
        assertThrows(InputException.class, () -> CountMatrixReader.read(dir.resolve("none.txt"), 0, Monitor.silent()));
    }
}
