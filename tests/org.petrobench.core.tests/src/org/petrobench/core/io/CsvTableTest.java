package org.petrobench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.InputException;

class CsvTableTest {

    private static CsvTable parse(String text) throws Exception {
        return CsvTable.parse("rocks.csv", new StringReader(text));
    }

    @Test
    void readsByColumnNameWithQuotingBlanksAndLineNumbers() throws Exception {
        CsvTable t = parse("name,region,SiO2_wt%\r\nP1,\"rect:0,0,99,99\",48.5\n\nP2,\"say \"\"hi\"\"\",\n");
        assertEquals(2, t.rowCount());
        assertEquals("rect:0,0,99,99", t.text(0, t.requireColumn("region")));
        assertEquals("say \"hi\"", t.text(1, 1));
        assertEquals(48.5, t.number(0, 2));
        assertTrue(Double.isNaN(t.numberOrNaN(1, 2)));
        assertEquals(4, t.line(1));
    }

    @Test
    void errorsNameFileLineAndColumn() throws Exception {
        CsvTable t = parse("sample,SiO2_wt%\nA,4x.1\nB,\n");
        InputException e = assertThrows(InputException.class, () -> t.number(0, 1));
        assertEquals("rocks.csv: line 2, column 'SiO2_wt%': expected a number, found '4x.1'", e.getMessage());
        e = assertThrows(InputException.class, () -> t.number(1, 1));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        e = assertThrows(InputException.class, () -> t.requireColumn("MgO_wt%"));
        assertTrue(e.getMessage().contains("'MgO_wt%'"), e.getMessage());
        assertThrows(InputException.class, () -> parse("a,b\n1,2,3\n"));
        assertThrows(InputException.class, () -> parse("a,a\n"));
        assertThrows(InputException.class, () -> parse("a\n\"open\n"));
        assertThrows(InputException.class, () -> parse("a\nNaN\n").number(0, 0));
    }

    @Test
    void numbersFormatWithoutLocaleAndRoundTrip() {
        assertEquals("12.3457", Numbers.fixed(12.345678, 4));
        assertEquals("-0.5000", Numbers.fixed(-0.5, 4));
        assertEquals("0.0000", Numbers.fixed(-0.00001, 4));
        assertEquals("3", Numbers.shortest(3.0));
        assertEquals("", Numbers.shortest(Double.NaN));
        double x = 0.1 + 0.2;
        assertEquals(x, Double.parseDouble(Numbers.shortest(x)));
    }

    @Test
    void csvWriterQuotesWhereNeeded() throws Exception {
        StringWriter w = new StringWriter();
        new CsvWriter(w).row("P1", "rect:0,0,9,9", 1.5, Double.NaN, null);
        assertEquals("P1,\"rect:0,0,9,9\",1.5,,\n", w.toString());
    }

    @Test
    void atomicWriteKeepsThePreviousFileWhenWritingFails(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("summary.csv");
        AtomicWrite.text(f, w -> w.write("first\n"));
        assertThrows(java.io.IOException.class, () -> AtomicWrite.text(f, w -> {
            w.write("half");
            throw new java.io.IOException("disk full");
        }));
        assertEquals("first\n", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
