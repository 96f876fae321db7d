package org.petrobench.integration;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example lab plug-ins built the way docs/plugin-guide.md tells a lab to: the {@code examples/}
 * folder copied out of the repository and built by its own Maven invocation against the
 * PetroBench update site of this build. Built once per test run; also a copy of the materialised
 * product to install into, so the build's own product stays untouched.
 */
final class ExamplePlugins {

    private static Path sites;

    private ExamplePlugins() {
    }

    /** The folder holding the three example update sites (built on first use). */
    static synchronized Path sites() throws IOException, InterruptedException {
        if (sites == null) {
            Path work = Files.createTempDirectory("petrobench-lab-");
            Path lab = work.resolve("lab-plugins");
            copyTree(Petrobench.root().resolve("examples"), lab);
            Path site = Petrobench.root().resolve("releng/org.petrobench.site/target/repository").toAbsolutePath().normalize();
            List<String> cmd = new ArrayList<>(List.of(Petrobench.root().resolve("mvnw").toAbsolutePath().toString(), "-B", "-q",
                    "verify", "-Dpetrobench.site=" + site.toUri()));
            if (System.getProperty("petrobench.offline", "").equals("offline=true")) {
                cmd.add("-o");
            }
            String repo = System.getProperty("petrobench.localRepository", "");
            if (!repo.isEmpty() && !repo.startsWith("${")) {
                cmd.add("-Dmaven.repo.local=" + repo);
            }
            Path log = work.resolve("build.log");
            Process p = new ProcessBuilder(cmd).directory(lab.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(900, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the example plug-ins did not build in 900 s; log: " + log);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the example plug-ins did not build (exit " + p.exitValue() + "):\n"
                        + Files.readString(log));
            }
            sites = lab;
        }
        return sites;
    }

    /** The update site of one example: model, format or broken. */
    static Path site(String example) throws IOException, InterruptedException {
        Path s = sites().resolve("org.petrobench.example." + example + ".site/target/repository");
        if (!Files.isDirectory(s)) {
            throw new IllegalStateException("no update site " + s);
        }
        return s;
    }

    /** A private copy of the materialised product (installing changes it). */
    static Path productCopy(Path parent) throws IOException {
        Path copy = parent.resolve("petrobench");
        copyTree(Petrobench.product(), copy);
        return copy;
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals("target") && !dir.equals(from)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
