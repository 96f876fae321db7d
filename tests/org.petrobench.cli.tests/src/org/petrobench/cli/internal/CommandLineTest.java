package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void readsValuesFlagsListsAndRepeatedOptions() throws Exception {
        CommandLine c = new CommandLine("ptpath", List.of("--profile", "p.csv", "--unmix", "--models=a,b", "--model-param",
                "x.y=1", "--model-param", "z.w=2", "--q", "-0.5"));
        assertEquals("p.csv", c.required("profile"));
        assertTrue(c.flag("unmix"));
        assertEquals(List.of("a", "b"), c.list("models"));
        assertEquals(List.of("x.y=1", "z.w=2"), c.all("model-param"));
        assertEquals(Optional.of(-0.5), c.number("q", -1, 1));
        c.finish();
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() throws Exception {
        CommandLine c = new CommandLine("isocon", List.of("--data", "d.csv", "--protolit", "A"));
        c.required("data");
        UsageException e = assertThrows(UsageException.class, c::finish);
        assertTrue(e.getMessage().contains("--protolit"), e.getMessage());
    }

    @Test
    void missingValueAndOutOfRangeNumbersAreUsageErrors() {
        assertThrows(UsageException.class, () -> new CommandLine("x", List.of("--out")).required("out"));
        assertThrows(UsageException.class, () -> new CommandLine("x", List.of()).required("out"));
        assertThrows(UsageException.class, () -> new CommandLine("x", List.of("--q", "2")).number("q", 0, 1));
        assertThrows(UsageException.class, () -> new CommandLine("x", List.of("--n", "1.5")).integer("n", 0, 9));
        assertThrows(UsageException.class, () -> new CommandLine("x", List.of("--q", "1", "--q", "1")).optional("q"));
    }

    @Test
    void positionalWordsComeAfterOptionsAreRead() throws Exception {
        CommandLine c = new CommandLine("bench", List.of("quantify", "--size", "100"));
        assertEquals(Optional.of(100), c.integer("size", 1, 10000));
        assertEquals(Optional.of("quantify"), c.positional(0));
        assertFalse(c.positional(0).isPresent());
        c.finish();
    }
}
