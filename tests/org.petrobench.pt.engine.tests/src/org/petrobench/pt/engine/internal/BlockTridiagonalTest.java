package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * PT.md §7 T8 (second part): the O(n) block solve, log-determinant and selected inversion equal
 * dense linear algebra (Gauss–Jordan written here) to 10⁻¹² on random SPD block-tridiagonal
 * matrices.
 */
class BlockTridiagonalTest {

    /** A random SPD block-tridiagonal matrix: M = LLᵀ-like by diagonal dominance, general 2×2 off blocks. */
    private static double[][] random(int n, Random rnd, double[] d, double[] b) {
        for (int k = 0; k < n - 1; k++) {
            for (int i = 0; i < 4; i++) {
                b[4 * k + i] = rnd.nextGaussian();
            }
        }
        double[][] dense = new double[2 * n][2 * n];
        for (int k = 0; k < n; k++) {
            double a = rnd.nextGaussian();
            double c = rnd.nextGaussian();
            double e = rnd.nextGaussian();
            // symmetric positive part plus enough diagonal to dominate the off blocks
            d[4 * k] = a * a + 6;
            d[4 * k + 1] = a * c;
            d[4 * k + 2] = a * c;
            d[4 * k + 3] = c * c + e * e + 6;
        }
        for (int k = 0; k < n; k++) {
            dense[2 * k][2 * k] = d[4 * k];
            dense[2 * k][2 * k + 1] = d[4 * k + 1];
            dense[2 * k + 1][2 * k] = d[4 * k + 2];
            dense[2 * k + 1][2 * k + 1] = d[4 * k + 3];
            if (k < n - 1) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        dense[2 * k + i][2 * k + 2 + j] = b[4 * k + 2 * i + j];
                        dense[2 * k + 2 + j][2 * k + i] = b[4 * k + 2 * i + j];
                    }
                }
            }
        }
        return dense;
    }

    /** Inverse and log-determinant by Gauss–Jordan with partial pivoting. */
    static double[][] inverse(double[][] m, double[] logDet) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        double ld = 0;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double piv = a[c][c];
            ld += Math.log(Math.abs(piv));
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= piv;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        logDet[0] = ld;
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }

    @Test
    void selectedInversionSolveAndLogDetEqualDenseAlgebra() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + rnd.nextInt(30);
            double[] d = new double[4 * n];
            double[] b = new double[4 * Math.max(1, n - 1)];
            double[][] dense = random(n, rnd, d, b);
            BlockTridiagonal h = new BlockTridiagonal(n, d, b);
            assertTrue(h.factor(), "SPD");
            double[] ld = new double[1];
            double[][] inv = inverse(dense, ld);
            assertEquals(ld[0], h.logDet(), 1e-12 * Math.max(1, Math.abs(ld[0])));
            double[] diag = new double[4 * n];
            double[] off = new double[4 * Math.max(1, n - 1)];
            h.selectedInverse(diag, off);
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        assertEquals(inv[2 * k + i][2 * k + j], diag[4 * k + 2 * i + j], 1e-12, "Σ_k");
                        if (k < n - 1) {
                            assertEquals(inv[2 * k + i][2 * k + 2 + j], off[4 * k + 2 * i + j], 1e-12, "Σ_k,k+1");
                        }
                    }
                }
            }
            double[] r = new double[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                r[i] = rnd.nextGaussian();
            }
            double[] x = new double[2 * n];
            h.solve(r, x);
            for (int i = 0; i < 2 * n; i++) {
                double e = 0;
                for (int j = 0; j < 2 * n; j++) {
                    e += inv[i][j] * r[j];
                }
                assertEquals(e, x[i], 1e-12);
            }
        }
    }

    @Test
    void rejectsAnIndefiniteMatrix() {
        double[] d = { 1, 0, 0, -1 };
        assertTrue(!new BlockTridiagonal(1, d, new double[4]).factor());
    }
}
