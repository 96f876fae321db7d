package org.petrobench.pt.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;

/** Bad profile files found by the batch-mode audit: each is exit 2 naming file, line and column. */
class ZoningProfileReaderInputTest {

    private static ZoningProfile read(String text) throws Exception {
        CsvTable t = CsvTable.parse("p.csv", new StringReader(text));
        return new ZoningProfileReader(Set.of("Zrn.Ti_ppm")).read(t, new Diagnostics());
    }

    @Test
    void negativeTraceConcentrationIsRejectedNamingLineAndColumn() {
        // before: read as a measurement, then the MRF failed with exit 1 and no file or line
        InputException e = assertThrows(InputException.class, () -> read("distance_um,Zrn.Ti_ppm\n0,-5\n10,12\n"));
        assertEquals("p.csv: line 2, column 'Zrn.Ti_ppm': expected a concentration ≥ 0, found -5.0", e.getMessage());
    }

    @Test
    void zeroAndPositiveTracesAreAccepted() throws Exception {
        assertEquals(3, read("distance_um,Zrn.Ti_ppm\n0,0\n10,12\n20,14.5\n").size());
    }

    @Test
    void semicolonOrTabSeparatedFileNamesTheSeparator() {
        InputException semi = assertThrows(InputException.class, () -> read("distance_um;Grt.Xalm\n0;0.7\n10;0.71\n"));
        assertTrue(semi.getMessage().startsWith("p.csv: line 1: expected comma-separated columns"), semi.getMessage());
        assertTrue(semi.getMessage().endsWith("found ';' as the separator"), semi.getMessage());
        InputException tab = assertThrows(InputException.class, () -> read("distance_um\tGrt.Xalm\n0\t0.7\n10\t0.71\n"));
        assertTrue(tab.getMessage().endsWith("found 'tab' as the separator"), tab.getMessage());
    }
}
