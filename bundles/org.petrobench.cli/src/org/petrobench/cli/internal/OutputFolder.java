package org.petrobench.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.petrobench.core.InputException;
import org.petrobench.core.io.AtomicWrite;

/**
 * An output folder written all-or-nothing: files are written into a staging folder beside it;
 * {@link #commit()} moves each into place by rename (replacing older files atomically), and
 * {@link #close()} without commit deletes the staging folder, so a failed run leaves no partial
 * output behind and never destroys the results of a previous run.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Opens a staging folder for {@code target} (which may or may not exist yet). */
    public static OutputFolder open(Path target) throws IOException, InputException {
        check(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".staging-");
            return new OutputFolder(absolute, staging);
        } catch (java.nio.file.FileSystemException e) {
            // name the folder the user gave, not our hidden staging folder
            throw new InputException(target.toString(), null, "cannot be created (" + Batch.reason(e) + ")");
        }
    }

    /**
     * Fails fast (exit 2), before long work starts, when {@code target} cannot become an output
     * folder: it is an existing file, or the nearest existing folder above it cannot be written.
     */
    public static void check(Path target) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InputException(target.toString(), null, "expected an output folder, found a file");
        }
        writableAncestor(target, absolute);
    }

    /**
     * The same check for a single output file ({@code profile}, {@code bulk}): it must not be a
     * folder, and its folder must be creatable and writable.
     */
    public static void checkFile(Path file) throws InputException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new InputException(file.toString(), null, "expected an output file name, found a folder");
        }
        writableAncestor(file, absolute.getParent());
    }

    private static void writableAncestor(Path shown, Path from) throws InputException {
        Path p = from;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new InputException(shown.toString(), null, "cannot be created: " + p + " is a file, not a folder");
        }
        if (!Files.isWritable(p)) {
            throw new InputException(shown.toString(), null, "cannot be created: the folder " + p + " is not writable");
        }
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** A path to write {@code relative} to (parents created), inside the staging folder. */
    public Path file(String relative) throws IOException {
        Path p = staging.resolve(relative).normalize();
        if (!p.startsWith(staging)) {
            throw new IOException("output name escapes the output folder: " + relative);
        }
        Files.createDirectories(p.getParent());
        return p;
    }

    /** Moves every staged file into the target folder. */
    public void commit() throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target);
                committed = true;
                return;
            } catch (IOException raceOrCrossDevice) {
                Files.createDirectories(target);
            }
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path dest = target.resolve(staging.relativize(f).toString());
            Files.createDirectories(dest.getParent());
            AtomicWrite.move(f, dest);
        }
        committed = true;
        deleteTree(staging);
    }

    /** Deletes the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Files currently staged (relative names, sorted), for tests and messages. */
    public List<String> stagedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).map(p -> staging.relativize(p).toString())
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
