package org.petrobench.cli.internal.isocon;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.cli.internal.MethodFile;
import org.petrobench.cli.internal.OutputFolder;
import org.petrobench.cli.internal.RunRecord;
import org.petrobench.cli.internal.UsageException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.isocon.io.BulkCompositionsCsv;
import org.petrobench.isocon.io.IsoconResultFiles;

/**
 * {@code ./petrobench isocon} (CLI.md "Isocon / mass transfer", ISOCON.md): reads the bulk
 * compositions, applies the input rules, runs the {@link IsoconSolver} service named by
 * {@code --method} and writes CLI.md's files plus run.json, all-or-nothing.
 * <p>
 * Decision: without {@code --method}, the method is that of the method file (default sparse);
 * {@code --immobile} without {@code --method} selects grant, since sparse takes no frame.
 * Extensions of the contract: {@code --slope}, {@code --missing}, {@code --below-detection}.
 */
@Component(service = BatchCommand.class)
public final class IsoconCommand implements BatchCommand {

    @Override
    public String name() {
        return "isocon";
    }

    @Override
    public String summary() {
        return "mass transfer from bulk compositions: Grant isocon, Gresens, sparse isocon (Kuwatani et al. 2020)";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "./petrobench isocon --data <csv> --protolith <id>[,<id>...] --out <dir> [options]",
                "  --data <csv>            sample,<component>_<unit>...[,<component>_sd][,density_g_cm3] (units wt%, ppm, ppb)",
                "  --protolith <ids>       sample ids of the protolith replicates (averaged)",
                "  --out <dir>             output folder (created; files replaced atomically)",
                "  --method <id>           sparse (default) | grant | gresens (./petrobench solvers)",
                "  --immobile <c1,c2,...>  frame components for grant/gresens (default method then grant)",
                "  --slope <s>             grant/gresens: auto | meanRatio | leastSquares | cluster | constantMass | constantVolume",
                "  --q <0..1>              sparsity exponent of sparse (default 0.2)",
                "  --bootstrap <n>         bootstrap/Monte Carlo replicates (default 1000; 0 = none)",
                "  --seed <n>              seed of the random streams (default 1)",
                "  --missing <rule>        empty fields: error (default) | dropComponent | pairwise",
                "  --below-detection <r>   <x, bdl, n.d.: error (default) | missing | halfLimit",
                "  --method-file <json>    saved method (run.json of an earlier run)");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        IsoconSettings settings = MethodFile.read(args, context, IsoconSettings.class, IsoconSettings.defaults());
        Path data = args.requiredPath("data");
        List<String> protolith = args.list("protolith");
        Path out = args.requiredPath("out");
        Optional<String> method = args.optional("method");
        Optional<String> immobile = args.optional("immobile");
        Optional<String> slope = args.optional("slope");
        Optional<Double> q = args.number("q", 0, 1);
        Optional<Integer> bootstrap = args.integer("bootstrap", 0, 10_000_000);
        Optional<String> seed = args.optional("seed");
        Optional<String> missing = args.optional("missing");
        Optional<String> belowDetection = args.optional("below-detection");
        args.finish();
        OutputFolder.check(out);
        if (protolith.isEmpty()) {
            throw new UsageException("missing option --protolith");
        }
        if (immobile.isPresent()) {
            settings = settings.withImmobile(List.of(immobile.get().split(",")).stream().map(String::trim)
                    .filter(s -> !s.isEmpty()).toList());
            if (method.isEmpty() && settings.method().equals("sparse")) {
                settings = settings.withMethod("grant");
            }
        }
        if (method.isPresent()) {
            settings = settings.withMethod(method.get());
        }
        if (slope.isPresent()) {
            settings = settings.withSlope(choice("slope", slope.get(), IsoconSettings.Slope.class));
        }
        if (q.isPresent()) {
            if (q.get() <= 0) {
                throw new UsageException("option --q: expected a value in (0, 1], found " + q.get());
            }
            settings = settings.withQ(q.get());
        }
        if (bootstrap.isPresent()) {
            settings = settings.withBootstrap(bootstrap.get());
        }
        if (seed.isPresent()) {
            try {
                settings = settings.withSeed(Long.parseLong(seed.get()));
            } catch (NumberFormatException e) {
                throw new UsageException("option --seed: expected an integer, found '" + seed.get() + "'");
            }
        }
        if (missing.isPresent()) {
            settings = settings.withMissing(choice("missing", missing.get(), IsoconSettings.Missing.class));
        }
        if (belowDetection.isPresent()) {
            settings = settings.withBelowDetection(choice("below-detection", belowDetection.get(),
                    IsoconSettings.BelowDetection.class));
        }
        settings.validate(MethodFile.fileName(args).orElse("options"));
        IsoconSolver solver = context.service(IsoconSolver.class, settings.method(), "--method");
        BulkCompositions table = BulkCompositionsCsv.read(data);
        Diagnostics preparation = new Diagnostics();
        IsoconProblem problem = IsoconProblem.prepare(table, protolith, settings, preparation);
        IsoconSolution solution = solver.solve(problem, settings, context.monitor());
        Diagnostics all = new Diagnostics();
        all.addAll(preparation);
        all.addAll(solution.diagnostics());
        try (OutputFolder folder = OutputFolder.open(out)) {
            IsoconResultFiles.write(solution, folder::file);
            RunRecord record = new RunRecord(context, args).settings(solution.settings());
            record.input("data", data);
            record.service("solver", solver);
            record.put("protolith", protolith);
            record.put("components", problem.components());
            record.put("samples", problem.samples());
            record.put("immobileSet", solution.immobileSet().names());
            for (Map.Entry<String, Object> e : solution.details().entrySet()) {
                record.put(e.getKey(), e.getValue());
            }
            record.diagnostics(all);
            record.write(folder);
            folder.commit();
        }
        for (String w : all.warnings()) {
            context.warn(w);
        }
        return Batch.OK;
    }

    /** An enum option spelled as in the spec (case-insensitive). */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type) throws UsageException {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new UsageException("option --" + option + ": expected one of " + List.of(type.getEnumConstants()) + ", found '"
                + value + "'");
    }
}
