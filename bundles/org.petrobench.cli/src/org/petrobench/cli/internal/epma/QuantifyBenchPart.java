package org.petrobench.cli.internal.epma;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.BenchmarkPart;
import org.petrobench.core.Monitor;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.SpotFormat;
import org.petrobench.epma.io.QuantifiedMapsWriter;

/**
 * {@code ./petrobench bench quantify} (EPMA.md §14): a synthetic N×N map (6 phases, 10 elements,
 * spots; {@link SyntheticEpmaDataset}) in the generic layout, quantified end to end as the
 * {@code quantify} command does, with the time per stage: read, cluster (spot validation, centres
 * and EM), calibrate, quantify (one separate pass computing every wt and se value), write (the
 * files of CLI.md, computing wt and se again while streaming). The baseline is one pass summing the
 * raw counts. The §14 target is read + cluster + calibrate + write &lt; 3 s at N = 1000 on 2 cores,
 * with a peak heap below 3× the raw map.
 */
@Component(service = BenchmarkPart.class)
public final class QuantifyBenchPart implements BenchmarkPart {

    @Override
    public String name() {
        return "quantify";
    }

    @Override
    public String sizeMeaning() {
        return "map side N (N x N pixels), default " + defaultSize();
    }

    @Override
    public int defaultSize() {
        return 1000;
    }

