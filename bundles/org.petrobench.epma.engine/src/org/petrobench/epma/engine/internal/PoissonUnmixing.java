package org.petrobench.epma.engine.internal;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Mixed-pixel unmixing, EPMA.md §7.4: with the endmember rates λ_k fixed, the area fractions of a
 * pixel maximise the Poisson log-likelihood ℓ(f) = Σ_j (X_j log μ_j − μ_j), μ_j = Σ_k f_k λ_kj, on
 * the simplex f ≥ 0, Σ f = 1 (concave in f). Solved by the preferred active-set Newton method
 * (gradient g_k = Σ_j λ_kj X_j/μ_j − Λ_k, Hessian −Σ_j λ_kj λ_lj X_j/μ_j²) with a backtracking
 * line search, instead of the slow Shepp–Vardi (1982) multiplicative EM; the KKT conditions
 * (g_k = ν where f_k &gt; 0, g_k ≤ ν where f_k = 0) are met to 1e-6 relative.
 */
final class PoissonUnmixing {

    static final double KKT_TOLERANCE = 1e-6;

    private PoissonUnmixing() {
    }

    /** Result of one pixel: fractions, multiplier ν, and whether KKT was met. */
    record Solution(double[] fractions, double nu, boolean kkt) {
    }

    static double logLikelihood(double[][] lambda, double[] x, double[] f) {
        double l = 0;
        for (int j = 0; j < x.length; j++) {
            double mu = 0;
            for (int k = 0; k < f.length; k++) {
                mu += f[k] * lambda[k][j];
            }
            if (mu <= 0) {
                if (x[j] > 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                continue;
            }
            l += x[j] * Math.log(mu) - mu;
        }
        return l;
    }

    /** Gradient of ℓ at f. */
    static double[] gradient(double[][] lambda, double[] x, double[] f) {
        int c = f.length;
        double[] g = new double[c];
        for (int j = 0; j < x.length; j++) {
            double mu = 0;
            for (int k = 0; k < c; k++) {
                mu += f[k] * lambda[k][j];
            }
            double r = mu > 0 ? x[j] / mu : 0;
            for (int k = 0; k < c; k++) {
                g[k] += lambda[k][j] * r - lambda[k][j];
            }
        }
        return g;
    }

    /** Maximises ℓ(f) over the simplex for candidate rates {@code lambda} (c × p) and counts {@code x}. */
    static Solution solve(double[][] lambda, double[] x) {
        int c = lambda.length;
        int p = x.length;
        double[] f = new double[c];
        java.util.Arrays.fill(f, 1.0 / c);
        if (c == 1) {
            return new Solution(f, gradient(lambda, x, f)[0], true);
        }
        boolean[] free = new boolean[c];
        java.util.Arrays.fill(free, true);
        double nu = 0;
        for (int iter = 0; iter < 200; iter++) {
            double[] mu = new double[p];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < c; k++) {
                    mu[j] += f[k] * lambda[k][j];
                }
            }
            double[] g = gradient(lambda, x, f);
            int m = 0;
            int[] idx = new int[c];
            for (int k = 0; k < c; k++) {
                if (free[k]) {
                    idx[m++] = k;
                }
            }
            // KKT system on the free set: [−H 1; 1ᵀ 0][d; ν] = [g; 0]
            double[][] a = new double[m + 1][m + 2];
            double trace = 0;
            for (int r = 0; r < m; r++) {
                for (int s = 0; s < m; s++) {
                    double h = 0;
                    for (int j = 0; j < p; j++) {
                        if (mu[j] > 0) {
                            h += lambda[idx[r]][j] * lambda[idx[s]][j] * x[j] / (mu[j] * mu[j]);
                        }
                    }
                    a[r][s] = h;
                }
                trace += a[r][r];
                a[r][m] = 1;
                a[m][r] = 1;
                a[r][m + 1] = g[idx[r]];
            }
            double ridge = 1e-12 * Math.max(trace, 1e-300);
            for (int r = 0; r < m; r++) {
                a[r][r] += ridge;
            }
            double[] sol = gauss(a);
            double[] d = new double[c];
            for (int r = 0; r < m; r++) {
                d[idx[r]] = sol[r];
            }
            nu = sol[m];
            double scale = 1;
            for (int k = 0; k < c; k++) {
                scale = Math.max(scale, Math.abs(g[k]));
            }
            scale = Math.max(scale, Math.abs(nu));
            boolean stationary = true;
            for (int r = 0; r < m; r++) {
                if (Math.abs(g[idx[r]] - nu) > KKT_TOLERANCE * scale) {
                    stationary = false;
                }
            }
            if (stationary) {
                int release = -1;
                double worst = KKT_TOLERANCE * scale;
                for (int k = 0; k < c; k++) {
                    if (!free[k] && g[k] - nu > worst) {
                        worst = g[k] - nu;
                        release = k;
                    }
                }
                if (release < 0) {
                    return new Solution(f, nu, true);
                }
                free[release] = true;
                continue;
            }
            double tMax = 1;
            int blocking = -1;
            for (int k = 0; k < c; k++) {
                if (free[k] && d[k] < 0 && -f[k] / d[k] < tMax) {
                    tMax = -f[k] / d[k];
                    blocking = k;
                }
            }
            double l0 = logLikelihood(lambda, x, f);
            double slope = 0;
            for (int k = 0; k < c; k++) {
                slope += g[k] * d[k];
            }
            double t = tMax;
            double[] trial = new double[c];
            boolean accepted = false;
            for (int ls = 0; ls < 60; ls++) {
                for (int k = 0; k < c; k++) {
                    trial[k] = Math.max(0, f[k] + t * d[k]);
                }
                if (t == tMax && blocking >= 0) {
                    trial[blocking] = 0;
                }
                normalise(trial);
                double l1 = logLikelihood(lambda, x, trial);
                if (l1 >= l0 + 1e-4 * t * slope) {
                    accepted = true;
                    break;
                }
                t /= 2;
            }
            if (!accepted) {
                break; // no ascent possible at double precision: f is optimal to rounding
            }
            System.arraycopy(trial, 0, f, 0, c);
            for (int k = 0; k < c; k++) {
                if (f[k] == 0) {
                    free[k] = false;
                }
            }
        }
        return new Solution(f, nu, kkt(lambda, x, f, nu));
    }

    /** Checks the KKT conditions of a solution to {@link #KKT_TOLERANCE} relative. */
    static boolean kkt(double[][] lambda, double[] x, double[] f, double nu) {
        double[] g = gradient(lambda, x, f);
        double scale = Math.max(1, Math.abs(nu));
        for (double v : g) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int k = 0; k < f.length; k++) {
            if (f[k] > 0 ? Math.abs(g[k] - nu) > KKT_TOLERANCE * scale : g[k] - nu > KKT_TOLERANCE * scale) {
                return false;
            }
        }
        return true;
    }

    private static void normalise(double[] f) {
        double s = 0;
        for (double v : f) {
            s += v;
        }
        for (int k = 0; k < f.length; k++) {
            f[k] /= s;
        }
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix. */
    private static double[] gauss(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[piv];
            a[piv] = tmp;
            double dv = a[col][col];
            if (dv == 0) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double fct = a[r][col] / dv;
                if (fct != 0) {
                    for (int s = col; s <= n; s++) {
                        a[r][s] -= fct * a[col][s];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int q = r + 1; q < n; q++) {
                s -= a[r][q] * x[q];
            }
            x[r] = a[r][r] == 0 ? 0 : s / a[r][r];
        }
        return x;
    }

    /**
     * Unmixes the map (§7.4 "Which pixels"): pixels whose 3×3 neighbourhood holds more than one
     * hard label, or whose Poisson deviance against their hard phase exceeds χ²_p(0.999). Candidates
     * are the neighbourhood labels plus the second-best phase, at most p+1 by posterior. All other
     * pixels get their one-hot hard label. {@code rates} are λ_kj on the Poisson signals {@code x}.
     *
     * @return area fractions K × N (NaN without data); {@code kktFailures[0]} counts pixels whose
     *         solution missed the KKT tolerance
     */
    static float[][] unmix(float[][] x, double[][] rates, float[][] posterior, int lines, int columns,
            PixelBlocks blocks, int[] kktFailures, int[] mixedPixels) {
        int k = rates.length;
        int p = x.length;
        int n = lines * columns;
        short[] label = new short[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            float bv = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (posterior[c][i] > bv) {
                    bv = posterior[c][i];
                    best = c;
                }
            }
            label[i] = (short) best;
        }
        double limit = new ChiSquaredDistribution(null, p, 1e-12).inverseCumulativeProbability(0.999);
        float[][] f = new float[k][n];
        int nb = blocks.count();
        int[] failures = new int[nb];
        int[] mixed = new int[nb];
        blocks.forEach(b -> {
            boolean[] cand = new boolean[k];
            double[] xv = new double[p];
            for (int i = blocks.from(b); i < blocks.to(b); i++) {
                int own = label[i];
                if (own < 0) {
                    for (int c = 0; c < k; c++) {
                        f[c][i] = Float.NaN;
                    }
                    continue;
                }
                java.util.Arrays.fill(cand, false);
                int line = i / columns;
                int col = i % columns;
                int distinct = 0;
                for (int dl = -1; dl <= 1; dl++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int l2 = line + dl;
                        int c2 = col + dc;
                        if (l2 < 0 || l2 >= lines || c2 < 0 || c2 >= columns) {
                            continue;
                        }
                        int lab = label[l2 * columns + c2];
                        if (lab >= 0 && !cand[lab]) {
                            cand[lab] = true;
                            distinct++;
                        }
                    }
                }
                for (int j = 0; j < p; j++) {
                    xv[j] = x[j][i];
                }
                boolean unmix = distinct > 1;
                if (!unmix) {
                    double dev = 0;
                    for (int j = 0; j < p; j++) {
                        double lam = rates[own][j];
                        dev += (xv[j] > 0 ? xv[j] * Math.log(xv[j] / lam) : 0) - (xv[j] - lam);
                    }
                    unmix = 2 * dev > limit;
                }
                if (!unmix) {
                    f[own][i] = 1;
                    continue;
                }
                int second = -1;
                for (int c = 0; c < k; c++) {
                    if (c != own && (second < 0 || posterior[c][i] > posterior[second][i])) {
                        second = c;
                    }
                }
                if (second >= 0) {
                    cand[second] = true;
                }
                int[] order = candidates(cand, posterior, i, p + 1);
                double[][] lam = new double[order.length][];
                for (int r = 0; r < order.length; r++) {
                    lam[r] = rates[order[r]];
                }
                Solution s = solve(lam, xv);
                if (!s.kkt()) {
                    failures[b]++;
                }
                mixed[b]++;
                for (int r = 0; r < order.length; r++) {
                    f[order[r]][i] = (float) s.fractions()[r];
                }
            }
        });
        for (int b = 0; b < nb; b++) {
            kktFailures[0] += failures[b];
            mixedPixels[0] += mixed[b];
        }
        return f;
    }

    /** Candidate phases by decreasing posterior (ties to phase order), at most {@code max}. */
    private static int[] candidates(boolean[] cand, float[][] posterior, int i, int max) {
        int k = cand.length;
        Integer[] list = new Integer[k];
        int m = 0;
        for (int c = 0; c < k; c++) {
            if (cand[c]) {
                list[m++] = c;
            }
        }
        Integer[] use = java.util.Arrays.copyOf(list, m);
        java.util.Arrays.sort(use, (a, b) -> {
            int cmp = Float.compare(posterior[b][i], posterior[a][i]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        int len = Math.min(m, max);
        int[] out = new int[len];
        for (int r = 0; r < len; r++) {
            out[r] = use[r];
        }
        return out;
    }
}
