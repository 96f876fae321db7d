package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.Al2SiO5Diagram.Boundary;
import org.petrobench.pt.Al2SiO5Diagram.Polymorph;
import org.petrobench.pt.Al2SiO5Diagram.TriplePoint;

/** PT.md §3.8: straight boundaries through the triple point (Holdaway 1971: 501 °C, 3.76 kbar). */
class Al2SiO5DiagramTest {

    private static final double K = 273.15;
    private final Al2SiO5Diagram d = Al2SiO5Diagram.holdaway1971();

    @Test
    void kyaniteSillimaniteLineMatchesTheSpecCheck() {
        // 3760 + 20.75·(T_C − 501): 5.81, 9.96, 14.11 kbar at 600, 800, 1000 °C
        assertEquals(5.81, d.boundaryPressure(Boundary.KY_SIL, 600 + K) / 1000, 0.005);
        assertEquals(9.96, d.boundaryPressure(Boundary.KY_SIL, 800 + K) / 1000, 0.005);
        assertEquals(14.11, d.boundaryPressure(Boundary.KY_SIL, 1000 + K) / 1000, 0.005);
        assertEquals(3760 + 20.75 * 99, d.boundaryPressure(Boundary.KY_SIL, 600 + K), 1e-9);
    }

    @Test
    void stableFields() {
        assertEquals(Polymorph.KYANITE, d.stable(8000, 600 + K));
        assertEquals(Polymorph.SILLIMANITE, d.stable(4000, 600 + K));
        // And–Sil at 600 °C: 3760 − 16.2·99 = 2156.2 bar
        assertEquals(Polymorph.ANDALUSITE, d.stable(2000, 600 + K));
        assertEquals(Polymorph.SILLIMANITE, d.stable(2300, 600 + K));
        // Ky–And at 450 °C: 3760 + 12.4·(−51) = 3127.6 bar
        assertEquals(Polymorph.KYANITE, d.stable(3200, 450 + K));
        assertEquals(Polymorph.ANDALUSITE, d.stable(3000, 450 + K));
        assertEquals(Polymorph.SILLIMANITE, d.stable(1000, 900 + K));
        assertEquals(Polymorph.KYANITE, Polymorph.ofKey("ky"));
        assertEquals(Math.abs(5900 - (3760 + 20.75 * 99)), d.pressureDistanceToBoundary(5900, 600 + K), 1e-9);
    }

    @Test
    void pattisonTriplePointAndSegments() {
        Al2SiO5Diagram p = new Al2SiO5Diagram(TriplePoint.PATTISON_1992);
        assertEquals(4500 + 20.75 * 50, p.boundaryPressure(Boundary.KY_SIL, 600 + K), 1e-9);
        assertArrayEquals(new double[] { 400 + K, 3760 - 12.4 * 101, 501 + K, 3760 },
                d.segment(Boundary.KY_AND, 400 + K, 800 + K), 1e-9);
        assertArrayEquals(new double[] { 501 + K, 3760, 800 + K, 3760 - 16.2 * 299 },
                d.segment(Boundary.AND_SIL, 400 + K, 800 + K), 1e-9);
        assertNull(d.segment(Boundary.KY_SIL, 300 + K, 450 + K));
    }
}
