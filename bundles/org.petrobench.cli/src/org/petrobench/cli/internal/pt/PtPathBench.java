package org.petrobench.cli.internal.pt;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.petrobench.cli.internal.BenchmarkPart;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/**
 * The ptpath part of {@code ./petrobench bench} (CLI.md "Benchmarks", PT.md §7): the synthetic
 * profile of PT.md §7 with n points (clockwise path T = 450 + 150 s °C, P = 5 + 4 sin(2πs/3) kbar;
 * garnet X_sps, X_grs, XMg prescribed; biotite and plagioclase inclusions at every point solved
 * from the installed grt-bt-fs1978 and gasp-kn1988 (ky) by bisection on their residuals; noise
 * σ_X = 0.005), then point-wise thermobarometry and the MRF with hyperparameter estimation
 * (9×9 grid + polish, integrated bands). Figures compare within one run; not assertions.
 */
public final class PtPathBench {

    /** One timed stage: wall time, throughput (profile points per second), peak heap, process CPU time. */
    public record Stage(String name, double seconds, double pointsPerSecond, long peakHeapMb, double cpuSeconds) {
    }

    static final String THERMOMETER = "grt-bt-fs1978";
    static final String BAROMETER = "gasp-kn1988";

    private PtPathBench() {
    }

    /** Runs the benchmark with {@code n} points. */
    public static List<Stage> run(PtPathInverter mrf, List<ThermodynamicModel> installed, int n, Monitor monitor)
            throws DataException {
        ThermodynamicModel fs = find(installed, THERMOMETER);
        ThermodynamicModel gasp = find(installed, BAROMETER).withParameters(Map.of("polymorph", "ky"));
        List<ThermodynamicModel> models = List.of(fs, gasp);
        List<Stage> stages = new ArrayList<>();
        resetPeaks();
        long t0 = System.nanoTime();
        double cpu0 = BenchmarkPart.processCpuSeconds();
        ZoningProfile profile = synthetic(fs, gasp, n, 0.005, 1);
        stages.add(stage("generate profile (n=" + n + ")", t0, cpu0, n));
        resetPeaks();
        t0 = System.nanoTime();
        cpu0 = BenchmarkPart.processCpuSeconds();
        new PointwiseThermobarometry(models).estimateAll(profile.compositions(), monitor);
        stages.add(stage("point-wise thermobarometry", t0, cpu0, n));
        resetPeaks();
        t0 = System.nanoTime();
        cpu0 = BenchmarkPart.processCpuSeconds();
        mrf.invert(profile, models, MrfSettings.defaults(), monitor, new Diagnostics());
        stages.add(stage("mrf (hyperparameters 9x9 + polish, integrated bands)", t0, cpu0, n));
        return stages;
    }

    private static ThermodynamicModel find(List<ThermodynamicModel> installed, String id) throws DataException {
        return installed.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new DataException("bench ptpath needs the model " + id + ", which is not installed"));
    }

    /** The PT.md §7 synthetic profile, inclusions solved from the given models. */
    static ZoningProfile synthetic(ThermodynamicModel fs, ThermodynamicModel gasp, int n, double noise, long seed) {
        Random rnd = new Random(seed);
        String[] names = { "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps", "Bt.XMg", "Bt.XFe", "Pl.Xan" };
        double[][] col = new double[names.length][n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            double s = k / (n - 1.0);
            d[k] = 10.0 * k;
            double tK = 450 + 150 * s + 273.15;
            double pBar = 1000 * (5 + 4 * Math.sin(2 * Math.PI * s / 3));
            double sps = 0.02 + 0.13 * (1 - s) * (1 - s);
            double grs = 0.20 - 0.08 * s;
            double xMg = 0.08 + 0.10 * s;
            double prp = xMg * (1 - sps - grs);
            double alm = 1 - sps - grs - prp;
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("Grt.Xalm", alm);
            row.put("Grt.Xprp", prp);
            row.put("Grt.Xgrs", grs);
            row.put("Grt.Xsps", sps);
            double btMg = root(fs, pBar, tK, row, v -> {
                row.put("Bt.XMg", v);
                row.put("Bt.XFe", 0.8 - v);
            }, 1e-4, 0.8 - 1e-4);
            double an = root(gasp, pBar, tK, row, v -> row.put("Pl.Xan", v), 1e-3, 0.999);
            double[] v = { alm, prp, grs, sps, btMg, 0.8 - btMg, an };
            for (int c = 0; c < names.length; c++) {
                col[c][k] = Math.min(1, Math.max(1e-4, v[c] + noise * rnd.nextGaussian()));
            }
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            m.put(names[c], col[c]);
        }
        return new ZoningProfile("bench", d, new CompositionTable(n, m));
    }

    /**
     * The value of one composition variable making the model's residual zero at (P, T): a scan of
     * 200 values for a sign change between two finite residuals of moderate size (a calibration's
     * pole, e.g. FS78's zero denominator, also changes sign), then bisection.
     */
    private static double root(ThermodynamicModel model, double pBar, double tK, Map<String, Double> row,
            java.util.function.DoubleConsumer set, double lo, double hi) {
        int steps = 200;
        double a = Double.NaN;
        double b = Double.NaN;
        double fPrev = Double.NaN;
        for (int i = 0; i <= steps && Double.isNaN(a); i++) {
            double v = lo + i * (hi - lo) / steps;
            double f = residual(model, pBar, tK, row, set, v);
            if (i > 0 && Math.abs(f) < 1e4 && Math.abs(fPrev) < 1e4 && Math.signum(f) != Math.signum(fPrev)) {
                a = v - (hi - lo) / steps;
                b = v;
            }
            fPrev = f;
        }
        if (Double.isNaN(a)) {
            throw new IllegalStateException(model.id() + " has no root for the bench profile at P = " + pBar + " bar, T = " + tK + " K");
        }
        double fa = residual(model, pBar, tK, row, set, a);
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (a + b);
            double f = residual(model, pBar, tK, row, set, mid);
            if (Math.signum(f) == Math.signum(fa)) {
                a = mid;
                fa = f;
            } else {
                b = mid;
            }
        }
        double x = 0.5 * (a + b);
        set.accept(x);
        return x;
    }

    private static double residual(ThermodynamicModel model, double pBar, double tK, Map<String, Double> row,
            java.util.function.DoubleConsumer set, double v) {
        set.accept(v);
        return model.residual(0, pBar, tK, CompositionTable.ofRow(row), 0);
    }

    private static Stage stage(String name, long t0, double cpu0, int n) {
        double sec = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Stage(name, sec, n / sec, peak >> 20, BenchmarkPart.processCpuSeconds() - cpu0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }
}
