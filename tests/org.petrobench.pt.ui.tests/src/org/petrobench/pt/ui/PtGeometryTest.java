package org.petrobench.pt.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ellipses and band hulls against hand computations. */
class PtGeometryTest {

    @Test
    void ellipsePointsLieOnTheChiSquareContour() {
        double t = 600;
        double p = 7;
        double st = 30;
        double sp = 1.2;
        double r = 0.79;
        double[][] e = ConfidenceEllipse.trace(t, p, st, sp, r, 64);
        for (int i = 0; i < 64; i++) {
            // Mahalanobis distance with the inverse of the 2x2 covariance written out by hand
            double dx = (e[0][i] - t) / st;
            double dy = (e[1][i] - p) / sp;
            double q = (dx * dx - 2 * r * dx * dy + dy * dy) / (1 - r * r);
            assertEquals(5.991, q, 1e-3);
        }
    }

    @Test
    void hullOfTwoSquaresIsTheirSweptHexagon() {
        double[][] a = { { 0, 1, 1, 0 }, { 0, 0, 1, 1 } };
        double[][] b = { { 2, 3, 3, 2 }, { 2, 2, 3, 3 } };
        double[][] h = PtCharts.hull(a, b);
        assertEquals(6, h[0].length);
        // shoelace: the hexagon (0,0) (1,0) (3,2) (3,3) (2,3) (0,1) gives (0 + 2 + 3 + 3 + 2 + 0)/2 = 5
        double area = 0;
        for (int i = 0; i < h[0].length; i++) {
            int j = (i + 1) % h[0].length;
            area += h[0][i] * h[1][j] - h[0][j] * h[1][i];
        }
        assertEquals(5, Math.abs(area) / 2, 1e-12);
        assertTrue(area > 0, "counter-clockwise");
    }
}