    @Override
    public List<Stage> run(int size, BatchContext context) throws Exception {
        EpmaQuantifier quantifier = context.service(EpmaQuantifier.class, QuantifyCommand.DEFAULT_QUANTIFIER, "bench quantify");
        MapFormat mapFormat = context.service(MapFormat.class, "generic-map", "bench quantify");
        SpotFormat spotFormat = context.service(SpotFormat.class, "generic-spots", "bench quantify");
        long pixels = (long) size * size;
        List<Stage> stages = new ArrayList<>();
        Path tmp = Files.createTempDirectory("petrobench-bench-quantify-");
        try {
            startCpu();
            BenchmarkPart.resetPeakHeap();
            long t0 = System.nanoTime();
            Path[] in = SyntheticEpmaDataset.write(tmp, size, 1);
            stages.add(stage("generate synthetic files (not in target)", t0, pixels, false));
            // the JIT compiles the pipeline on a small map first, so the stages below are warm
            // (CLI start-up and compilation are reported apart, EPMA.md §14)
            int warm = Math.min(size, 256);
            startCpu();
            t0 = System.nanoTime();
            Path[] w = SyntheticEpmaDataset.write(tmp.resolve("warm-up"), warm, 2);
            QuantifiedMaps wq = quantifier.quantify(mapFormat.read(w[0], MapReadOptions.defaults(), Monitor.silent()),
                    spotFormat.read(w[1], Monitor.silent()), QuantifierSettings.defaults(), Monitor.silent());
            QuantifiedMapsWriter.write(wq, tmp.resolve("warm-up/out"));
            stages.add(stage("warm-up: whole pipeline at " + warm + "x" + warm + " (not in target)", t0, (long) warm * warm, false));
            wq = null;
            System.gc();
            BenchmarkPart.resetPeakHeap();
            startCpu();
            t0 = System.nanoTime();
            XrayMapSet maps = mapFormat.read(in[0], MapReadOptions.defaults(), Monitor.silent());
            SpotSet spots = spotFormat.read(in[1], Monitor.silent());
            stages.add(stage("read", t0, pixels, false));
            BenchmarkPart.resetPeakHeap();
            startCpu();
            t0 = System.nanoTime();
            double sum = 0;
            for (MapSignal s : maps.xraySignals()) {
                float[] c = s.counts();
                for (float v : c) {
                    sum += v;
                }
            }
            Stage baseline = stage("baseline: one pass summing the raw counts", t0, pixels, true);
            if (!(sum > 0)) {
                throw new IllegalStateException("synthetic maps are empty");
            }
            stages.add(1, baseline);
            StageClock clock = new StageClock();
            BenchmarkPart.resetPeakHeap();
            double cq = BenchmarkPart.processCpuSeconds();
            long tq = System.nanoTime();
            QuantifiedMaps q = quantifier.quantify(maps, spots, QuantifierSettings.defaults(), clock);
            long tEnd = System.nanoTime();
            double cEnd = BenchmarkPart.processCpuSeconds();
            long tCal = clock.calibrating > 0 ? clock.calibrating : tEnd;
            long peak = BenchmarkPart.peakHeapMb();
            stages.add(new Stage("cluster (validation, centres, EM " + q.clustering().iterations() + " it.)", (tCal - tq) / 1e9,
                    pixels / ((tCal - tq) / 1e9), "pixels", peak, false, clock.cpuAtCalibration - cq));
            stages.add(new Stage("calibrate", (tEnd - tCal) / 1e9, pixels / ((tEnd - tCal) / 1e9), "pixels", peak, false,
                    cEnd - clock.cpuAtCalibration));
            BenchmarkPart.resetPeakHeap();
            startCpu();
            t0 = System.nanoTime();
            computeAll(q);
            stages.add(stage("quantify: all wt and se values (separate pass)", t0, pixels, false));
            BenchmarkPart.resetPeakHeap();
            startCpu();
            t0 = System.nanoTime();
            Path out = tmp.resolve("out");
            QuantifiedMapsWriter.write(q, out);
            stages.add(stage("write (wt, se, membership, phase map, tables)", t0, pixels, false));
            double total = 0;
            double totalCpu = 0;
            long maxHeap = 0;
            for (Stage s : stages) {
                if (s.name().startsWith("read") || s.name().startsWith("cluster") || s.name().startsWith("calibrate")
                        || s.name().startsWith("write")) {
                    total += s.seconds();
                    totalCpu += s.cpuSeconds();
                    maxHeap = Math.max(maxHeap, s.peakHeapMb());
                }
            }
            long rawMb = (pixels * maps.xraySignals().size() * Float.BYTES) >> 20;
            stages.add(new Stage("end to end: read+cluster+calibrate+write (target < 3 s)", total, pixels / total, "pixels",
                    maxHeap, false, totalCpu));
            context.err().printf(java.util.Locale.ROOT, "bench quantify: %d threads, raw map %d MB, peak heap %d MB (%.1fx raw; target < 3x)%n",
                    Runtime.getRuntime().availableProcessors(), rawMb, maxHeap, maxHeap / (double) Math.max(1, rawMb));
            return stages;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void computeAll(QuantifiedMaps q) {
        int n = q.geometry().pixels();
        int ne = q.elements().size() + 1;
        int block = 16384;
        java.util.stream.IntStream.range(0, (n + block - 1) / block).parallel().forEach(b -> {
            float[][] wt = new float[ne][block];
            float[][] se = new float[ne][block];
            q.compute(b * block, Math.min(n, (b + 1) * block), wt, se);
        });
    }

    private double cpu0;

    private Stage stage(String name, long t0, long items, boolean baseline) {
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = BenchmarkPart.processCpuSeconds();
        Stage st = new Stage(name, s, items / s, "pixels", BenchmarkPart.peakHeapMb(), baseline, cpu - cpu0);
        cpu0 = BenchmarkPart.processCpuSeconds();
        return st;
    }

    private void startCpu() {
        cpu0 = BenchmarkPart.processCpuSeconds();
    }

    /** Records when the quantifier enters calibration (its monitor sub-task). */
    private static final class StageClock implements Monitor {
        volatile long calibrating;
        volatile double cpuAtCalibration = Double.NaN;

        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int units) {
        }

        @Override
        public void subTask(String name) {
            if (name.startsWith("calibrat") && calibrating == 0) {
                calibrating = System.nanoTime();
                cpuAtCalibration = BenchmarkPart.processCpuSeconds();
            }
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
