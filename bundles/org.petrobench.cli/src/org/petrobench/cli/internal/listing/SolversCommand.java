package org.petrobench.cli.internal.listing;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.cli.internal.UsageException;
import org.petrobench.core.Contribution;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.isocon.IsoconSolver;
import org.petrobench.pt.path.PtPathInverter;

/** {@code ./petrobench solvers}: the installed method services, one CSV row each (CLI.md). */
@Component(service = BatchCommand.class)
public final class SolversCommand implements BatchCommand {

    @Override
    public String name() {
        return "solvers";
    }

    @Override
    public String summary() {
        return "installed EPMA quantifiers, P-T inverters and isocon solvers as CSV";
    }

    @Override
    public String usage() {
        return "./petrobench solvers\n  prints id,type,name,version,reference: one row per method service";
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws UsageException, java.io.IOException {
        args.finish();
        PrintWriter w = new PrintWriter(context.out(), false, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(w);
        csv.row("id", "type", "name", "version", "reference");
        rows(csv, "quantify", context.services(EpmaQuantifier.class));
        rows(csv, "ptpath", context.services(PtPathInverter.class));
        rows(csv, "isocon", context.services(IsoconSolver.class));
        w.flush();
        return Batch.OK;
    }

    private static void rows(CsvWriter csv, String type, java.util.List<? extends Contribution> services)
            throws java.io.IOException {
        for (Contribution c : services) {
            csv.row(c.id(), type, c.name(), c.version(), c.reference());
        }
    }
}
