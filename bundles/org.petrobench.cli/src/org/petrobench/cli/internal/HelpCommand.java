package org.petrobench.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

/** {@code ./petrobench help [command]}: usage of the batch mode or of one command. */
@Component(service = BatchCommand.class)
public final class HelpCommand implements BatchCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "usage of the batch mode, or of one command with its options, defaults and units";
    }

    @Override
    public String usage() {
        return "./petrobench help [command]";
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws UsageException {
        Optional<String> topic = args.positional(0);
        args.finish();
        if (topic.isPresent()) {
            BatchCommand c = Batch.find(context, topic.get())
                    .orElseThrow(() -> new UsageException("unknown command '" + topic.get() + "'"));
            context.out().println(c.summary());
            context.out().println();
            context.out().println(c.usage());
            return Batch.OK;
        }
        List<BatchCommand> commands = context.services(BatchCommand.class).stream()
                .sorted(Comparator.comparing(BatchCommand::name)).toList();
        var out = context.out();
        out.println("PetroBench " + context.version() + " - petrology workbench");
        out.println();
        out.println("usage: ./petrobench                        start the workbench (GUI) on the bundled demo data");
        out.println("       ./petrobench <command> [options]    batch mode, no display needed");
        out.println("       ./petrobench help <command>         options of one command, with defaults and units");
        out.println();
        out.println("commands:");
        for (BatchCommand c : commands) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("common options: --method-file <json> (settings of a saved run), --debug (stack traces)");
        out.println("exit codes: 0 success, 1 the data or the method failed, 2 bad usage or bad input file");
        return Batch.OK;
    }
}
