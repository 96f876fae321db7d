package org.petrobench.epma.format.jeol.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Locates this fragment's {@code data/} folder (the working directory is the fragment under Tycho
 * and {@code tests/} under devtest.sh) and the shared real JEOL files ({@code ../shared} beside the
 * repository). Also an independent plain parser of the example matrices (split on blanks), so
 * expectations do not come from the reader under test.
 */
final class TestData {

    private static final String FRAGMENT = "org.petrobench.epma.format.jeol.tests";

    private TestData() {
    }

    static Path data(String relative) {
        for (Path base : List.of(Path.of("data"), Path.of(FRAGMENT, "data"), Path.of("tests", FRAGMENT, "data"))) {
            if (Files.isDirectory(base.resolve("minimal"))) {
                return base.resolve(relative).toAbsolutePath();
            }
        }
        throw new IllegalStateException("test data folder not found from " + Path.of("").toAbsolutePath());
    }

    /** {@code shared/data/jeol-real} beside the repository, or null when absent. */
    static Path jeolReal() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data").resolve("jeol-real");
            if (Files.isRegularFile(candidate.resolve("0.cnd"))) {
                return candidate;
            }
            Path inside = p.resolve("shared").resolve("data").resolve("jeol-real");
            if (Files.isRegularFile(inside.resolve("0.cnd"))) {
                return inside;
            }
        }
        return null;
    }

    /** Copies a folder tree (dot folders included). */
    static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Plain independent parse: lines split on blanks, Integer.parseInt. */
    static int[][] plainMatrix(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.trim().split(" +")).mapToInt(Integer::parseInt).toArray())
                .toArray(int[][]::new);
    }
}
