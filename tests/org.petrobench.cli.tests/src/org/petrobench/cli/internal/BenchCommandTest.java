package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./petrobench bench}: dispatch to the installed parts, ratios to the baseline stage, the CSV, bad usage. */
class BenchCommandTest {

    /** A part whose stages take fixed times: the ratios are known. */
    static final class Fixed implements BenchmarkPart {
        int lastSize;

        public String name() {
            return "fixed";
        }

        public String sizeMeaning() {
            return "items";
        }

        public int defaultSize() {
            return 7;
        }

        public List<Stage> run(int size, BatchContext context) {
            lastSize = size;
            return List.of(new Stage("baseline", 0.5, size / 0.5, "items", 1, true, 0.5),
                    new Stage("work", 2.0, size / 2.0, "items", 3, false, Double.NaN));
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Fixed part = new Fixed();

    private int run(String... args) {
        ServiceLookup lookup = new ServiceLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> all(Class<T> type) {
                if (type == BatchCommand.class) {
                    return (List<T>) List.of(new BenchCommand());
                }
                return type == BenchmarkPart.class ? (List<T>) List.of(part) : List.of();
            }
        };
        return new Batch(lookup, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), "t")
                .run(List.of(args));
    }

    @Test
    void runsThePartsAndReportsRatiosToTheBaseline(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("bench.csv");
        assertEquals(0, run("bench", "fixed", "--size", "40", "--out", csv.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(40, part.lastSize);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("part,stage,seconds,cpu_seconds,throughput,unit,peak_heap_mb,relative_to_baseline", rows.get(0));
        assertEquals("fixed,baseline,0.5000,0.5000,80,items,1,1.00", rows.get(1));
        assertEquals("fixed,work,2.0000,,20,items,3,4.00", rows.get(2));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("work"));
        assertEquals(0, run("bench"));
        assertEquals(7, part.lastSize);
    }

    @Test
    void anUnknownPartIsBadUsageListingTheInstalledOnes() {
        assertEquals(2, run("bench", "nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("fixed"), err.toString(StandardCharsets.UTF_8));
    }
}
