package org.petrobench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tick steps worked out by hand from Heckbert's 1-2-5 rule. */
class NiceTicksTest {

    @Test
    void zeroToTenInSixTicksStepsByTwo() {
        // raw step 10/5 = 2 -> nice 2
        assertArrayEquals(new double[] { 0, 2, 4, 6, 8, 10 }, NiceTicks.ticks(0, 10, 6), 1e-12);
    }

    @Test
    void ticksStayInsideTheRange() {
        // raw step 0.74/4 = 0.185 -> 0.2; first multiple >= 0.13 is 0.2
        assertArrayEquals(new double[] { 0.2, 0.4, 0.6, 0.8 }, NiceTicks.ticks(0.13, 0.87, 5), 1e-12);
    }

    @Test
    void negativeRangesAndFives() {
        // span 320, raw 320/7 = 45.7 -> 50
        assertEquals(50, NiceTicks.step(-75, 245, 8), 1e-12);
        assertArrayEquals(new double[] { -50, 0, 50, 100, 150, 200 }, NiceTicks.ticks(-75, 245, 8), 1e-12);
    }

    @Test
    void widenSnapsToWholeSteps() {
        assertArrayEquals(new double[] { 400, 900 }, NiceTicks.widen(412, 873, 8), 1e-12);
    }

    @Test
    void labelsUseTheDecimalsOfTheStep() {
        assertEquals("0.4", NiceTicks.label(0.4, 0.2));
        assertEquals("600", NiceTicks.label(600, 100));
        assertEquals("2.50", NiceTicks.label(2.5, 0.05));
    }
}
