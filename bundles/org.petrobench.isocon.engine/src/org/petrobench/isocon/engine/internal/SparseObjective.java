package org.petrobench.isocon.engine.internal;

/**
 * The sparse-isocon objective of ISOCON.md §5.2 (our reconstruction of Kuwatani et al. 2020,
 * Chem. Geol. 532:119345; CHECK-PAPER):
 * E_q(r) = Σ_i w_i ((M/M_i) Σ_j m_ij Δ_ij(r_j)²)^{q/2} (S1), with Δ_ij = ln r_j + ln c_ij (log
 * form, Decision: default) or Δ_ij = r_j c_ij − 1 (relative form). Data are stored
 * component-major ({@code i * M + j}) for the IRLS update and sample-major for the group sums.
 * The state is x_j = ln r_j in the log form and r_j in the relative form. Not thread-safe
 * (scratch arrays): one instance per draw and thread.
 */
final class SparseObjective {

    final int m;
    final int n;
    final boolean log;
    /** ln c_ij (log form) or c_ij (relative form), component-major; 0 where masked. */
    final double[] data;
    /** m_ij, component-major. */
    final boolean[] mask;
    /** m_ij as 1.0/0.0, so the inner loops need no branch. */
    final double[] weightOne;
    /** w_i, zero for groups with M_i = 0 (dropped). */
    final double[] w;
    /** M / M_i. */
    final double[] scale;
    /** ln c_ij or c_ij again, sample-major ({@code j * N + i}): the S_i loop then runs along i and vectorises. */
    private final double[] dataBySample;
    /** m_ij as 1.0/0.0, sample-major. */
    private final double[] weightOneBySample;
    /** Whether any cell is masked; without masks the 1.0 factors are skipped (x·1.0 = x exactly). */
    final boolean anyMasked;
    /** Four partial sums per group (j mod 4 in blocks of four, as in a scalar loop with four accumulators). */
    private final double[][] partial;

    SparseObjective(Draw d, double[] weights, boolean log) {
        this.m = d.m();
        this.n = d.n();
        this.log = log;
        data = new double[n * m];
        mask = new boolean[n * m];
        weightOne = new double[n * m];
        w = new double[n];
        scale = new double[n];
        for (int i = 0; i < n; i++) {
            int mi = 0;
            for (int j = 0; j < m; j++) {
                int k = j * n + i;
                // log form: a zero concentration has no logarithm, the cell is masked (ISOCON.md §2)
                boolean use = d.frame()[k] && (!log || d.altered()[k] > 0);
                if (use) {
                    double c = d.altered()[k] / d.c0()[i];
                    data[i * m + j] = log ? Math.log(c) : c;
                    mask[i * m + j] = true;
                    weightOne[i * m + j] = 1;
                    mi++;
                }
            }
            w[i] = mi == 0 ? 0 : weights[i];
            scale[i] = mi == 0 ? 0 : (double) m / mi;
        }
        dataBySample = new double[n * m];
        weightOneBySample = new double[n * m];
        boolean masked = false;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                dataBySample[j * n + i] = data[i * m + j];
                weightOneBySample[j * n + i] = weightOne[i * m + j];
                masked |= !mask[i * m + j];
            }
        }
        anyMasked = masked;
        partial = new double[4][n];
    }

    /** Δ_ij for state x_j. */
    double delta(int i, int j, double x) {
        double v = data[i * m + j];
        return log ? x + v : x * v - 1;
    }

    /**
     * S_i = (M/M_i) Σ_j m_ij Δ_ij² for every group. The log form sums j in four interleaved partial
     * sums (j mod 4 over whole blocks of four, the remainder into the first), combined as
     * (p0 + p1) + (p2 + p3); the relative form sums j in order. The loop runs over samples outside
     * and groups inside, so the inner loop vectorises while every S_i sees the same floating-point
     * operations in the same order as a per-group loop: results do not depend on the loop order.
     */
    void groupSums(double[] x, double[] s) {
        double[] p0 = partial[0];
        java.util.Arrays.fill(p0, 0);
        if (log) {
            double[] p1 = partial[1];
            double[] p2 = partial[2];
            double[] p3 = partial[3];
            java.util.Arrays.fill(p1, 0);
            java.util.Arrays.fill(p2, 0);
            java.util.Arrays.fill(p3, 0);
            int blocks = m - m % 4;
            for (int j = 0; j < m; j++) {
                double[] p = j < blocks ? partial[j & 3] : p0;
                double xj = x[j];
                int base = j * n;
                if (anyMasked) {
                    for (int i = 0; i < n; i++) {
                        double d = xj + dataBySample[base + i];
                        p[i] += weightOneBySample[base + i] * d * d;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        double d = xj + dataBySample[base + i];
                        p[i] += d * d;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                s[i] = w[i] == 0 ? 0 : scale[i] * ((p0[i] + p1[i]) + (p2[i] + p3[i]));
            }
        } else {
            for (int j = 0; j < m; j++) {
                double xj = x[j];
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    double d = xj * dataBySample[base + i] - 1;
                    p0[i] += weightOneBySample[base + i] * d * d;
                }
            }
            for (int i = 0; i < n; i++) {
                s[i] = w[i] == 0 ? 0 : scale[i] * p0[i];
            }
        }
    }

    /** E_ε = Σ w_i (S_i + ε)^{q/2}; ε = 0 gives (S1). */
    double value(double[] x, double q, double eps, double[] work) {
        groupSums(x, work);
        double e = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] > 0) {
                e += w[i] * Math.pow(work[i] + eps, q / 2);
            }
        }
        return e;
    }

    /** Converts the state to mass ratios. */
    double[] massRatio(double[] x) {
        double[] r = new double[m];
        for (int j = 0; j < m; j++) {
            r[j] = log ? Math.exp(x[j]) : x[j];
        }
        return r;
    }
}
