package org.petrobench.cli.internal.isocon;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolver;

/**
 * The isocon part of {@code ./petrobench bench} (CLI.md "Benchmarks"): a synthetic dataset from
 * the generator of ISOCON.md §8.2 (basalt-like protolith, extra traces beyond 25 components,
 * 5 immobile, r ∼ U[0.7, 1.5], mobile Δ ∼ U(−0.8, 2), 3 % noise, 2 % analytical sd columns), then
 * the sparse solver with a 20-value q-path, then the bootstrap with the full multi-start and with
 * warm starts ({@link IsoconSettings.BootstrapStarts}). Figures compare within one run;
 * they are not assertions.
 */
public final class IsoconBench {

    /** One timed stage: wall time, throughput (altered samples per second) and peak heap. */
    public record Stage(String name, double seconds, double samplesPerSecond, long peakHeapMb) {
    }

    private static final String[] NAMES = { "SiO2", "TiO2", "Al2O3", "FeO", "MnO", "MgO", "CaO", "Na2O", "K2O", "P2O5", "Zr",
            "Nb", "Y", "Cr", "Ni", "V", "Sr", "Ba", "Rb", "Th", "La", "Ce", "Sm", "Yb", "Hf" };
    private static final double[] VALUES = { 50, 1.5, 15, 10, 0.2, 7, 10, 2.5, 0.5, 0.2, 120, 8, 30, 300, 100, 250, 200, 100, 10,
            1, 5, 15, 3.5, 2.5, 3 };

    private IsoconBench() {
    }

    /** Runs the benchmark on {@code samples} altered samples × {@code components} components with {@code bootstrap} replicates. */
    public static List<Stage> run(IsoconSolver sparse, int samples, int components, int bootstrap, Monitor monitor)
            throws InputException, DataException {
        List<Stage> stages = new ArrayList<>();
        resetPeaks();
        long t0 = System.nanoTime();
        BulkCompositions data = synthetic(samples, components, 1);
        IsoconSettings settings = IsoconSettings.defaults().withQPath(qPath(20)).withBootstrap(0);
        IsoconProblem problem = IsoconProblem.prepare(data, List.of("P"), settings, new Diagnostics());
        stages.add(stage("generate+prepare", t0, samples));
        resetPeaks();
        t0 = System.nanoTime();
        sparse.solve(problem, settings, monitor);
        stages.add(stage("sparse q-path (20 q)", t0, samples));
        resetPeaks();
        t0 = System.nanoTime();
        IsoconSettings once = settings.withQPath(new double[] { settings.q() }).withBootstrap(bootstrap);
        sparse.solve(problem, once, monitor);
        stages.add(stage("sparse bootstrap (" + bootstrap + ", all starts)", t0, samples));
        resetPeaks();
        t0 = System.nanoTime();
        sparse.solve(problem, once.withBootstrapStarts(IsoconSettings.BootstrapStarts.warm), monitor);
        stages.add(stage("sparse bootstrap (" + bootstrap + ", warm starts)", t0, samples));
        return stages;
    }

    /** q = 0.05, 0.10, …, 1.00 for {@code count} = 20. */
    static double[] qPath(int count) {
        double[] q = new double[count];
        for (int k = 0; k < count; k++) {
            q[k] = (k + 1) / (double) count;
        }
        return q;
    }

    /** The §8.2 generator: row 0 = protolith "P", then altered samples "A1".."Am"; sd columns of 2 %. */
    static BulkCompositions synthetic(int m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double noise = 0.03;
        boolean[] immobile = new boolean[n];
        for (int chosen = 0; chosen < Math.min(5, n);) {
            int i = rnd.nextInt(n);
            if (!immobile[i]) {
                immobile[i] = true;
                chosen++;
            }
        }
        double[] v = new double[(m + 1) * n];
        double[] sd = new double[(m + 1) * n];
        for (int i = 0; i < n; i++) {
            v[i] = base(i) * (1 + noise * rnd.nextGaussian());
        }
        for (int j = 1; j <= m; j++) {
            double r = 0.7 + 0.8 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                double delta = immobile[i] ? 0 : -0.8 + 2.8 * rnd.nextDouble();
                v[j * n + i] = base(i) * (1 + delta) / r * (1 + noise * rnd.nextGaussian());
            }
        }
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.abs(v[k]);
            sd[k] = 0.02 * v[k];
        }
        List<String> samples = new ArrayList<>(List.of("P"));
        for (int j = 1; j <= m; j++) {
            samples.add("A" + j);
        }
        List<String> names = new ArrayList<>();
        List<ConcentrationUnit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(i < NAMES.length ? NAMES[i] : "T" + (i + 1));
            units.add(i < 10 ? ConcentrationUnit.WT_PERCENT : ConcentrationUnit.PPM);
        }
        return BulkCompositions.ofValues("bench", samples, names, units, v).withSd(sd);
    }

    private static double base(int i) {
        return i < VALUES.length ? VALUES[i] : 10 + i;
    }

    private static Stage stage(String name, long t0, int samples) {
        double s = (System.nanoTime() - t0) / 1e9;
        return new Stage(name, s, samples / s, peakHeapMb());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
