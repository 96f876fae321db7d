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
    void shortRowIsAnErrorNotPaddedIntoShiftedColumns() {
        // The audit case: an isocon row with the first value missing, not left empty.
        String text = "sample,SiO2,TiO2,Al2O3,FeO,MgO,CaO,density\n"
                + "A0,48.1,1.9,15.2,10.3,7.7,11.0,2.95\n"
                + "A1,12.8,0.64,160,1.2,6.4,2.60\n";
        InputException e = assertThrows(InputException.class, () -> parse(text));
        assertEquals("rocks.csv: line 3: expected 8 comma-separated fields as in the header, found 7", e.getMessage());
        assertEquals("line 3", e.location());
    }

    @Test
    void longRowIsAnError() {
        InputException e = assertThrows(InputException.class, () -> parse("T_C,P_kbar,x\n\n600,8.1,0.2\n610,8.3,0.2,9\n"));
        assertEquals("rocks.csv: line 4: expected 3 comma-separated fields as in the header, found 4", e.getMessage());
    }

    @Test
    void fieldCountIsCountedOutsideQuotesAndLinesCountedFromTheRecordStart() {
        // Commas and a newline inside quotes are part of a field; the short row starts on line 4.
        InputException e = assertThrows(InputException.class,
                () -> parse("name,region,note\nP1,\"rect:0,0,9,9\",\"two\nlines\"\nP2,\"a,b\"\n"));
        assertEquals("rocks.csv: line 4: expected 3 comma-separated fields as in the header, found 2", e.getMessage());
        e = assertThrows(InputException.class, () -> parse("sample\nA,B\n"));
        assertEquals("rocks.csv: line 2: expected 1 field as in the header, found 2", e.getMessage());
    }

    @Test
    void semicolonFileWithDecimalCommasIsNamedAsSuch() {
        InputException e = assertThrows(InputException.class, () -> parse("sample;SiO2_wt%\nP1;60\nA1;72,5\n"));
        assertEquals("rocks.csv: line 1: expected comma-separated columns (CLI.md CSV conventions), found ';' as the separator",
                e.getMessage());
    }

    @Test
    void missingValuesAreEmptyFieldsAndBlankLinesAreSkipped() throws Exception {
        CsvTable t = parse("T_C,P_kbar,x\n600,,\n   \n\r\n,,\n610,8.3,0.2\n\n");
        assertEquals(3, t.rowCount());
        assertTrue(t.isBlank(0, 1) && t.isBlank(0, 2));
        assertTrue(t.isBlank(1, 0) && t.isBlank(1, 1) && t.isBlank(1, 2));
        assertEquals(5, t.line(1));
        assertEquals(8.3, t.number(2, 1));
        assertEquals(6, t.line(2));
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
