package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;

class ValidityReportTest {

    @Test
    void oneLinePerMessageWithCountAndFirstPoints() {
        ToyModel t = ToyModel.thermometer("toy-t", "Grt", 500, 0, 100, 20);
        double[] x = { 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, Double.NaN };
        CompositionTable c = new CompositionTable(8, Map.of("Grt.X", x));
        // toy validity: T outside 500–900 K; rows 1..7 at 950 K, row 7 undefined (blank)
        double[] tK = { 600, 950, 950, 950, 950, 950, 950, 950 };
        ValidityReport r = new ValidityReport();
        r.check(List.of(t), new double[8], tK, c);
        assertEquals(List.of("toy-t: T outside 500-900 K (at 6 of 8 points: 1, 2, 3, 4, 5, …)"), r.lines());
        Diagnostics d = new Diagnostics();
        r.reportTo(d);
        assertEquals(r.lines(), d.warnings());
    }
}
