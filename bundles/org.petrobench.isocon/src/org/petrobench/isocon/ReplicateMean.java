package org.petrobench.isocon;

/** Column means and sample standard deviations of a row-major matrix, skipping NaN cells. */
final class ReplicateMean {

    private ReplicateMean() {
    }

    static double[] mean(double[] rows, int count, int n) {
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int k = 0;
            for (int r = 0; r < count; r++) {
                double x = rows[r * n + i];
                if (!Double.isNaN(x)) {
                    sum += x;
                    k++;
                }
            }
            mean[i] = k == 0 ? Double.NaN : sum / k;
        }
        return mean;
    }

    static double[] sd(double[] rows, int count, int n) {
        double[] mean = mean(rows, count, n);
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            double ss = 0;
            int k = 0;
            for (int r = 0; r < count; r++) {
                double x = rows[r * n + i];
                if (!Double.isNaN(x)) {
                    ss += (x - mean[i]) * (x - mean[i]);
                    k++;
                }
            }
            sd[i] = k < 2 ? Double.NaN : Math.sqrt(ss / (k - 1));
        }
        return sd;
    }
}
