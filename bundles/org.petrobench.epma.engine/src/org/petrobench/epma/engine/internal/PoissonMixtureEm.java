package org.petrobench.epma.engine.internal;

import org.apache.commons.math3.special.Gamma;
import org.petrobench.core.Monitor;

/**
 * Poisson mixture fitted by EM (Dempster, Laird &amp; Rubin 1977), EPMA.md §7.1. Pixel i is in phase
 * k with probability π_k and X_ij ~ Poisson(λ_kj) independently over j; a Gaussian signal
 * (electron image) adds N(x; μ_kj, σ_j²) with σ_j² pooled over phases.
 * <pre>
 * E  s_ik = log π_k + Σ_j (X_ij log λ_kj − λ_kj − lnΓ(X_ij+1)) [+ Gaussian]; P_ik = softmax_k s_ik
 * M  λ_kj = max(λ_min, Σ_i P_ik X_ij/Σ_i P_ik);  π_k = max(1e-12, Σ_i P_ik/N)
 * stop after the E-step of iteration t ≥ 1 when |ℓ_t − ℓ_{t−1}| &lt; tol·|ℓ_t|, or after maxIter M-steps
 * </pre>
 * Memberships are not stored during the iterations: one last pass writes P from the parameters of
 * the last E-step. lnΓ is summed once so that ℓ is the true log-likelihood. A phase with
 * Σ_i P_ik &lt; 1 keeps its λ frozen. Pixels with a NaN in any signal have no data (P = NaN).
 */
final class PoissonMixtureEm {

    /** Result of a fit. */
    record Fit(double[][] rates, double[] proportions, double[][] gaussianMeans, double[] gaussianVariances,
            float[][] membership, int iterations, boolean converged, double logLikelihood, boolean[] frozen,
            boolean monotone) {
    }

    private final float[][] x;
    private final boolean[] gaussian;
    private final int n;
    private final int p;
    private final double relTol;
    private final int maxIter;
    private final double floor;

    /**
     * @param signals  p rows of N values (counts, or electron values where {@code gaussian[j]})
     * @param gaussian which signals are Gaussian features
     */
    PoissonMixtureEm(float[][] signals, boolean[] gaussian, double relTol, int maxIter, double rateFloor) {
        this.x = signals;
        this.gaussian = gaussian;
        this.p = signals.length;
        this.n = signals[0].length;
        this.relTol = relTol;
        this.maxIter = maxIter;
        this.floor = rateFloor;
    }

