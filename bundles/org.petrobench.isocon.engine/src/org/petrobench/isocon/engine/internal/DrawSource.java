package org.petrobench.isocon.engine.internal;

import java.util.SplittableRandom;

import org.petrobench.isocon.IsoconProblem;

/**
 * Builds {@link Draw}s from a problem: the point data, and bootstrap replicates (ISOCON.md §5.6):
 * protolith replicates resampled with replacement (n_p ≥ 2), then every value with an sd σ > 0
 * drawn log-normally with mean v and sd σ: v* = v·exp(μ + s·z), s² = ln(1 + σ²/v²), μ = −s²/2.
 */
final class DrawSource {

    private final int m;
    private final int n;
    private final int p;
    private final double[] protolith;
    private final double[] protolithSd;
    private final double[] rhoO;
    private final double[] rhoOSd;
    private final double[] altered;
    private final double[] alteredSd;
    private final double[] rhoA;
    private final double[] rhoASd;
    private final boolean[] censored;
    private final boolean[] candidate;

    DrawSource(IsoconProblem problem) {
        m = problem.sampleCount();
        n = problem.componentCount();
        p = problem.protolithCount();
        protolith = problem.protolithValues();
        protolithSd = problem.protolithSd();
        rhoO = problem.protolithDensities();
        rhoOSd = problem.protolithDensitySd();
        altered = problem.alteredValues();
        alteredSd = problem.alteredSd();
        rhoA = problem.densities();
        rhoASd = problem.densitySd();
        censored = problem.censored();
        candidate = problem.frameCandidates();
    }

    boolean[] censored() {
        return censored;
    }

    /** The data as measured. */
    Draw point() {
        int[] all = new int[p];
        for (int r = 0; r < p; r++) {
            all[r] = r;
        }
        return assemble(protolith, rhoO, all, altered, rhoA);
    }

    /** One replicate from an independent random stream. */
    Draw replicate(SplittableRandom random) {
        int[] rows = new int[p];
        for (int r = 0; r < p; r++) {
            rows[r] = p >= 2 ? random.nextInt(p) : r;
        }
        double[] po = new double[p * n];
        double[] ro = new double[p];
        for (int r = 0; r < p; r++) {
            int src = rows[r];
            for (int i = 0; i < n; i++) {
                po[r * n + i] = logNormal(protolith[src * n + i], protolithSd[src * n + i], random);
            }
            ro[r] = logNormal(rhoO[src], rhoOSd[src], random);
        }
        double[] a = new double[m * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = logNormal(altered[k], alteredSd[k], random);
        }
        double[] ra = new double[m];
        for (int j = 0; j < m; j++) {
            ra[j] = logNormal(rhoA[j], rhoASd[j], random);
        }
        int[] identity = new int[p];
        for (int r = 0; r < p; r++) {
            identity[r] = r;
        }
        return assemble(po, ro, identity, a, ra);
    }

    private Draw assemble(double[] po, double[] ro, int[] rows, double[] a, double[] ra) {
        double[] c0 = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int k = 0;
            for (int r : rows) {
                double x = po[r * n + i];
                if (!Double.isNaN(x)) {
                    sum += x;
                    k++;
                }
            }
            c0[i] = k == 0 ? Double.NaN : sum / k;
        }
        double rs = 0;
        int rk = 0;
        for (int r : rows) {
            if (!Double.isNaN(ro[r])) {
                rs += ro[r];
                rk++;
            }
        }
        boolean[] frame = new boolean[m * n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                frame[k] = candidate[i] && c0[i] > 0 && !Double.isNaN(a[k]) && !censored[k];
            }
        }
        return new Draw(m, n, c0, a, rk == 0 ? Double.NaN : rs / rk, ra, frame);
    }

    /** A log-normal draw with mean v and sd σ; v itself when σ is unknown or zero (or v is 0 or missing). */
    static double logNormal(double v, double sd, SplittableRandom random) {
        if (!(sd > 0) || !(v > 0)) {
            return v;
        }
        double s2 = Math.log1p(sd * sd / (v * v));
        double s = Math.sqrt(s2);
        return v * Math.exp(-s2 / 2 + s * random.nextGaussian());
    }
}
