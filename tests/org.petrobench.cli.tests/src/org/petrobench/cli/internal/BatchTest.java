package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;

/** Exit codes and messages of the batch mode (CLI.md), with commands registered by hand. */
class BatchTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A command that fails in the way its first argument says. */
    static final class Failing implements BatchCommand {
        public String name() {
            return "fail";
        }

        public String summary() {
            return "fails on purpose";
        }

        public String usage() {
            return "./petrobench fail input|data|crash";
        }

        public int run(CommandLine args, BatchContext context) throws Exception {
            String how = args.positional(0).orElse("");
            args.finish();
            switch (how) {
            case "input" -> throw new InputException("rocks.csv", "line 4, column 'SiO2_wt%'", "expected a number, found 'x'");
            case "data" -> throw new DataException("no spot lies inside the map");
            case "crash" -> throw new IllegalStateException("bug");
            default -> {
                context.out().println("fine");
                return 0;
            }
            }
        }
    }

    private int run(String... args) {
        ServiceLookup lookup = new ServiceLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> all(Class<T> type) {
                return type == BatchCommand.class ? (List<T>) List.of(new HelpCommand(), new Failing()) : List.of();
            }
        };
        return new Batch(lookup, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), "1.0.0")
                .run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertEquals(0, run("help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("fail") && text.contains("fails on purpose"), text);
        assertEquals(0, run());
    }

    @Test
    void badUsageAndBadInputExitTwoWithOneLine() {
        assertEquals(2, run("nonsense"));
        assertEquals(1, err().strip().lines().count());
        assertTrue(err().contains("unknown command 'nonsense'"));
        err.reset();
        assertEquals(2, run("fail", "input"));
        assertEquals("petrobench fail: rocks.csv: line 4, column 'SiO2_wt%': expected a number, found 'x'", err().strip());
        err.reset();
        assertEquals(2, run("fail", "ok", "--bogus"));
        assertTrue(err().contains("--bogus"));
    }

    @Test
    void dataFailureExitsOneAndCrashesShowNoStackTraceWithoutDebug() {
        assertEquals(1, run("fail", "data"));
        assertTrue(err().contains("no spot lies inside the map"));
        err.reset();
        assertEquals(1, run("fail", "crash"));
        assertFalse(err().contains("\tat "), err());
        err.reset();
        assertEquals(1, run("fail", "crash", "--debug"));
        assertTrue(err().contains("\tat "), err());
    }

    @Test
    void outputFolderLeavesNothingBehindOnFailureAndReplacesFilesOnCommit(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("out");
        try (OutputFolder f = OutputFolder.open(target)) {
            Files.writeString(f.file("wt/SiO2.csv"), "1\n");
        }
        assertFalse(Files.exists(target));
        try (Var listing = new Var(tmp)) {
            assertEquals(0, listing.count());
        }
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.csv"), "old\n");
        Files.writeString(target.resolve("keep.txt"), "mine\n");
        try (OutputFolder f = OutputFolder.open(target)) {
            Files.writeString(f.file("summary.csv"), "new\n");
            f.commit();
        }
        assertEquals("new\n", Files.readString(target.resolve("summary.csv")));
        assertEquals("mine\n", Files.readString(target.resolve("keep.txt")));
        try (Var listing = new Var(tmp)) {
            assertEquals(1, listing.count()); // only "out", no staging folder
        }
    }

    /** Entries of a folder. */
    private record Var(Path dir) implements AutoCloseable {
        long count() throws java.io.IOException {
            try (var s = Files.list(dir)) {
                return s.count();
            }
        }

        @Override
        public void close() {
        }
    }
}
