package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.Layer;

/**
 * Mass-change bars of the Grant example of ISOCON.md §8.1 with r = 1.25: Δ = r·C^A/C^O − 1 =
 * +50, 0, 0, 0, −50, +100 % and ΔC = +30, 0, 0, 0 ppm, −1.5, +4 (worked by hand).
 */
class MassChangeBarsTest {

    private static final String[] NAMES = { "SiO2", "Al2O3", "TiO2", "Zr", "K2O", "CaO" };
    private static final double[][] DELTA = { { 0.5, 0, 0, 0, -0.5, 1.0 } };
    private static final double[][] DELTA_ABS = { { 30, 0, 0, 0, -1.5, 4 } };
    private static final ConcentrationUnit W = ConcentrationUnit.WT_PERCENT;

    private static Layer.Bars bars(Chart c) {
        return c.layers().stream().filter(l -> l instanceof Layer.Bars).map(l -> (Layer.Bars) l).findFirst()
                .orElseThrow();
    }

    @Test
    void logScaleDrawsGainsAndLossesSymmetrically() {
        int[] order = { 0, 1, 2, 3, 4, 5 };
        Chart log = MassChangeBars.chart(new String[] { "A1" }, NAMES, new double[][] { { 3.0, 0, 0, 0, -0.75, 1 } },
                null, null, order, true);
        double[] h = bars(log).value();
        // +300 % and −75 %: 100·ln 4 and 100·ln 0.25 are equally long
        assertEquals(100 * Math.log(4), h[0], 1e-9);
        assertEquals(-h[0], h[4], 1e-9);
        // tick labels in %, placed at 100·ln(1 + p/100)
        assertTrue(List.of(log.xCategories()).contains("SiO2"));
        Chart linear = MassChangeBars.chart(new String[] { "A1" }, NAMES, DELTA, null, null, order, false);
        assertArrayEquals(new double[] { 50, 0, 0, 0, -50, 100 }, bars(linear).value(), 1e-9);
        assertTrue(linear.layers().stream().anyMatch(l -> l instanceof Layer.Rule r && r.horizontal() && r.value() == 0),
                "zero line");
    }

    @Test
    void whiskersAre95PercentOfTheBootstrap() {
        double[][] lo = { { 0.5 - 1.959964 * 0.1, 0, 0, 0, -0.5, 1 } };
        double[][] hi = { { 0.5 + 1.959964 * 0.1, 0, 0, 0, -0.5, 1 } };
        Chart c = MassChangeBars.chart(new String[] { "A1" }, NAMES, DELTA, lo, hi, new int[] { 0, 1, 2, 3, 4, 5 },
                false);
        assertEquals(50 - 19.59964, bars(c).lo()[0], 1e-9);
        assertEquals(50 + 19.59964, bars(c).hi()[0], 1e-9);
    }

    @Test
    void absoluteViewHasOnePanelPerUnit() {
        ConcentrationUnit[] units = { W, W, W, ConcentrationUnit.PPM, W, W };
        List<UnitPanel> panels = UnitPanel.of(units);
        int[] order = { 3, 1, 2, 0, 4, 5 };
        double[][] sd = { { 1, 0, 0, 2, 0.1, 0.2 } };
        Chart majors = MassChangeBars.absolute(new String[] { "A1" }, NAMES, DELTA_ABS, sd, order, panels.get(0));
        assertArrayEquals(new String[] { "Al2O3", "TiO2", "SiO2", "K2O", "CaO" }, majors.xCategories());
        assertArrayEquals(new double[] { 0, 0, 30, -1.5, 4 }, bars(majors).value(), 1e-12);
        assertEquals(30 + 1.959964, bars(majors).hi()[2], 1e-6);
        Chart traces = MassChangeBars.absolute(new String[] { "A1" }, NAMES, DELTA_ABS, sd, order, panels.get(1));
        assertArrayEquals(new String[] { "Zr" }, traces.xCategories());
        assertEquals("ppm", traces.data().rows().get(0).get(2));
        assertEquals(-2 * 1.959964, bars(traces).lo()[0], 1e-6);
    }

    @Test
    void componentsAreOrderedByMobilityWithUnknownLast() {
        assertArrayEquals(new int[] { 2, 0, 3, 1 }, MassChangeBars.byMobility(new double[] { 0.2, Double.NaN, 0.01, 0.5 }));
    }
}
