package org.petrobench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Colour maps against matplotlib's published anchor colours (viridis: #440154 at 0, #21918c at
 * 0.5, #fde725 at 1; magma: #000004 at 0, #b73779 at 0.5, #fcfdbf at 1) and against the property
 * that makes a map perceptually ordered: its lightness grows monotonically.
 */
class ColourMapTest {

    private static void assertClose(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xff;
            int a = (actual >> shift) & 0xff;
            assertTrue(Math.abs(e - a) <= tolerance,
                    String.format("expected #%06x, got #%06x", expected, actual));
        }
    }

    @Test
    void viridisMatchesMatplotlibAnchors() {
        assertClose(0x440154, ColourMap.VIRIDIS.rgb(0), 6);
        assertClose(0x21918c, ColourMap.VIRIDIS.rgb(0.5), 6);
        assertClose(0xfde725, ColourMap.VIRIDIS.rgb(1), 6);
    }

    @Test
    void magmaMatchesMatplotlibAnchors() {
        assertClose(0x000004, ColourMap.MAGMA.rgb(0), 6);
        assertClose(0xb73779, ColourMap.MAGMA.rgb(0.5), 6);
        assertClose(0xfcfdbf, ColourMap.MAGMA.rgb(1), 6);
    }

    /** Relative luminance, ITU-R BT.709 weights on linearised sRGB (IEC 61966-2-1). */
    private static double luminance(int rgb) {
        double l = 0;
        double[] w = { 0.2126, 0.7152, 0.0722 };
        for (int k = 0; k < 3; k++) {
            double c = ((rgb >> (16 - 8 * k)) & 0xff) / 255.0;
            c = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            l += w[k] * c;
        }
        return l;
    }

    @Test
    void perceptualMapsGetLighterMonotonically() {
        for (ColourMap m : new ColourMap[] { ColourMap.VIRIDIS, ColourMap.MAGMA, ColourMap.GREY }) {
            int[] t = m.table();
            for (int i = 8; i < 256; i += 8) {
                assertTrue(luminance(t[i]) > luminance(t[i - 8]), m + " at " + i);
            }
        }
    }

    @Test
    void greyAndJetEndpoints() {
        assertEquals(0x000000, ColourMap.GREY.rgb(0));
        assertEquals(0xffffff, ColourMap.GREY.rgb(1));
        assertEquals(0x000080, ColourMap.JET.rgb(0)); // MATLAB jet starts at dark blue (0, 0, 0.5)
        assertEquals(0x800000, ColourMap.JET.rgb(1)); // and ends at dark red (0.5, 0, 0)
        assertEquals(ColourMap.VIRIDIS, ColourMap.of("unknown"));
        assertEquals(ColourMap.MAGMA, ColourMap.of("Magma"));
    }
}
