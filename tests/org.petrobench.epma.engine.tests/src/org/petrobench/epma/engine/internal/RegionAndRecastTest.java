package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.petrobench.core.InputException;
import org.petrobench.epma.PhaseDensities;
import org.petrobench.epma.Region;
import org.petrobench.epma.StructuralFormula;

/** Region geometry (EPMA.md §11), density lookup and the structural-formula recast (PT.md §1 checks). */
class RegionAndRecastTest {

    @Test
    void rectangleIsAnInclusivePixelBox() {
        Region r = Region.rectangle("r", 5, 7, 4, 3, 1, 1);
        assertEquals(4 * 3, r.size());
        assertTrue(r.contains(1 * 7 + 1) && r.contains(3 * 7 + 4));
        assertFalse(r.contains(0) || r.contains(3 * 7 + 5));
    }

    @Test
    void polygonUsesPixelCentresAndTheEvenOddRule() {
        // a square from (0.5, 0.5) to (2.5, 2.5) holds the centres x, y ∈ {1, 2}
        Region sq = Region.polygon("sq", 5, 5, new double[] { 0.5, 2.5, 2.5, 0.5 }, new double[] { 0.5, 0.5, 2.5, 2.5 });
        assertEquals(4, sq.size());
        assertTrue(sq.contains(1 * 5 + 1) && sq.contains(2 * 5 + 2));
        // a self-intersecting pentagram: the even-odd rule leaves its centre pentagon out
        double[] xs = new double[5], ys = new double[5];
        for (int v = 0; v < 5; v++) {
            double a = Math.PI / 2 + v * 4 * Math.PI / 5;
            xs[v] = 20 + 18 * Math.cos(a);
            ys[v] = 20 + 18 * Math.sin(a);
        }
        Region star = Region.polygon("star", 41, 41, xs, ys);
        assertFalse(star.contains(20 * 41 + 20), "even-odd: the centre is outside");
        assertTrue(star.contains(Math.round((float) (20 + 14 * Math.sin(0))) * 41 + 20 + 0) || star.size() > 0);
        // random polygons against a brute-force crossing count written here (PNPOLY, Franklin 1970s)
        Random rnd = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            int nv = 3 + rnd.nextInt(8);
            double[] px = new double[nv], py = new double[nv];
            for (int v = 0; v < nv; v++) {
                px[v] = -3 + 26 * rnd.nextDouble();
                py[v] = -3 + 20 * rnd.nextDouble();
                if (rnd.nextInt(4) == 0) {
                    px[v] = Math.round(px[v]); // vertices on pixel centres exercise the edge rule
                    py[v] = Math.round(py[v]);
                }
            }
            Region r = Region.polygon("p", 15, 20, px, py);
            for (int y = 0; y < 15; y++) {
                for (int x = 0; x < 20; x++) {
                    boolean in = false;
                    for (int a = 0, b = nv - 1; a < nv; b = a++) {
                        if ((py[a] > y) != (py[b] > y) && x < (px[b] - px[a]) * (y - py[a]) / (py[b] - py[a]) + px[a]) {
                            in = !in;
                        }
                    }
                    assertEquals(in, r.contains(y * 20 + x), "trial " + trial + " pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void densitiesComeFromPhaseNamesOrFailNamingThePhase() throws Exception {
        double[] d = PhaseDensities.resolve(List.of("Grt_core", "Qtz", "Xyz"), java.util.Map.of("Xyz", 3.0), "_", "--densities");
        assertEquals(4.19, d[0]);
        assertEquals(2.65, d[1]);
        assertEquals(3.0, d[2]);
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> PhaseDensities.resolve(List.of("Qtz", "Xyz"), java.util.Map.of(), "_", "--densities"));
        assertTrue(e.getMessage().contains("'Xyz'") && e.getMessage().startsWith("--densities"), e.getMessage());
    }

    /** The recast self-checks of PT.md §1 (computed there with the IUPAC molar masses). */
    @Test
    void recastReproducesThePtSelfChecks() {
        List<String> ox = List.of("SiO2", "TiO2", "Al2O3", "FeO", "MnO", "MgO", "CaO", "Na2O", "K2O");
        double[] grt = { 37.5, 0.05, 21, 33, 2, 3, 3.5, 0, 0 };
        double[] x = StructuralFormula.of("Grt", ox).orElseThrow().recast(grt, new double[4]);
        assertEquals(0.73567, x[0], 1e-5);
        assertEquals(0.11921, x[1], 1e-5);
        assertEquals(0.09996, x[2], 1e-5);
        assertEquals(0.04516, x[3], 1e-5);
        double[] bt = { 35.5, 2, 19, 21, 0.2, 8, 0, 0.2, 9 };
        double[] b = StructuralFormula.of("Bt", ox).orElseThrow().recast(bt, new double[4]);
        assertEquals(0.32245, b[0], 1e-5);
        assertEquals(0.47484, b[1], 1e-5);
        assertEquals(0.15745, b[2], 1e-5);
        assertEquals(0.04068, b[3], 1e-5);
        double[] pl = { 60, 0, 25, 0, 0, 0, 6.5, 7.8, 0.2 };
        double[] p = StructuralFormula.of("Pl", ox).orElseThrow().recast(pl, new double[2]);
        assertEquals(0.31171, p[0], 1e-5);
        assertTrue(StructuralFormula.of("Qtz", ox).isEmpty());
        // per pixel: only where P(Grt) ≥ 0.5 and Total ≥ 80 wt%
        float[][] wt = new float[ox.size()][3];
        float[] total = new float[3];
        for (int o = 0; o < ox.size(); o++) {
            wt[o][0] = (float) grt[o];
            wt[o][1] = (float) (grt[o] / 2);
            wt[o][2] = (float) grt[o];
            total[0] += wt[o][0];
            total[1] += wt[o][1];
            total[2] += wt[o][2];
        }
        org.petrobench.epma.Membership m = new org.petrobench.epma.Membership(org.petrobench.epma.Membership.Kind.POSTERIOR,
                List.of("Grt", "Qtz"), new float[][] { { 1, 1, 0.3f }, { 0, 0, 0.7f } });
        float[][] px = StructuralFormula.of("Grt", ox).orElseThrow().map(wt, total, m, 0, 80);
        assertEquals(0.73567, px[0][0], 1e-5);
        assertTrue(Float.isNaN(px[0][1]), "total below 80 wt%");
        assertTrue(Float.isNaN(px[0][2]), "membership below 0.5");
    }
}
