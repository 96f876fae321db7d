package org.petrobench.cli.internal;

/**
 * One command of the batch mode ({@code ./petrobench <name> [options]}, CLI.md). Commands are
 * DS components of this bundle ({@code @Component(service = BatchCommand.class)}): the batch
 * application finds them in the service registry, so adding a command touches no other file.
 * A command reaches the method services only through {@link BatchContext}, never engine classes.
 */
public interface BatchCommand {

    /** The word typed after {@code ./petrobench}. */
    String name();

    /** One line for {@code ./petrobench help}. */
    String summary();

    /**
     * Full help: synopsis, then one line per option with its default and unit, e.g.
     * {@code "  --q <0..1>          sparsity exponent (default 0.5)"}.
     */
    String usage();

    /**
     * Runs the command. Bad usage → {@link UsageException}; bad input file →
     * {@link org.petrobench.core.InputException}; data or method failure →
     * {@link org.petrobench.core.DataException}. Call {@link CommandLine#finish()} once all
     * options are read, before long work starts, so unknown options fail fast.
     *
     * @return the exit code (0 on success)
     */
    int run(CommandLine args, BatchContext context) throws Exception;
}
