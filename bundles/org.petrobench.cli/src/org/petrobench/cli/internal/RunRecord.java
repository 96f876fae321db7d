package org.petrobench.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.petrobench.core.Contribution;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.io.AtomicWrite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code run.json} every command writes (CLI.md): the command and its arguments, all
 * settings with defaults resolved, input checksums, the services used and the PetroBench version.
 * The {@code settings} object is what {@code --method-file} reads back.
 */
public final class RunRecord {

    private final ObjectMapper json;
    private final ObjectNode root;
    private final ArrayNode inputs;
    private final ArrayNode services;

    public RunRecord(BatchContext context, CommandLine args) {
        this.json = context.json();
        this.root = json.createObjectNode();
        root.put("command", args.command());
        ArrayNode a = root.putArray("arguments");
        args.tokens().forEach(a::add);
        root.put("petrobenchVersion", context.version());
        root.put("created", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        root.set("settings", json.createObjectNode());
        inputs = root.putArray("inputs");
        services = root.putArray("services");
    }

    /** The resolved settings (a record or map, serialised by Jackson). */
    public RunRecord settings(Object settings) {
        root.set("settings", json.valueToTree(settings));
        return this;
    }

    /** An input file or folder, with a SHA-256 checksum (of every file, in name order, for a folder). */
    public RunRecord input(String role, Path path) throws IOException {
        ObjectNode n = inputs.addObject();
        n.put("role", role);
        n.put("path", path.toAbsolutePath().normalize().toString());
        if (Files.exists(path)) {
            n.put("sha256", checksum(path));
        }
        return this;
    }

    /** A service that produced the result (format, model, solver). */
    public RunRecord service(String role, Contribution c) {
        ObjectNode n = services.addObject();
        n.put("role", role);
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("version", c.version());
        n.put("reference", c.reference());
        return this;
    }

    /** Any further field (geometry, convergence, diagnostics ...), serialised by Jackson. */
    public RunRecord put(String key, Object value) {
        root.set(key, json.valueToTree(value));
        return this;
    }

    /** Warnings and notes of the run. */
    public RunRecord diagnostics(Diagnostics d) {
        ArrayNode w = root.putArray("warnings");
        d.warnings().forEach(w::add);
        ArrayNode all = root.putArray("diagnostics");
        d.entries().forEach(e -> all.addObject().put("severity", e.severity().name().toLowerCase()).put("message", e.message()));
        return this;
    }

    public JsonNode tree() {
        return root;
    }

    /** Writes {@code run.json} into the output folder. */
    public void write(OutputFolder out) throws IOException {
        Path file = out.file("run.json");
        AtomicWrite.bytes(file, o -> json.writeValue(o, root));
    }

    static String checksum(Path path) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            if (files.size() > 1) {
                md.update(path.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
