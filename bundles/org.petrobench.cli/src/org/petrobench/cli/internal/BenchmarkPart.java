package org.petrobench.cli.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * One method's part of {@code ./petrobench bench} (CLI.md "Benchmarks"): generates synthetic
 * inputs of a size, runs the method and times its stages. DS components
 * ({@code @Component(service = BenchmarkPart.class)}), so a method bundle's part plugs in without
 * touching {@link BenchCommand}. Figures compare within one run; they are not assertions.
 */
public interface BenchmarkPart {

    /** The word after {@code bench} ("quantify", "isocon", "ptpath"). */
    String name();

    /** What {@code --size} means for this part, and its default, for the help text. */
    String sizeMeaning();

    int defaultSize();

    /**
     * Runs the benchmark. The first stage may be a baseline (a plain pass over the same data) that
     * the other stages are compared with; {@link Stage#baseline()} marks it.
     */
    List<Stage> run(int size, BatchContext context) throws Exception;

    /**
     * One timed stage.
     *
     * @param name       stage name
     * @param seconds    wall time
     * @param throughput items per second
     * @param unit       what the items are ("pixels", "samples", "points")
     * @param peakHeapMb peak heap during the stage
     * @param baseline   the stage others are compared with
     * @param cpuSeconds CPU time of the whole process during the stage (all threads), NaN if unknown;
     *                   with other load on the machine it is steadier than the wall time
     */
    record Stage(String name, double seconds, double throughput, String unit, long peakHeapMb, boolean baseline,
            double cpuSeconds) {
    }

    /**
     * CPU time of this process in seconds (all threads), NaN when the JVM does not report it. Read
     * through the JDK's {@code com.sun.management} interface found by the system class loader, so
     * no import is needed under OSGi.
     */
    static double processCpuSeconds() {
        try {
            Class<?> c = ClassLoader.getSystemClassLoader().loadClass("com.sun.management.OperatingSystemMXBean");
            Object bean = ManagementFactory.getOperatingSystemMXBean();
            if (!c.isInstance(bean)) {
                return Double.NaN;
            }
            long ns = (Long) c.getMethod("getProcessCpuTime").invoke(bean);
            return ns < 0 ? Double.NaN : ns / 1e9;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resets the peak usage of the heap pools (call before a stage). */
    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, in MB. */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
