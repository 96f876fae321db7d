package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.InputException;

/**
 * Output paths that cannot be written are exit 2 with one line naming the path, before long work
 * (batch-mode audit: they were "internal error: java.io.IOException ..." with exit 1).
 */
class OutputFolderCheckTest {

    @Test
    void anExistingFileIsNotAnOutputFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.check(file));
        assertEquals(file + ": expected an output folder, found a file", e.getMessage());
        assertThrows(InputException.class, () -> OutputFolder.open(file));
    }

    @Test
    void aFolderBelowAFileCannotBeCreated(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("afile"), "x");
        Path below = dir.resolve("afile/out");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.check(below));
        assertEquals(below + ": cannot be created: " + dir.resolve("afile") + " is a file, not a folder", e.getMessage());
    }

    @Test
    void missingFoldersAndExistingFoldersAreFine(@TempDir Path dir) throws Exception {
        assertDoesNotThrow(() -> OutputFolder.check(dir.resolve("a/b/c")));
        assertDoesNotThrow(() -> OutputFolder.check(dir));
        assertDoesNotThrow(() -> OutputFolder.checkFile(dir.resolve("new/profile.csv")));
    }

    @Test
    void anOutputFileMustNotBeAFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("profile.csv"));
        InputException e = assertThrows(InputException.class, () -> OutputFolder.checkFile(folder));
        assertEquals(folder + ": expected an output file name, found a folder", e.getMessage());
    }

    /** A command whose output the file system refuses. */
    static final class Refused implements BatchCommand {
        public String name() {
            return "refused";
        }

        public String summary() {
            return "writes where it may not";
        }

        public String usage() {
            return "./petrobench refused";
        }

        public int run(CommandLine args, BatchContext context) throws Exception {
            args.finish();
            throw new AccessDeniedException("/proc/out/.staging");
        }
    }

    @Test
    void aFileSystemRefusalIsExitTwoWithOneLineAndNoTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServiceLookup lookup = new ServiceLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> all(Class<T> type) {
                return type == BatchCommand.class ? (List<T>) List.of(new Refused()) : List.of();
            }
        };
        int code = new Batch(lookup, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                "test").run(List.of("refused"));
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals("petrobench refused: /proc/out/.staging: cannot be written or read (permission denied)\n", text);
        assertTrue(!text.contains("internal error"));
    }
}