    Fit fit(double[][] centres, PixelBlocks blocks, Monitor monitor) {
        int k = centres.length;
        double[][] lambda = new double[k][p];
        double[] pi = new double[k];
        double[] var = new double[p];
        for (int c = 0; c < k; c++) {
            pi[c] = 1.0 / k;
            for (int j = 0; j < p; j++) {
                lambda[c][j] = gaussian[j] ? centres[c][j] : Math.max(centres[c][j], floor);
            }
        }
        double[] constant = new double[1];
        int dataPixels = initialMoments(blocks, var, constant);
        boolean[] frozen = new boolean[k];
        double previous = Double.NaN;
        double ll = Double.NaN;
        int mSteps = 0;
        boolean converged = false;
        boolean monotone = true;
        for (int t = 0;; t++) {
            monitor.checkCanceled();
            Stats s = eStep(lambda, pi, var, blocks, null);
            ll = s.logSum - constant[0];
            if (t >= 1 && Math.abs(ll - previous) < relTol * Math.abs(ll)) {
                converged = true;
                break;
            }
            if (t >= 1 && ll < previous - 1e-9 * Math.abs(previous)) {
                monotone = false;
            }
            if (mSteps == maxIter) {
                break;
            }
            mStep(s, lambda, pi, var, frozen, dataPixels);
            mSteps++;
            previous = ll;
            monitor.worked(1);
        }
        float[][] membership = new float[k][n];
        eStep(lambda, pi, var, blocks, membership);
        double[][] means = new double[k][p];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                means[c][j] = lambda[c][j];
            }
        }
        return new Fit(lambda, pi, means, var, membership, mSteps, converged, ll, frozen, monotone);
    }

    private record Stats(double[] weight, double[][] sum, double[][] sumSq, double logSum) {
    }

    /** Counts pixels with data, sums lnΓ(X+1) over Poisson signals and the pooled variance start. */
    private int initialMoments(PixelBlocks blocks, double[] var, double[] constant) {
        int nb = blocks.count();
        double[] lg = new double[nb];
        int[] cnt = new int[nb];
        double[][] s1 = new double[nb][p];
        double[][] s2 = new double[nb][p];
        blocks.forEach(b -> {
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                if (!hasData(i)) {
                    continue;
                }
                cnt[b]++;
                for (int j = 0; j < p; j++) {
                    double v = x[j][i];
                    if (gaussian[j]) {
                        s1[b][j] += v;
                        s2[b][j] += v * v;
                    } else {
                        lg[b] += LogFactorial.of(v);
                    }
                }
            }
        });
        int total = 0;
        double c = 0;
        double[] m1 = new double[p];
        double[] m2 = new double[p];
        for (int b = 0; b < nb; b++) {
            total += cnt[b];
            c += lg[b];
            for (int j = 0; j < p; j++) {
                m1[j] += s1[b][j];
                m2[j] += s2[b][j];
            }
        }
        constant[0] = c;
        for (int j = 0; j < p; j++) {
            if (gaussian[j] && total > 0) {
                double mean = m1[j] / total;
                var[j] = Math.max(m2[j] / total - mean * mean, 1e-12);
            }
        }
        return total;
    }

    private boolean hasData(int i) {
        for (int j = 0; j < p; j++) {
            if (Float.isNaN(x[j][i])) {
                return false;
            }
        }
        return true;
    }

    private Stats eStep(double[][] lambda, double[] pi, double[] var, PixelBlocks blocks, float[][] out) {
        int k = lambda.length;
        double[][] logLambda = new double[k][p];
        double[] base = new double[k];
        for (int c = 0; c < k; c++) {
            base[c] = Math.log(pi[c]);
            for (int j = 0; j < p; j++) {
                if (gaussian[j]) {
                    base[c] -= 0.5 * Math.log(2 * Math.PI * var[j]);
                } else {
                    logLambda[c][j] = Math.log(lambda[c][j]);
                    base[c] -= lambda[c][j];
                }
            }
        }
        int nb = blocks.count();
        double[][] w = new double[nb][];
        double[][][] sum = new double[nb][][];
        double[][][] sumSq = new double[nb][][];
        double[] logSum = new double[nb];
        blocks.forEach(b -> {
            double[] wb = new double[k];
            double[][] sb = new double[k][p];
            double[][] qb = new double[k][p];
            double[] s = new double[k];
            double[] xi = new double[p];
            double ls = 0;
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                // the pixel's values once into a local vector: K·p reads from p arrays become p
                boolean data = true;
                for (int j = 0; j < p; j++) {
                    float v = x[j][i];
                    data &= !Float.isNaN(v);
                    xi[j] = v;
                }
                if (!data) {
                    if (out != null) {
                        for (int c = 0; c < k; c++) {
                            out[c][i] = Float.NaN;
                        }
                    }
                    continue;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double v = base[c];
                    double[] ll = logLambda[c];
                    double[] lam = lambda[c];
                    for (int j = 0; j < p; j++) {
                        double xv = xi[j];
                        if (gaussian[j]) {
                            double d = xv - lam[j];
                            v -= d * d / (2 * var[j]);
                        } else {
                            v += xv * ll[j];
                        }
                    }
                    s[c] = v;
                    if (v > max) {
                        max = v;
                    }
                }
                double z = 0;
                for (int c = 0; c < k; c++) {
                    s[c] = Math.exp(s[c] - max);
                    z += s[c];
                }
                ls += max + Math.log(z);
                for (int c = 0; c < k; c++) {
                    double pk = s[c] / z;
                    if (out != null) {
                        out[c][i] = (float) pk;
                    }
                    if (pk < 1e-20) {
                        continue;
                    }
                    wb[c] += pk;
                    double[] row = sb[c];
                    for (int j = 0; j < p; j++) {
                        double xv = xi[j];
                        row[j] += pk * xv;
                        if (gaussian[j]) {
                            qb[c][j] += pk * xv * xv;
                        }
                    }
                }
            }
            w[b] = wb;
            sum[b] = sb;
            sumSq[b] = qb;
            logSum[b] = ls;
        });
        double[] weight = new double[k];
        double[][] total = new double[k][p];
        double[][] totalSq = new double[k][p];
        double ls = 0;
        for (int b = 0; b < nb; b++) {
            ls += logSum[b];
            for (int c = 0; c < k; c++) {
                weight[c] += w[b][c];
                for (int j = 0; j < p; j++) {
                    total[c][j] += sum[b][c][j];
                    totalSq[c][j] += sumSq[b][c][j];
                }
            }
        }
        return new Stats(weight, total, totalSq, ls);
    }

    private void mStep(Stats s, double[][] lambda, double[] pi, double[] var, boolean[] frozen, int dataPixels) {
        int k = lambda.length;
        for (int c = 0; c < k; c++) {
            frozen[c] = s.weight[c] < 1;
            pi[c] = Math.max(1e-12, s.weight[c] / Math.max(dataPixels, 1));
            if (frozen[c]) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                double m = s.sum[c][j] / s.weight[c];
                lambda[c][j] = gaussian[j] ? m : Math.max(floor, m);
            }
        }
        for (int j = 0; j < p; j++) {
            if (!gaussian[j]) {
                continue;
            }
            double v = 0;
            for (int c = 0; c < k; c++) {
                double mu = lambda[c][j];
                v += s.sumSq[c][j] - 2 * mu * s.sum[c][j] + mu * mu * s.weight[c];
            }
            var[j] = Math.max(v / Math.max(dataPixels, 1), 1e-12);
        }
    }

    /** ln(x!) with a table for small integers; lnΓ(x+1) otherwise (dead-time corrected counts). */
    static final class LogFactorial {
        private static final double[] TABLE = new double[1 << 16];
        static {
            for (int i = 1; i < TABLE.length; i++) {
                TABLE[i] = TABLE[i - 1] + Math.log(i);
            }
        }

        private LogFactorial() {
        }

        static double of(double x) {
            if (x >= 0 && x < TABLE.length && x == Math.rint(x)) {
                return TABLE[(int) x];
            }
            return Gamma.logGamma(x + 1);
        }
    }
}
