package org.petrobench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void warningsAreKeptInOrderAndSeparatedFromInfo() {
        Diagnostics d = new Diagnostics();
        d.info("read 3 files");
        d.warn("first");
        d.warn("second");
        assertEquals(3, d.entries().size());
        assertEquals(java.util.List.of("first", "second"), d.warnings());
    }

    @Test
    void inputExceptionNamesSourceLocationAndExpectation() {
        InputException e = new InputException("data.csv", "line 3, column 'SiO2_wt%'", "expected a number, found 'abc'");
        assertEquals("data.csv: line 3, column 'SiO2_wt%': expected a number, found 'abc'", e.getMessage());
    }
}
