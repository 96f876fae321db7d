package org.petrobench.isocon.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;

/**
 * A file exported with ';' or tabs (a European spreadsheet default) is named as such, instead of
 * "expected the column 'sample' first, found 'sample;SiO2_wt%;...'" (batch-mode audit).
 */
class BulkCompositionsCsvSeparatorTest {

    private static String error(String csv) {
        return assertThrows(InputException.class, () -> BulkCompositionsCsv.read(CsvTable.parse("data.csv", new StringReader(csv))))
                .getMessage();
    }

    @Test
    void semicolonSeparatedFileIsNamed() {
        assertEquals("data.csv: line 1: expected comma-separated columns (CLI.md CSV conventions), found ';' as the separator",
                error("sample;SiO2_wt%;Zr_ppm\nP1;60;200\nA1;72;160\n"));
    }

    @Test
    void tabSeparatedFileIsNamed() {
        assertEquals("data.csv: line 1: expected comma-separated columns (CLI.md CSV conventions), found 'tab' as the separator",
                error("sample\tSiO2_wt%\nP1\t60\n"));
    }

    @Test
    void aSingleComponentCommaFileStillReadsItsFirstColumnRule() {
        assertEquals("data.csv: line 1, column 1: expected the column 'sample' first, found 'id'", error("id,SiO2_wt%\nP1,60\n"));
    }
}
