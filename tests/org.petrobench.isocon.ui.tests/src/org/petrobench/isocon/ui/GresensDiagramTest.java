package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;

/**
 * Gresens' diagram of the Grant example of ISOCON.md §8.1 (ρ^O = 2.70, ρ^A = 2.60), worked by
 * hand with (R1) Δx = f_v·(ρ^A/ρ^O)·C^A − C^O and (R2) f_v,i = (ρ^O/ρ^A)(C^O/C^A):
 * crossings SiO2 (2.70/2.60)·(60/72) = 0.8653846, Al2O3 and TiO2 (2.70/2.60)·1.25 =
 * 1.2980769, K2O (2.70/2.60)·2.5 = 2.5961538, CaO (2.70/2.60)·0.625 = 0.6490385; at the frame's
 * f_v = 1.2980769 (r = 1.25) Δx = +30, 0, 0, −1.5, +4 wt% and Zr 0 ppm.
 */
class GresensDiagramTest {

    private static final String[] NAMES = { "SiO2", "Al2O3", "TiO2", "Zr", "K2O", "CaO" };
    private static final double[] C0 = { 60, 16, 0.8, 200, 3, 4 };
    private static final double[] CA = { 72, 12.8, 0.64, 160, 1.2, 6.4 };
    private static final ConcentrationUnit W = ConcentrationUnit.WT_PERCENT;
    private static final ConcentrationUnit[] UNITS = { W, W, W, ConcentrationUnit.PPM, W, W };
    private static final boolean[] FRAME = { false, true, true, true, false, false };
    private static final double FV = 2.70 / 2.60 * 1.25;

    private static double cell(DataTable t, String component, String column) {
        int c = t.header().indexOf(column);
        int name = t.header().indexOf("component");
        for (List<String> row : t.rows()) {
            if (row.get(name).equals(component)) {
                return Double.parseDouble(row.get(c));
            }
        }
        throw new AssertionError("no row " + component);
    }

    @Test
    void majorsPanelHasTheHandComputedCrossingsAndTransfers() {
        List<UnitPanel> panels = UnitPanel.of(UNITS);
        assertEquals(2, panels.size());
        DataTable t = GresensDiagram.chart("A1", NAMES, C0, CA, 2.70, 2.60, FV, FRAME, panels.get(0)).data();
        assertEquals(5, t.rows().size(), "wt% components only");
        assertEquals(0.8653846, cell(t, "SiO2", "zero_crossing_fv"), 1e-7);
        assertEquals(1.2980769, cell(t, "Al2O3", "zero_crossing_fv"), 1e-7);
        assertEquals(1.2980769, cell(t, "TiO2", "zero_crossing_fv"), 1e-7);
        assertEquals(2.5961538, cell(t, "K2O", "zero_crossing_fv"), 1e-7);
        assertEquals(0.6490385, cell(t, "CaO", "zero_crossing_fv"), 1e-7);
        assertEquals(30, cell(t, "SiO2", "delta_x_at_chosen_fv"), 1e-9);
        assertEquals(0, cell(t, "Al2O3", "delta_x_at_chosen_fv"), 1e-9);
        assertEquals(-1.5, cell(t, "K2O", "delta_x_at_chosen_fv"), 1e-9);
        assertEquals(4, cell(t, "CaO", "delta_x_at_chosen_fv"), 1e-9);
    }

    @Test
    void tracePanelAndTheDrawnLines() {
        UnitPanel ppm = UnitPanel.of(UNITS).get(1);
        assertEquals("ppm", ppm.unit());
        var chart = GresensDiagram.chart("A1", NAMES, C0, CA, 2.70, 2.60, FV, FRAME, ppm);
        assertEquals(0, cell(chart.data(), "Zr", "delta_x_at_chosen_fv"), 1e-9);
        // the Zr line: −200 at f_v = 0 and slope (2.60/2.70)·160 per unit of f_v
        Layer.Line zr = chart.layers().stream().filter(l -> l instanceof Layer.Line).map(l -> (Layer.Line) l)
                .findFirst().orElseThrow();
        assertEquals(-200, zr.y()[0], 1e-9);
        assertEquals(-200 + zr.x()[1] * 2.60 / 2.70 * 160, zr.y()[1], 1e-9);
        assertTrue(chart.layers().stream().anyMatch(l -> l instanceof Layer.Rule r && !r.horizontal()
                && Math.abs(r.value() - FV) < 1e-12), "the chosen f_v is marked");
        assertTrue(chart.layers().stream().anyMatch(l -> l instanceof Layer.Rule r && r.horizontal() && r.value() == 0),
                "zero line");
    }

    @Test
    void ppbColumnsJoinTheTracePanelInPpm() {
        UnitPanel trace = UnitPanel.of(new ConcentrationUnit[] { W, ConcentrationUnit.PPB, ConcentrationUnit.PPM })
                .get(1);
        assertEquals(2, trace.components().length);
        assertEquals(1e-3, trace.factor()[0], 1e-15);
        assertEquals(1, trace.factor()[1], 0);
    }
}
