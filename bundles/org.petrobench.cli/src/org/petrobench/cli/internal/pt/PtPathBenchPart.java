package org.petrobench.cli.internal.pt;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.BenchmarkPart;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.PtPathInverter;

/**
 * Plugs {@link PtPathBench} into {@code ./petrobench bench ptpath}: size = profile points
 * (default 200, the size of the target "< 1 s with hyperparameter estimation"); the first
 * stage (generating the synthetic profile) is the baseline.
 */
@Component(service = BenchmarkPart.class)
public final class PtPathBenchPart implements BenchmarkPart {

    @Override
    public String name() {
        return "ptpath";
    }

    @Override
    public String sizeMeaning() {
        return "profile points, default " + defaultSize();
    }

    @Override
    public int defaultSize() {
        return 200;
    }

    @Override
    public List<Stage> run(int size, BatchContext context) throws Exception {
        PtPathInverter mrf = context.service(PtPathInverter.class, "mrf", "bench ptpath");
        List<ThermodynamicModel> models = context.services(ThermodynamicModel.class);
        List<PtPathBench.Stage> stages = PtPathBench.run(mrf, models, Math.max(3, size), context.monitor());
        return java.util.stream.IntStream.range(0, stages.size()).mapToObj(i -> {
            PtPathBench.Stage s = stages.get(i);
            return new Stage(s.name(), s.seconds(), s.pointsPerSecond(), "points", s.peakHeapMb(), i == 0, s.cpuSeconds());
        }).toList();
    }
}
