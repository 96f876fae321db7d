package org.petrobench.isocon.engine.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.petrobench.core.DataException;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.Uncertainty;

/**
 * Bootstrap and Monte Carlo replicates of ISOCON.md §5.6: every replicate draws new data
 * ({@link DrawSource#replicate}) and reruns the whole estimator, frame selection included.
 * Replicate b uses the b-th stream split in order from {@code seed}; replicates run in parallel
 * in fixed blocks whose partial moments are merged in block order (Chan et al. 1979), so the
 * results do not depend on the number of threads.
 */
final class Bootstrap {

    private static final int BLOCK = 16;

    private Bootstrap() {
    }

    static Uncertainty run(DrawSource source, Estimator estimator, int replicates, long seed, int m, int n, Monitor monitor) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[replicates];
        for (int b = 0; b < replicates; b++) {
            streams[b] = root.split();
        }
        double[] r = new double[replicates * m];
        double[] v = new double[replicates * m];
        Arrays.fill(r, Double.NaN);
        Arrays.fill(v, Double.NaN);
        int blocks = (replicates + BLOCK - 1) / BLOCK;
        Moments[] abs = new Moments[blocks];
        Moments[] rel = new Moments[blocks];
        int[][] selected = new int[blocks][n];
        int[] failed = new int[blocks];
        monitor.begin("bootstrap", replicates);
        IntStream.range(0, blocks).parallel().forEach(block -> {
            Moments a = new Moments(m * n);
            Moments d = new Moments(m * n);
            for (int b = block * BLOCK; b < Math.min(replicates, (block + 1) * BLOCK); b++) {
                monitor.checkCanceled();
                Draw draw = source.replicate(streams[b]);
                Estimate e;
                try {
                    e = estimator.estimate(draw, null);
                } catch (DataException noResult) {
                    failed[block]++;
                    monitor.worked(1);
                    continue;
                }
                MassTransfer t = MassTransfer.of(draw.c0(), draw.rhoO(), draw.altered(), draw.rhoA(), e.massRatio());
                System.arraycopy(t.massRatio(), 0, r, b * m, m);
                System.arraycopy(t.volumeRatio(), 0, v, b * m, m);
                a.add(t.deltaAbs());
                d.add(t.deltaRel());
                for (int i = 0; i < n; i++) {
                    selected[block][i] += e.immobile()[i] ? 1 : 0;
                }
                monitor.worked(1);
            }
            abs[block] = a;
            rel[block] = d;
        });
        monitor.done();
        Moments totalAbs = new Moments(m * n);
        Moments totalRel = new Moments(m * n);
        int fails = 0;
        double[] fraction = new double[n];
        for (int k = 0; k < blocks; k++) {
            totalAbs.merge(abs[k]);
            totalRel.merge(rel[k]);
            fails += failed[k];
            for (int i = 0; i < n; i++) {
                fraction[i] += selected[k][i];
            }
        }
        int ok = replicates - fails;
        for (int i = 0; i < n; i++) {
            fraction[i] = ok == 0 ? Double.NaN : fraction[i] / ok;
        }
        double[] rSd = new double[m];
        double[] vSd = new double[m];
        double[] p025 = new double[m];
        double[] p50 = new double[m];
        double[] p975 = new double[m];
        for (int j = 0; j < m; j++) {
            double[] rj = column(r, replicates, m, j);
            double[] vj = column(v, replicates, m, j);
            rSd[j] = rj.length > 1 ? new StandardDeviation().evaluate(rj) : Double.NaN;
            vSd[j] = vj.length > 1 ? new StandardDeviation().evaluate(vj) : Double.NaN;
            Percentile pct = new Percentile();
            pct.setData(rj);
            p025[j] = rj.length == 0 ? Double.NaN : pct.evaluate(2.5);
            p50[j] = rj.length == 0 ? Double.NaN : pct.evaluate(50);
            p975[j] = rj.length == 0 ? Double.NaN : pct.evaluate(97.5);
        }
        return new Uncertainty(replicates, fails, rSd, vSd, totalAbs.sd(), totalRel.sd(), p025, p50, p975, fraction);
    }

    /** The finite values of column j of a replicates×m matrix. */
    private static double[] column(double[] x, int rows, int m, int j) {
        double[] c = new double[rows];
        int k = 0;
        for (int b = 0; b < rows; b++) {
            double v = x[b * m + j];
            if (Double.isFinite(v)) {
                c[k++] = v;
            }
        }
        return Arrays.copyOf(c, k);
    }

    /** Count, mean and sum of squared deviations per cell (Welford), NaN cells skipped. */
    static final class Moments {
        final long[] count;
        final double[] mean;
        final double[] m2;

        Moments(int size) {
            count = new long[size];
            mean = new double[size];
            m2 = new double[size];
        }

        void add(double[] x) {
            for (int k = 0; k < x.length; k++) {
                if (Double.isNaN(x[k])) {
                    continue;
                }
                count[k]++;
                double d = x[k] - mean[k];
                mean[k] += d / count[k];
                m2[k] += d * (x[k] - mean[k]);
            }
        }

        void merge(Moments o) {
            for (int k = 0; k < count.length; k++) {
                if (o.count[k] == 0) {
                    continue;
                }
                long c = count[k] + o.count[k];
                double d = o.mean[k] - mean[k];
                mean[k] += d * o.count[k] / c;
                m2[k] += o.m2[k] + d * d * count[k] * o.count[k] / c;
                count[k] = c;
            }
        }

        double[] sd() {
            double[] sd = new double[count.length];
            for (int k = 0; k < sd.length; k++) {
                sd[k] = count[k] < 2 ? Double.NaN : Math.sqrt(m2[k] / (count[k] - 1));
            }
            return sd;
        }
    }
}
