package org.petrobench.cli.internal;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.core.io.Numbers;

/**
 * {@code ./petrobench bench [quantify|isocon|ptpath|all] [--size <n>] [--out <csv>]} (CLI.md
 * "Benchmarks"): runs the installed {@link BenchmarkPart}s and prints per stage the wall time,
 * throughput, peak heap and the time relative to the part's baseline stage. Figures are for
 * comparison within one run, not assertions; JVM start-up is not included.
 */
@Component(service = BatchCommand.class)
public final class BenchCommand implements BatchCommand {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark the methods on synthetic inputs (time, throughput, peak heap per stage)";
    }

    @Override
    public String usage() {
        return String.join("\n", "./petrobench bench [quantify|isocon|ptpath|all] [--size <n>] [--out <csv>]",
                "  <part>          which benchmark (default all installed parts)",
                "  --size <n>      problem size; each part's meaning and default: see below",
                "  --out <csv>     also write the table as CSV (part,stage,seconds,cpu_seconds,throughput,unit,peak_heap_mb,relative_to_baseline)");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        Optional<Integer> size = args.integer("size", 1, 1_000_000);
        Optional<Path> out = args.path("out");
        String which = args.positional(0).orElse("all");
        args.finish();
        List<BenchmarkPart> installed = new ArrayList<>(context.services(BenchmarkPart.class));
        installed.sort(Comparator.comparing(BenchmarkPart::name));
        List<BenchmarkPart> parts = which.equals("all") ? installed
                : installed.stream().filter(p -> p.name().equals(which)).toList();
        if (parts.isEmpty()) {
            throw new UsageException("no benchmark part '" + which + "' is installed (installed: "
                    + installed.stream().map(p -> p.name() + " [size = " + p.sizeMeaning() + "]").collect(Collectors.joining(", ")) + ")");
        }
        PrintStream o = context.out();
        StringWriter csv = new StringWriter();
        CsvWriter w = new CsvWriter(csv);
        w.row("part", "stage", "seconds", "cpu_seconds", "throughput", "unit", "peak_heap_mb", "relative_to_baseline");
        o.printf(Locale.ROOT, "%-9s %-56s %9s %9s %12s %-8s %8s %7s%n", "part", "stage", "seconds", "cpu s", "throughput", "unit/s", "heap MB", "x base");
        for (BenchmarkPart p : parts) {
            int n = size.orElse(p.defaultSize());
            context.err().println("bench " + p.name() + ": size " + n + " (" + p.sizeMeaning() + ")");
            List<BenchmarkPart.Stage> stages = p.run(n, context);
            double base = stages.stream().filter(BenchmarkPart.Stage::baseline).mapToDouble(BenchmarkPart.Stage::seconds)
                    .findFirst().orElse(Double.NaN);
            for (BenchmarkPart.Stage s : stages) {
                double rel = s.seconds() / base;
                o.printf(Locale.ROOT, "%-9s %-56s %9.3f %9s %12.4g %-8s %8d %7s%n", p.name(), s.name(), s.seconds(),
                        Double.isNaN(s.cpuSeconds()) ? "" : String.format(Locale.ROOT, "%.3f", s.cpuSeconds()), s.throughput(),
                        s.unit(), s.peakHeapMb(), Double.isNaN(rel) ? "" : String.format(Locale.ROOT, "%.1f", rel));
                w.row(p.name(), s.name(), Numbers.fixed(s.seconds(), 4), Numbers.fixed(s.cpuSeconds(), 4),
                        Numbers.shortest(s.throughput()), s.unit(),
                        Long.toString(s.peakHeapMb()), Double.isNaN(rel) ? "" : Numbers.fixed(rel, 2));
            }
        }
        if (out.isPresent()) {
            AtomicWrite.text(out.get(), x -> x.write(csv.toString()));
        }
        return Batch.OK;
    }
}
