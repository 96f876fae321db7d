package org.petrobench.cli.internal.isocon;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.BenchmarkPart;
import org.petrobench.isocon.IsoconSolver;

/**
 * Plugs {@link IsoconBench} into {@code ./petrobench bench isocon}: size = altered samples, 40
 * components, 1000 bootstrap replicates (the configuration of issue #4); the first stage (generate + prepare) is the baseline.
 */
@Component(service = BenchmarkPart.class)
public final class IsoconBenchPart implements BenchmarkPart {

    private static final int COMPONENTS = 40;
    private static final int BOOTSTRAPS = 1000;

    @Override
    public String name() {
        return "isocon";
    }

    @Override
    public String sizeMeaning() {
        return "altered samples, default " + defaultSize();
    }

    @Override
    public int defaultSize() {
        return 100;
    }

    @Override
    public List<Stage> run(int size, BatchContext context) throws Exception {
        IsoconSolver sparse = context.service(IsoconSolver.class, "sparse", "bench isocon");
        List<IsoconBench.Stage> stages = IsoconBench.run(sparse, size, COMPONENTS, BOOTSTRAPS, context.monitor());
        return java.util.stream.IntStream.range(0, stages.size()).mapToObj(i -> {
            IsoconBench.Stage s = stages.get(i);
            return new Stage(s.name(), s.seconds(), s.samplesPerSecond(), "samples", s.peakHeapMb(), i == 0, Double.NaN);
        }).toList();
    }
}
