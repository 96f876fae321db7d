package org.petrobench.epma.engine.internal;

/**
 * The reference single-pass Poisson linear discriminant of Yasumoto et al. (2018) after Witten
 * (2011, Ann. Appl. Stat. 5:2493), EPMA.md §7.2:
 * <ol>
 * <li>labels y_i = argmin_k Σ_j (X_ij − c_kj)² (ties to the first phase);</li>
 * <li>power transform Z = X^α, α on the grid 0.01 + (g−1)·0.99/49, g = 1…50, chosen so that the
 * Pearson χ² of independence G(α) = Σ_{N_ij&gt;0} (Z_ij − N_ij)²/N_ij is closest to (N−1)(p−1)
 * (first on ties), with size factors N_ij = r_i c_j/T;</li>
 * <li>class effects d_kj = (Σ_{y_i=k} Z_ij + 1)/(Σ_{y_i=k} N_ij + 1);</li>
 * <li>D_ik = Σ_j Z_ij log d_kj − Σ_j N_ij d_kj + log π_k, π_k = 1/K′ over labelled phases;</li>
 * <li>P_ik = softmax_k D_ik, unlabelled phases 0. No iteration.</li>
 * </ol>
 * Implementation note: G is accumulated in one pass per α as T·Σ_j A_j/c_j − T with
 * A_j = Σ_i Z_ij²/r_i, which equals the χ² sum over N_ij &gt; 0 because Σ Z = Σ N = T there.
 */
final class ReferenceLda {

    /** Result: memberships, the chosen exponent, the class effects and the hard Euclidean labels' counts. */
    record Fit(float[][] membership, double exponent, double[][] classEffects, int[] labelled) {
    }

    static final int GRID = 50;

    private final float[][] x;
    private final int n;
    private final int p;

    ReferenceLda(float[][] signals) {
        this.x = signals;
        this.p = signals.length;
        this.n = signals[0].length;
    }

    static double gridValue(int g) {
        return 0.01 + g * 0.99 / (GRID - 1);
    }

    private boolean hasData(int i) {
        for (int j = 0; j < p; j++) {
            if (Float.isNaN(x[j][i])) {
                return false;
            }
        }
        return true;
    }

