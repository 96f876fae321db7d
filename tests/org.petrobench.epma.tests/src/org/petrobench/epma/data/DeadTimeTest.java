package org.petrobench.epma.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;

/** EPMA.md §3.8 and §13 T3 "dead time": each against a plain hand computation. */
class DeadTimeTest {

    @Test
    void specCheckValue() throws DataException {
        // 10 000 / (1 − 1100e-9 · 10 000 / 0.1) = 10 000 / 0.89 = 11 235.955…
        float[] out = DeadTime.correct(new float[] { 10_000f }, 1100e-9, 0.1);
        assertEquals(11_235.955, out[0], 0.001);
    }

    @Test
    void correctionsAdd() throws DataException {
        float[] raw = { 0f, 1f, 250f, 4_000f, 10_000f, 50_000f };
        double t = 0.05;
        float[] twice = DeadTime.correct(DeadTime.correct(raw, 300e-9, t), 500e-9, t);
        float[] once = DeadTime.correct(raw, 800e-9, t);
        for (int i = 0; i < raw.length; i++) {
            // plain formula: X/(1 − τX/t)
            double expected = raw[i] / (1 - 800e-9 * raw[i] / t);
            assertEquals(expected, once[i], expected * 1e-6 + 1e-6);
            assertEquals(once[i], twice[i], once[i] * 1e-6 + 1e-6, "pixel " + i);
        }
    }

    @Test
    void zeroIsIdentityAndACopy() throws DataException {
        float[] raw = { 3.5f, 7f, 0f };
        float[] out = DeadTime.correct(raw, 0, 0.1);
        assertArrayEquals(raw, out);
        out[0] = 99f;
        assertEquals(3.5f, raw[0]);
    }

    @Test
    void valuesAreNotRounded() throws DataException {
        float[] out = DeadTime.correct(new float[] { 3f }, 1e-6, 0.01);
        // 3 / (1 − 3e-4) = 3.00090027…
        assertEquals(3.00090027, out[0], 1e-6);
    }

    @Test
    void saturationNamesThePixel() {
        float[] raw = new float[12];
        raw[7] = 150_000f; // τX/t = 1e-6 · 1.5e5 / 0.1 = 1.5
        DataException e = assertThrows(DataException.class, () -> DeadTime.correct(raw, 1e-6, 0.1, 4, "Si.txt"));
        assertTrue(e.getMessage().contains("Si.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 4"), e.getMessage());
    }

    @Test
    void varianceOfCorrectedCounts() {
        // V = X′(1 + τX′/t) = 11235.955 · (1 + 1100e-9 · 11235.955 / 0.1)
        double x = 10_000 / 0.89;
        assertEquals(x * (1 + 1100e-9 * x / 0.1), DeadTime.variance(x, 1100e-9, 0.1), 1e-6);
        assertEquals(42.0, DeadTime.variance(42.0, 0, 0.1));
    }
}
