package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompositionTableTest {

    @Test
    void blanksAbsentVariablesAndCopies() {
        double[] alm = { 0.7, Double.NaN, 0.6 };
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("Grt.Xalm", alm);
        cols.put("Bt.XMg", new double[] { 0.3, 0.3, 0.3 });
        CompositionTable x = new CompositionTable(3, cols);
        alm[0] = 0.1; // the table copied its input
        assertEquals(0.7, x.get("Grt.Xalm", 0));
        assertTrue(x.defined("Grt.Xalm", 0));
        assertFalse(x.defined("Grt.Xalm", 1));
        assertTrue(Double.isNaN(x.get("Grt.Xalm", 1)));
        assertFalse(x.has("grt.xalm"), "names are case-sensitive");
        assertTrue(Double.isNaN(x.get("Pl.Xan", 2)));
        assertFalse(x.defined("Pl.Xan", 2));
        assertEquals(List.of("Grt.Xalm", "Bt.XMg"), List.copyOf(x.variables()));
        x.column("Bt.XMg")[0] = 9;
        assertEquals(0.3, x.get("Bt.XMg", 0));
        assertTrue(x.definedAnywhere("Grt.Xalm"));
    }

    @Test
    void derivedTables() {
        CompositionTable x = new CompositionTable(2, Map.of("Pl.Xan", new double[] { 0.3, 0.4 }));
        CompositionTable y = x.with("Pl.Xan", 1, 0.5).with("Pl.Xab", 0, 0.6);
        assertEquals(0.4, x.get("Pl.Xan", 1));
        assertEquals(0.5, y.get("Pl.Xan", 1));
        assertEquals(0.6, y.get("Pl.Xab", 0));
        assertFalse(y.defined("Pl.Xab", 1));
        CompositionTable r = y.row(1);
        assertEquals(1, r.rows());
        assertEquals(0.5, r.get("Pl.Xan", 0));
        assertEquals(0.4, CompositionTable.ofRow(Map.of("Bt.XMg", 0.4)).get("Bt.XMg", 0));
        assertThrows(IllegalArgumentException.class, () -> new CompositionTable(2, Map.of("Pl.Xan", new double[3])));
    }
}
