package org.petrobench.cli.internal.epma;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A synthetic EPMA dataset for {@code ./petrobench bench quantify} (EPMA.md §14), written in the
 * generic layout (§3.5: {@code conditions_xmap.csv} + matrices, {@code spot-analyses.csv} +
 * {@code conditions_qnt.csv}): N×N pixels, 6 phases in Voronoi grains (~20 px), 10 elements,
 * Poisson counts with mean E_m(C_ke/α_ke + γ_ke)/β′_e, and 20 spots per phase on pure pixels
 * with Poisson peak and sloped backgrounds. Independent of the engine and of the test generator.
 */
final class SyntheticEpmaDataset {

    static final String[] PHASES = { "Bt", "Cpx", "Grt", "Ilm", "Pl", "Qtz" };
    static final String[] ELEMENTS = { "Si", "Ti", "Al", "Cr", "Fe", "Mn", "Mg", "Ca", "Na", "K" };
    static final String[] OXIDES = { "SiO2", "TiO2", "Al2O3", "Cr2O3", "FeO", "MnO", "MgO", "CaO", "Na2O", "K2O" };
    /** wt% of each phase (PT.md §1 check analyses for Grt, Bt, Pl; typical Cpx, Ilm; pure Qtz). */
    static final double[][] WT = { { 35.5, 2, 19, 0, 21, 0.2, 8, 0, 0.2, 9 }, { 52, 0.5, 3, 0.5, 8, 0.2, 14, 22, 0.5, 0 },
            { 37.5, 0.05, 21, 0, 33, 2, 3, 3.5, 0, 0 }, { 0, 52.6, 0, 0, 45, 1.5, 0.5, 0, 0, 0 },
            { 60, 0, 25, 0, 0, 0, 0, 6.5, 7.8, 0.2 }, { 100, 0, 0, 0, 0, 0, 0, 0, 0, 0 } };
    static final double DWELL_S = 0.05;
    static final double CURRENT_UA = 0.1;
    static final double SPOT_UA = 0.01;
    static final double PEAK_S = 10;
    static final double BG_S = 5;
    static final double D_PLUS = 1;
    static final double D_MINUS = 2;
    static final int SPOTS_PER_PHASE = 20;

    private SyntheticEpmaDataset() {
    }

