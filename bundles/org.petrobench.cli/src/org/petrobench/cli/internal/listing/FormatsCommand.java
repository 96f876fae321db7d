package org.petrobench.cli.internal.listing;

import java.io.PrintWriter;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.cli.internal.UsageException;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.SpotFormat;

/** {@code ./petrobench formats}: every installed instrument-format service as a CSV row (CLI.md). */
@Component(service = BatchCommand.class)
public final class FormatsCommand implements BatchCommand {

    @Override
    public String name() {
        return "formats";
    }

    @Override
    public String summary() {
        return "installed instrument formats (id, name, kind, file patterns) as CSV";
    }

    @Override
    public String usage() {
        return "./petrobench formats\n  prints id,name,kind,file_patterns,version,reference: one row per map or spot format service";
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws UsageException, java.io.IOException {
        args.finish();
        PrintWriter w = new PrintWriter(context.out(), false, java.nio.charset.StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(w);
        csv.row("id", "name", "kind", "file_patterns", "version", "reference");
        for (MapFormat f : context.services(MapFormat.class)) {
            csv.row(f.id(), f.name(), "map", String.join("; ", f.filePatterns()), f.version(), f.reference());
        }
        for (SpotFormat f : context.services(SpotFormat.class)) {
            csv.row(f.id(), f.name(), "spots", String.join("; ", f.filePatterns()), f.version(), f.reference());
        }
        w.flush();
        return Batch.OK;
    }
}
