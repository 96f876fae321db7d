package org.petrobench.isocon.engine.internal;

/**
 * The sparse-isocon objective of ISOCON.md §5.2 (our reconstruction of Kuwatani et al. 2020,
 * Chem. Geol. 532:119345; CHECK-PAPER):
 * E_q(r) = Σ_i w_i ((M/M_i) Σ_j m_ij Δ_ij(r_j)²)^{q/2} (S1), with Δ_ij = ln r_j + ln c_ij (log
 * form, Decision: default) or Δ_ij = r_j c_ij − 1 (relative form). Data are stored
 * component-major ({@code i * M + j}) for the inner loops. The state is x_j = ln r_j in the log
 * form and r_j in the relative form.
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
    }

    /** Δ_ij for state x_j. */
    double delta(int i, int j, double x) {
        double v = data[i * m + j];
        return log ? x + v : x * v - 1;
    }

    /** S_i = (M/M_i) Σ_j m_ij Δ_ij² for every group. */
    void groupSums(double[] x, double[] s) {
        for (int i = 0; i < n; i++) {
            if (w[i] == 0) {
                s[i] = 0;
                continue;
            }
            double sum = 0;
            int base = i * m;
            if (log) {
                // four partial sums: independent chains the CPU can overlap (the JIT keeps FP order)
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                int j = 0;
                for (; j + 3 < m; j += 4) {
                    double d0 = x[j] + data[base + j];
                    double d1 = x[j + 1] + data[base + j + 1];
                    double d2 = x[j + 2] + data[base + j + 2];
                    double d3 = x[j + 3] + data[base + j + 3];
                    s0 += weightOne[base + j] * d0 * d0;
                    s1 += weightOne[base + j + 1] * d1 * d1;
                    s2 += weightOne[base + j + 2] * d2 * d2;
                    s3 += weightOne[base + j + 3] * d3 * d3;
                }
                for (; j < m; j++) {
                    double dl = x[j] + data[base + j];
                    s0 += weightOne[base + j] * dl * dl;
                }
                sum = (s0 + s1) + (s2 + s3);
            } else {
                for (int j = 0; j < m; j++) {
                    double dl = x[j] * data[base + j] - 1;
                    sum += weightOne[base + j] * dl * dl;
                }
            }
            s[i] = scale[i] * sum;
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