    Fit fit(double[][] centres, PixelBlocks blocks) {
        int k = centres.length;
        int nb = blocks.count();
        short[] label = new short[n];
        float[][] logX = new float[p][n];
        int[][] labelCount = new int[nb][k];
        int[] dataCount = new int[nb];
        blocks.forEach(b -> {
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                if (!hasData(i)) {
                    label[i] = -1;
                    continue;
                }
                dataCount[b]++;
                int best = 0;
                double bd = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = 0;
                    for (int j = 0; j < p; j++) {
                        double t = x[j][i] - centres[c][j];
                        d += t * t;
                    }
                    if (d < bd) {
                        bd = d;
                        best = c;
                    }
                }
                label[i] = (short) best;
                labelCount[b][best]++;
                for (int j = 0; j < p; j++) {
                    logX[j][i] = (float) Math.log(x[j][i]);
                }
            }
        });
        long nData = 0;
        int[] labelled = new int[k];
        for (int b = 0; b < nb; b++) {
            nData += dataCount[b];
            for (int c = 0; c < k; c++) {
                labelled[c] += labelCount[b][c];
            }
        }
        double target = (nData - 1.0) * (p - 1.0);
        double bestAlpha = gridValue(0);
        double bestGap = Double.POSITIVE_INFINITY;
        for (int g = 0; g < GRID; g++) {
            double a = gridValue(g);
            double gap = Math.abs(chiSquare(a, logX, blocks) - target);
            if (gap < bestGap) {
                bestGap = gap;
                bestAlpha = a;
            }
        }
        double alpha = bestAlpha;
        double[] colSum = columnSums(alpha, logX, blocks);
        double t = 0;
        for (double c : colSum) {
            t += c;
        }
        double total = t;
        double[][][] zs = new double[nb][k][p];
        double[][][] ns = new double[nb][k][p];
        blocks.forEach(b -> {
            double[] z = new double[p];
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                if (label[i] < 0) {
                    continue;
                }
                double r = row(i, alpha, logX, z);
                for (int j = 0; j < p; j++) {
                    zs[b][label[i]][j] += z[j];
                    ns[b][label[i]][j] += r * colSum[j] / total;
                }
            }
        });
        double[][] d = new double[k][p];
        double[][] zk = new double[k][p];
        double[][] nk = new double[k][p];
        for (int b = 0; b < nb; b++) {
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < p; j++) {
                    zk[c][j] += zs[b][c][j];
                    nk[c][j] += ns[b][c][j];
                }
            }
        }
        int kPrime = 0;
        for (int c = 0; c < k; c++) {
            if (labelled[c] > 0) {
                kPrime++;
            }
        }
        double[][] logD = new double[k][p];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                d[c][j] = (zk[c][j] + 1) / (nk[c][j] + 1);
                logD[c][j] = Math.log(d[c][j]);
            }
        }
        double logPi = -Math.log(Math.max(kPrime, 1));
        float[][] membership = new float[k][n];
        blocks.forEach(b -> {
            double[] z = new double[p];
            double[] s = new double[k];
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                if (label[i] < 0) {
                    for (int c = 0; c < k; c++) {
                        membership[c][i] = Float.NaN;
                    }
                    continue;
                }
                double r = row(i, alpha, logX, z);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    if (labelled[c] == 0) {
                        continue;
                    }
                    double v = logPi;
                    for (int j = 0; j < p; j++) {
                        v += z[j] * logD[c][j] - r * colSum[j] / total * d[c][j];
                    }
                    s[c] = v;
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    s[c] = labelled[c] == 0 ? 0 : Math.exp(s[c] - max);
                    sum += s[c];
                }
                for (int c = 0; c < k; c++) {
                    membership[c][i] = (float) (s[c] / sum);
                }
            }
        });
        return new Fit(membership, alpha, d, labelled);
    }

    /** Z_i· = X_i·^α into {@code z}; returns r_i. */
    private double row(int i, double alpha, float[][] logX, double[] z) {
        double r = 0;
        for (int j = 0; j < p; j++) {
            z[j] = Math.exp(alpha * logX[j][i]);
            r += z[j];
        }
        return r;
    }

    private double[] columnSums(double alpha, float[][] logX, PixelBlocks blocks) {
        int nb = blocks.count();
        double[][] part = new double[nb][p];
        blocks.forEach(b -> {
            double[] z = new double[p];
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                if (hasData(i)) {
                    row(i, alpha, logX, z);
                    for (int j = 0; j < p; j++) {
                        part[b][j] += z[j];
                    }
                }
            }
        });
        double[] c = new double[p];
        for (int b = 0; b < nb; b++) {
            for (int j = 0; j < p; j++) {
                c[j] += part[b][j];
            }
        }
        return c;
    }

    /** G(α), the Pearson χ² of independence of Z = X^α. */
    double chiSquare(double alpha, float[][] logX, PixelBlocks blocks) {
        int nb = blocks.count();
        double[][] colPart = new double[nb][p];
        double[][] aPart = new double[nb][p];
        blocks.forEach(b -> {
            double[] z = new double[p];
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                if (!hasData(i)) {
                    continue;
                }
                double r = row(i, alpha, logX, z);
                if (r <= 0) {
                    continue;
                }
                for (int j = 0; j < p; j++) {
                    colPart[b][j] += z[j];
                    aPart[b][j] += z[j] * z[j] / r;
                }
            }
        });
        double[] c = new double[p];
        double[] a = new double[p];
        for (int b = 0; b < nb; b++) {
            for (int j = 0; j < p; j++) {
                c[j] += colPart[b][j];
                a[j] += aPart[b][j];
            }
        }
        double t = 0;
        double g = 0;
        for (int j = 0; j < p; j++) {
            t += c[j];
        }
        for (int j = 0; j < p; j++) {
            if (c[j] > 0) {
                g += a[j] / c[j];
            }
        }
        return t * g - t;
    }
}
