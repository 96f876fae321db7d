package org.petrobench.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./petrobench} on the materialised product of this build, as a user would. */
final class Petrobench {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Path root() {
        return Path.of(System.getProperty("petrobench.root", "../.."));
    }

    static Path product() {
        return Path.of(System.getProperty("petrobench.product"));
    }

    static Run run(Path workspace, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runIn(null, workspace, env, args);
    }

    /** Runs in working directory {@code cwd} (null: this process's), so relative paths are the user's. */
    static Run runIn(Path cwd, Path workspace, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(root().resolve("petrobench").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        pb.environment().put("PETROBENCH_PRODUCT", product().toString());
        pb.environment().put("PETROBENCH_WORKSPACE", workspace.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("petrobench-out", ".txt");
        Path err = Files.createTempFile("petrobench-err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("petrobench " + String.join(" ", args) + " did not finish in 300 s");
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static Run run(Path workspace, String... args) throws IOException, InterruptedException {
        return run(workspace, Map.of(), args);
    }

    private Petrobench() {
    }
}
