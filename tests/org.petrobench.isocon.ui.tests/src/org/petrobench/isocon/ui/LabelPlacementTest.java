package org.petrobench.isocon.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Label de-collision on the Grant example of ISOCON.md §8.1 with the automatic factors: TiO2×50
 * (0.8·50, 0.64·50) and Zr/5 (200/5, 160/5) fall on the same point (40, 32), so their labels were
 * drawn over each other.
 */
class LabelPlacementTest {

    /** A plot of 100 × 100 data units on 400 × 400 pixels: 0.25 data units per pixel. */
    private static final double SPAN = 100;
    private static final double[] RANGE = { 0, SPAN };
    private static final double PIXELS = 400;

    @Test
    void coincidentPointsGetLabelsOneLineApart() {
        double[] x = { 12, 32, 40, 40, 60, 80 };
        double[] y = { 14.4, 25.6, 32, 32, 24, 128 };
        String[] text = { "SiO2/5", "Al2O3\u00d72", "TiO2\u00d750", "Zr/5", "K2O\u00d720", "CaO\u00d720" };
        double[] placed = LabelPlacement.place(x, y, text, RANGE, RANGE, PIXELS, PIXELS).y();
        // the first of the two keeps its place, the second moves by at least one line (15 px = 3.75 units)
        assertEquals(32, placed[2], 0);
        assertTrue(Math.abs(placed[3] - 32) >= 15 * SPAN / PIXELS - 1e-9, "Zr/5 moved: " + placed[3]);
        // labels far from each other stay where they were
        assertEquals(14.4, placed[0], 0);
        assertEquals(24, placed[4], 0);
        assertEquals(128, placed[5], 0);
    }

    @Test
    void aLabelMovesPastSeveralOccupiedLines() {
        // three labels at one point: the second goes one line up, the third one line down
        double[] x = { 50, 50, 50 };
        double[] y = { 50, 50, 50 };
        String[] text = { "A", "B", "C" };
        double[] placed = LabelPlacement.place(x, y, text, RANGE, RANGE, PIXELS, PIXELS).y();
        double line = 15 * SPAN / PIXELS;
        assertEquals(50, placed[0], 1e-12);
        assertEquals(50 + line, placed[1], 1e-12);
        assertEquals(50 - line, placed[2], 1e-12);
    }

    @Test
    void movedLabelsStayInsideThePlot() {
        // three labels on the x-axis (y = 0, the range's bottom): the third cannot go below it
        double[] placed = LabelPlacement.place(new double[] { 50, 50, 50 }, new double[] { 0, 0, 0 },
                new String[] { "A", "B", "C" }, RANGE, RANGE, PIXELS, PIXELS).y();
        double line = 15 * SPAN / PIXELS;
        assertEquals(0, placed[0], 1e-12);
        assertEquals(line, placed[1], 1e-12);
        assertEquals(2 * line, placed[2], 1e-12);
    }

    @Test
    void aLabelAtTheRightEdgeEndsInsideThePlot() {
        // "K2O×20" is 6·7 = 42 px = 10.5 units wide: from x = 95 it would end at 107 > 100
        LabelPlacement.Anchors at = LabelPlacement.place(new double[] { 95, 20 }, new double[] { 40, 40 },
                new String[] { "K2O\u00d720", "SiO2" }, RANGE, RANGE, PIXELS, PIXELS);
        assertEquals(100 - 10.5 - 2 * 1.5, at.x()[0], 1e-12);
        assertEquals(20, at.x()[1], 0, "a label with room keeps its x");
    }

    @Test
    void labelsSideBySideDoNotMove() {
        // "AB" is 2·7 = 14 px = 3.5 units wide from x + 1.5: a label starting at x = 10 ends before 15
        double[] x = { 10, 15 };
        double[] y = { 50, 50 };
        double[] placed = LabelPlacement.place(x, y, new String[] { "AB", "CD" }, RANGE, RANGE, PIXELS, PIXELS).y();
        assertEquals(50, placed[1], 0);
    }

    @Test
    void missingPointsAreSkipped() {
        double[] placed = LabelPlacement.place(new double[] { Double.NaN, 5 }, new double[] { 5, 5 },
                new String[] { "X", "Y" }, RANGE, RANGE, PIXELS, PIXELS).y();
        assertEquals(5, placed[0], 0);
        assertEquals(5, placed[1], 0);
    }
}
