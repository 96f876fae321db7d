package org.petrobench.pt.engine.internal;

/**
 * A symmetric positive-definite block-tridiagonal matrix with 2×2 blocks (the Gauss–Newton
 * Hessian of the MRF, PT.md §5.4), factorised by block Cholesky ("block Thomas") in O(n).
 * <p>
 * Storage, row-major 2×2 blocks: {@code d[4k..4k+3]} = diagonal block D_k, {@code b[4k..4k+3]} =
 * block B_k at (k, k+1); the block at (k+1, k) is B_kᵀ.
 * <p>
 * Forward pass S_1 = D_1, S_k = D_k − B_{k−1}ᵀ S_{k−1}⁻¹ B_{k−1}; log det H = Σ log det S_k.
 * Selected inversion (PT.md §5.4): Σ_n = S_n⁻¹, Σ_{k,k+1} = −S_k⁻¹ B_k Σ_{k+1},
 * Σ_k = S_k⁻¹ + S_k⁻¹ B_k Σ_{k+1} B_kᵀ S_k⁻¹ — the 2×2 diagonal and first off-diagonal blocks of
 * H⁻¹ without forming it.
 */
final class BlockTridiagonal {

    private final int n;
    private final double[] d;
    private final double[] b;
    /** S_k⁻¹, row-major 2×2 per block. */
    private final double[] sInv;
    private double logDet;
    private boolean positiveDefinite;

    /** Wraps (does not copy) the block arrays; call {@link #factor()} before use. */
    BlockTridiagonal(int n, double[] d, double[] b) {
        this.n = n;
        this.d = d;
        this.b = b;
        this.sInv = new double[4 * n];
    }

    int size() {
        return n;
    }

    /** Factorises; returns false when the matrix is not positive definite. */
    boolean factor() {
        logDet = 0;
        positiveDefinite = true;
        double s0 = d[0], s1 = d[1], s2 = d[2], s3 = d[3];
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                // S_k = D_k − B_{k−1}ᵀ S_{k−1}⁻¹ B_{k−1}
                int o = 4 * (k - 1);
                double b0 = b[o], b1 = b[o + 1], b2 = b[o + 2], b3 = b[o + 3];
                double i0 = sInv[o], i1 = sInv[o + 1], i2 = sInv[o + 2], i3 = sInv[o + 3];
                // M = S⁻¹ B
                double m0 = i0 * b0 + i1 * b2, m1 = i0 * b1 + i1 * b3, m2 = i2 * b0 + i3 * b2, m3 = i2 * b1 + i3 * b3;
                s0 = d[4 * k] - (b0 * m0 + b2 * m2);
                s1 = d[4 * k + 1] - (b0 * m1 + b2 * m3);
                s2 = d[4 * k + 2] - (b1 * m0 + b3 * m2);
                s3 = d[4 * k + 3] - (b1 * m1 + b3 * m3);
            }
            double det = s0 * s3 - s1 * s2;
            if (!(det > 0) || !(s0 > 0)) {
                positiveDefinite = false;
                return false;
            }
            logDet += Math.log(det);
            int o = 4 * k;
            sInv[o] = s3 / det;
            sInv[o + 1] = -s1 / det;
            sInv[o + 2] = -s2 / det;
            sInv[o + 3] = s0 / det;
        }
        return true;
    }

    boolean positiveDefinite() {
        return positiveDefinite;
    }

    /** log det H (after a successful {@link #factor()}). */
    double logDet() {
        return logDet;
    }

    /** Solves H x = r (r of length 2n, not modified) into x. */
    void solve(double[] r, double[] x) {
        double[] z = x;
        z[0] = r[0];
        z[1] = r[1];
        for (int k = 1; k < n; k++) {
            // z_k = r_k − B_{k−1}ᵀ S_{k−1}⁻¹ z_{k−1}
            int o = 4 * (k - 1);
            double y0 = sInv[o] * z[2 * k - 2] + sInv[o + 1] * z[2 * k - 1];
            double y1 = sInv[o + 2] * z[2 * k - 2] + sInv[o + 3] * z[2 * k - 1];
            z[2 * k] = r[2 * k] - (b[o] * y0 + b[o + 2] * y1);
            z[2 * k + 1] = r[2 * k + 1] - (b[o + 1] * y0 + b[o + 3] * y1);
        }
        for (int k = n - 1; k >= 0; k--) {
            double w0 = z[2 * k];
            double w1 = z[2 * k + 1];
            if (k < n - 1) {
                int o = 4 * k;
                w0 -= b[o] * x[2 * k + 2] + b[o + 1] * x[2 * k + 3];
                w1 -= b[o + 2] * x[2 * k + 2] + b[o + 3] * x[2 * k + 3];
            }
            int o = 4 * k;
            x[2 * k] = sInv[o] * w0 + sInv[o + 1] * w1;
            x[2 * k + 1] = sInv[o + 2] * w0 + sInv[o + 3] * w1;
        }
    }

    /**
     * Selected inversion: the diagonal blocks Σ_k into {@code diag[4k..]} and the blocks Σ_{k,k+1}
     * into {@code off[4k..]} (length 4(n−1) or more), row-major.
     */
    void selectedInverse(double[] diag, double[] off) {
        int last = 4 * (n - 1);
        System.arraycopy(sInv, last, diag, last, 4);
        for (int k = n - 2; k >= 0; k--) {
            int o = 4 * k;
            int p = 4 * (k + 1);
            double i0 = sInv[o], i1 = sInv[o + 1], i2 = sInv[o + 2], i3 = sInv[o + 3];
            double b0 = b[o], b1 = b[o + 1], b2 = b[o + 2], b3 = b[o + 3];
            // M = S_k⁻¹ B_k
            double m0 = i0 * b0 + i1 * b2, m1 = i0 * b1 + i1 * b3, m2 = i2 * b0 + i3 * b2, m3 = i2 * b1 + i3 * b3;
            double q0 = diag[p], q1 = diag[p + 1], q2 = diag[p + 2], q3 = diag[p + 3];
            // Σ_{k,k+1} = −M Σ_{k+1}
            double c0 = -(m0 * q0 + m1 * q2), c1 = -(m0 * q1 + m1 * q3);
            double c2 = -(m2 * q0 + m3 * q2), c3 = -(m2 * q1 + m3 * q3);
            off[o] = c0;
            off[o + 1] = c1;
            off[o + 2] = c2;
            off[o + 3] = c3;
            // Σ_k = S_k⁻¹ − Σ_{k,k+1} Mᵀ  (= S⁻¹ + M Σ_{k+1} Mᵀ)
            diag[o] = i0 - (c0 * m0 + c1 * m1);
            diag[o + 1] = i1 - (c0 * m2 + c1 * m3);
            diag[o + 2] = i2 - (c2 * m0 + c3 * m1);
            diag[o + 3] = i3 - (c2 * m2 + c3 * m3);
        }
    }
}