    /** Writes the dataset into {@code dir}/maps and {@code dir}/spots; returns {maps folder, spots folder}. */
    static Path[] write(Path dir, int size, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int np = PHASES.length;
        int ne = ELEMENTS.length;
        double[][] alpha = new double[np][ne];
        double[][] gamma = new double[np][ne];
        double[] betaPrime = new double[ne];
        for (int e = 0; e < ne; e++) {
            betaPrime[e] = 0.9 + 0.3 * rnd.nextDouble();
            for (int k = 0; k < np; k++) {
                alpha[k][e] = 1e-4 * (0.85 + 0.3 * rnd.nextDouble());
                gamma[k][e] = 200 + 800 * rnd.nextDouble();
            }
        }
        int[] label = grains(size, rnd.split());
        double exposure = DWELL_S * CURRENT_UA;
        Path maps = Files.createDirectories(dir.resolve("maps"));
        long[] seeds = new long[ne];
        for (int e = 0; e < ne; e++) {
            seeds[e] = rnd.nextLong();
        }
        try {
            IntStream.range(0, ne).parallel().forEach(e -> {
                SplittableRandom r = new SplittableRandom(seeds[e]);
                double[] mean = new double[np];
                for (int k = 0; k < np; k++) {
                    mean[k] = exposure * (WT[k][e] / alpha[k][e] + gamma[k][e]) / betaPrime[e];
                }
                try (BufferedWriter w = Files.newBufferedWriter(maps.resolve(ELEMENTS[e] + ".csv"), StandardCharsets.US_ASCII)) {
                    StringBuilder b = new StringBuilder(size * 6);
                    for (int l = 0; l < size; l++) {
                        b.setLength(0);
                        for (int c = 0; c < size; c++) {
                            if (c > 0) {
                                b.append(',');
                            }
                            b.append(poisson(r, mean[label[l * size + c]]));
                        }
                        w.append(b).append('\n');
                    }
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        try (BufferedWriter w = Files.newBufferedWriter(maps.resolve("conditions_xmap.csv"), StandardCharsets.UTF_8)) {
            w.write("Element,File path,Instrument,Dwell [msec],Probe current [A],Start X [mm],Start Y [mm],Step size [um],Steps X,Steps Y,dead time [ns]\n");
            for (int e = 0; e < ne; e++) {
                w.write(String.format(Locale.ROOT, "%s,%s.csv,synthetic,%s,%s,0,0,1,%d,%d,0%n", ELEMENTS[e], ELEMENTS[e],
                        DWELL_S * 1e3, CURRENT_UA * 1e-6, size, size));
            }
        }
        Path spots = Files.createDirectories(dir.resolve("spots"));
        try (BufferedWriter w = Files.newBufferedWriter(spots.resolve("conditions_qnt.csv"), StandardCharsets.UTF_8)) {
            w.write("Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\n");
            for (int e = 0; e < ne; e++) {
                w.write(OXIDES[e] + "," + ELEMENTS[e] + "," + D_PLUS + "," + D_MINUS + "," + PEAK_S + "," + BG_S + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(spots.resolve("spot-analyses.csv"), StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("id,phase,x_mm,y_mm,current_A");
            for (String o : OXIDES) {
                h.append(',').append(o).append("_wt,").append(o).append("_net,").append(o).append("_bgm,").append(o).append("_bgp,")
                        .append(o).append("_peak");
            }
            w.write(h.append('\n').toString());
            int id = 1;
            double es = PEAK_S * SPOT_UA;
            double eb = BG_S * SPOT_UA;
            for (int k = 0; k < np; k++) {
                List<int[]> pure = purePixels(label, size, k);
                for (int s = 0; s < SPOTS_PER_PHASE && !pure.isEmpty(); s++) {
                    int[] px = pure.remove(rnd.nextInt(pure.size()));
                    StringBuilder b = new StringBuilder();
                    b.append(id++).append(',').append(PHASES[k]).append(',').append(px[0] * 0.001).append(',').append(px[1] * 0.001)
                            .append(',').append(SPOT_UA * 1e-6);
                    for (int e = 0; e < ne; e++) {
                        double slope = 0.05 * gamma[k][e];
                        double pk = poisson(rnd, (WT[k][e] / alpha[k][e] + gamma[k][e]) * es) / es;
                        double bm = poisson(rnd, (gamma[k][e] - slope * D_MINUS) * eb) / eb;
                        double bp = poisson(rnd, (gamma[k][e] + slope * D_PLUS) * eb) / eb;
                        double bint = (bm * D_PLUS + bp * D_MINUS) / (D_PLUS + D_MINUS);
                        b.append(',').append(WT[k][e]).append(',').append(Math.max(0, pk - bint)).append(',').append(bm).append(',')
                                .append(bp).append(',').append(pk);
                    }
                    w.write(b.append('\n').toString());
                }
            }
        }
        return new Path[] { maps, spots };
    }

    /** Phase label per pixel: Voronoi cells of one jittered seed per 20×20 block. */
    static int[] grains(int size, SplittableRandom rnd) {
        int cell = 20;
        int g = (size + cell - 1) / cell;
        double[] sx = new double[g * g];
        double[] sy = new double[g * g];
        int[] phase = new int[g * g];
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                sx[a * g + b] = (b + rnd.nextDouble()) * cell;
                sy[a * g + b] = (a + rnd.nextDouble()) * cell;
                phase[a * g + b] = rnd.nextInt(PHASES.length);
            }
        }
        int[] label = new int[size * size];
        IntStream.range(0, size).parallel().forEach(l -> {
            int a0 = l / cell;
            for (int c = 0; c < size; c++) {
                int b0 = c / cell;
                double best = Double.MAX_VALUE;
                int bk = 0;
                for (int a = Math.max(0, a0 - 1); a <= Math.min(g - 1, a0 + 1); a++) {
                    for (int b = Math.max(0, b0 - 1); b <= Math.min(g - 1, b0 + 1); b++) {
                        double dx = sx[a * g + b] - c;
                        double dy = sy[a * g + b] - l;
                        double d = dx * dx + dy * dy;
                        if (d < best) {
                            best = d;
                            bk = phase[a * g + b];
                        }
                    }
                }
                label[l * size + c] = bk;
            }
        });
        return label;
    }

    /** Pixels (line, column) whose 5×5 neighbourhood is all phase k. */
    private static List<int[]> purePixels(int[] label, int size, int k) {
        List<int[]> out = new ArrayList<>();
        for (int l = 2; l < size - 2; l += 3) {
            for (int c = 2; c < size - 2; c += 3) {
                boolean ok = true;
                for (int a = -2; a <= 2 && ok; a++) {
                    for (int b = -2; b <= 2 && ok; b++) {
                        ok = label[(l + a) * size + c + b] == k;
                    }
                }
                if (ok) {
                    out.add(new int[] { l, c });
                }
            }
        }
        return out;
    }

    /**
     * A Poisson variate: multiplication method below 30, else the transformed rejection with
     * squeeze PTRS (Hörmann W. 1993, The transformed rejection method for generating Poisson random
     * variables, Insurance Math. Econom. 12:39–45).
     */
    static long poisson(SplittableRandom r, double mu) {
        if (!(mu > 0)) {
            return 0;
        }
        if (mu < 30) {
            double l = Math.exp(-mu);
            long k = 0;
            double p = r.nextDouble();
            while (p > l) {
                k++;
                p *= r.nextDouble();
            }
            return k;
        }
        double slam = Math.sqrt(mu);
        double loglam = Math.log(mu);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = r.nextDouble() - 0.5;
            double v = r.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mu + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v * invalpha / (a / (us * us) + b));
            double rhs = -mu + k * loglam - logFactorial(k);
            if (lhs <= rhs) {
                return k;
            }
        }
    }

    private static double logFactorial(long k) {
        if (k < 2) {
            return 0;
        }
        // Stirling series, accurate to < 1e-10 for k ≥ 10; exact sum below
        if (k < 10) {
            double s = 0;
            for (int i = 2; i <= k; i++) {
                s += Math.log(i);
            }
            return s;
        }
        double x = k + 1;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
