package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.isocon.QPathPoint;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;

/**
 * The q-path's mobility panel and the τ-path on a hand-made case: one altered sample, C^O = (10,
 * 10, 10), C^A = (10, 20, 5). With r = 1 the relative transfers are (0, +1, −0.5), with r = 0.5
 * they are (−0.5, 0, −0.75); with M = 1 the mobility is |Δ|.
 */
class PathChartsTest {

    private static final List<String> NAMES = List.of("A", "B", "C");
    private static final double[] C0 = { 10, 10, 10 };
    private static final double[] CA = { 10, 20, 5 };
    private static final boolean[] ALL = { true, true, true };

    @Test
    void mobilityAlongTheQPath() {
        List<QPathPoint> path = List.of(new QPathPoint(0.1, new double[] { 1 }, List.of("A")),
                new QPathPoint(0.2, new double[] { 0.5 }, List.of("B")));
        Chart c = QPathChart.mobility(path, NAMES, C0, CA, ALL, 0.1, 0.1);
        DataTable t = c.data();
        assertEquals(List.of("q", "component", "mobility", "in_immobile_set", "crosses_tau"), t.header());
        double[] expected = { 0, 0.5, 1, 0, 0.5, 0.75 }; // rows: per component, then per q
        boolean[] crosses = { true, true, false };
        for (int k = 0; k < 6; k++) {
            List<String> row = t.rows().get(k);
            assertEquals(expected[k], Double.parseDouble(row.get(2)), 1e-12, row.toString());
            assertEquals(Boolean.toString(crosses[k / 2]), row.get(4), row.toString());
        }
        assertEquals("true", t.rows().get(0).get(3), "A is in I(0.1)");
        assertEquals("false", t.rows().get(1).get(3), "A is not in I(0.2)");
    }

    @Test
    void tauRelabelsWithoutResolving() {
        double[] mobility = { 0.05, 0.3, Double.NaN, 0.12 };
        boolean[] candidate = { true, true, true, false };
        assertArrayEquals(new boolean[] { true, false, false, false }, TauPath.immobile(mobility, candidate, 0.1));
        assertArrayEquals(new boolean[] { true, true, false, false }, TauPath.immobile(mobility, candidate, 0.5));
        Chart c = TauPath.chart(List.of("A", "B", "C", "D"), mobility, candidate, 0.2);
        assertTrue(c.title().contains("{A}"), c.title());
        // sorted ascending, the unknown mobility left out
        assertArrayEquals(new String[] { "A", "D", "B" }, c.xCategories());
        assertEquals("false", c.data().rows().get(1).get(4), "D is no frame candidate");
    }
}
