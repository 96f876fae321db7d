package org.petrobench.epma.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** EPMA.md §3.7, with positions and indices worked out by hand. */
class MapGeometryTest {

    private final MapGeometry example = MapGeometry.lineAlongX(100, 100, 0, 0, 0, 1000, 1000);

    @Test
    void spotOneOfTheExample() {
        // stage (22, 82) mm, origin 0, step 1 mm: line ⌊22+½⌋+1 = 23, column ⌊82+½⌋+1 = 83
        assertEquals(23, example.lineOf(22, 82));
        assertEquals(83, example.columnOf(22, 82));
        assertEquals(22 * 100 + 82, example.pixelIndex(22, 82));
    }

    @Test
    void lastPixelIsInside() {
        assertEquals(99 * 100 + 99, example.pixelIndex(99, 99));
        assertEquals(99 * 100 + 99, example.pixelIndex(99.49, 99.49));
        assertEquals(-1, example.pixelIndex(99.5, 50));
        assertEquals(-1, example.pixelIndex(50, -0.51));
        assertEquals(0, example.pixelIndex(-0.49, -0.2));
    }

    @Test
    void reversedColumnAlongX() {
        // lines along Y (+), columns along X reversed, origin (10, 20) mm, steps 2 µm (line) and 4 µm (column)
        MapGeometry g = new MapGeometry(5, 8, 10, 20, 0, 2, 4, StageAxis.Y, StageAxis.X, 1, -1);
        // X = 10 − 0.012 mm → column ⌊12/4 + ½⌋ + 1 = 4; Y = 20.006 → line ⌊6/2 + ½⌋ + 1 = 4
        assertEquals(4, g.columnOf(10 - 0.012, 20.006));
        assertEquals(4, g.lineOf(10 - 0.012, 20.006));
        assertEquals(3 * 8 + 3, g.pixelIndex(10 - 0.012, 20.006));
        assertEquals(-1, g.pixelIndex(10.004, 20));
        double[] ex = g.extentXmm();
        assertEquals(10 - 7 * 0.004, ex[0], 1e-12);
        assertEquals(10, ex[1], 1e-12);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> MapGeometry.lineAlongX(0, 1, 0, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MapGeometry.lineAlongX(1, 1, 0, 0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new MapGeometry(1, 1, 0, 0, 0, 1, 1, StageAxis.X, StageAxis.X, 1, 1));
    }
}
