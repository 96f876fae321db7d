package org.petrobench.epma.format.testing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Locates a test fragment's {@code data/} folder (the working directory is the fragment under Tycho
 * and {@code tests/} under devtest.sh) and the shared real JEOL files ({@code ../shared} beside the
 * repository). Also an independent plain parser of the example matrices (split on blanks), so
 * expectations do not come from the reader under test.
 */
public final class ExampleData {

    private final String fragment;

    /** @param fragment the test fragment's symbolic name, e.g. {@code org.petrobench.epma.format.jeol.tests} */
    public ExampleData(String fragment) {
        this.fragment = fragment;
    }

    /** {@code relative} inside the fragment's {@code data/} folder (the one holding {@code minimal/}). */
    public Path data(String relative) {
        for (Path base : List.of(Path.of("data"), Path.of(fragment, "data"), Path.of("tests", fragment, "data"))) {
            if (Files.isDirectory(base.resolve("minimal"))) {
                return base.resolve(relative).toAbsolutePath();
            }
        }
        throw new IllegalStateException("test data folder not found from " + Path.of("").toAbsolutePath());
    }

    /** {@code shared/data/jeol-real} beside the repository, or null when absent. */
    public static Path jeolReal() {
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
    public static void copy(Path from, Path to) throws IOException {
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
    public static int[][] plainMatrix(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.trim().split(" +")).mapToInt(Integer::parseInt).toArray())
                .toArray(int[][]::new);
    }
}
