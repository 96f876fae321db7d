package org.petrobench.epma.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.petrobench.epma.format.DemoDataset;

/**
 * The qntmap example dataset "minimal" (Yasumoto, MIT licence, © 2017 YASUMOTO Atsushi, © 2018
 * JAMSTEC; synthetic, JEOL JXA-8105 layout), shipped as class-path resources of this bundle and
 * extracted to the file system on first use.
 * <p>
 * The resources use names without a leading dot so that no build step or archive tool drops them:
 * {@code map/1/} is extracted as {@code .map/1/}, {@code qnt/} as {@code .qnt/} and {@code qnt/cnd/}
 * as {@code .qnt/.cnd/}, which restores the original JEOL layout. {@code files.txt} lists every
 * file with its size; an extraction is reused only when every file is present with that size.
 * The target is the bundle's data area under OSGi, else a folder in {@code java.io.tmpdir}.
 */
@Component(service = DemoDataset.class)
public final class QntmapMinimalDemo implements DemoDataset {

    private static final String BASE = "qntmap-minimal/";
    private static final String FOLDER = "qntmap-minimal-1";

    /** One listed resource. */
    private record Entry(String resource, long size) {
        Path target(Path root) {
            String p = resource;
            if (p.startsWith("map/")) {
                p = ".map/" + p.substring(4);
            } else if (p.startsWith("qnt/cnd/")) {
                p = ".qnt/.cnd/" + p.substring(8);
            } else if (p.startsWith("qnt/")) {
                p = ".qnt/" + p.substring(4);
            }
            return root.resolve(p);
        }
    }

    private Path root;

    @Override
    public Path maps() throws IOException {
        return root().resolve(".map").resolve("1");
    }

    @Override
    public Path spots() throws IOException {
        return root().resolve(".qnt");
    }

    @Override
    public synchronized Path root() throws IOException {
        if (root == null) {
            root = extract(location());
        }
        return root;
    }

    @Override
    public String description() {
        return "qntmap example dataset \"minimal\" (synthetic, JEOL JXA-8105 layout): olivine and quartz, Si and Mg "
                + "maps of 100 x 100 pixels (dwell 100 ms, 100 nA, step 1000 um) and 40 spot analyses (1-20 Qtz, "
                + "21-40 Ol). From https://github.com/atusy/qntmap (inst/extdata, commit 5b6a349), MIT licence, "
                + "Copyright 2017 YASUMOTO Atsushi, (c) 2018 JAMSTEC; see LICENSE.qntmap and README.md.";
    }

    private Path location() throws IOException {
        Path base = osgiDataArea();
        if (base == null) {
            base = Path.of(System.getProperty("java.io.tmpdir"), "petrobench-demo-" + System.getProperty("user.name", "user"));
        }
        Files.createDirectories(base);
        return base.resolve(FOLDER);
    }

    /** The bundle's data area, or null outside OSGi (plain class path, tests). */
    private Path osgiDataArea() {
        try {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(QntmapMinimalDemo.class);
            if (bundle == null || bundle.getBundleContext() == null) {
                return null;
            }
            java.io.File f = bundle.getBundleContext().getDataFile("");
            return f == null ? null : f.toPath();
        } catch (NoClassDefFoundError e) {
            return null;
        }
    }

    private static List<Entry> listing() throws IOException {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = resource("files.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    int space = line.lastIndexOf(' ');
                    out.add(new Entry(line.substring(0, space), Long.parseLong(line.substring(space + 1).trim())));
                }
            }
        }
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = QntmapMinimalDemo.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("demo resource " + BASE + name + " is missing from bundle org.petrobench.epma.demo");
        }
        return in;
    }

    private static boolean complete(Path root, List<Entry> entries) {
        for (Entry e : entries) {
            Path p = e.target(root);
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != e.size()) {
                    return false;
                }
            } catch (IOException ex) {
                return false;
            }
        }
        return true;
    }

    /** Extracts into a fresh sibling folder, then renames it into place (no half-written dataset). */
    private static Path extract(Path target) throws IOException {
        List<Entry> entries = listing();
        if (complete(target, entries)) {
            return target;
        }
        Path tmp = Files.createTempDirectory(target.getParent(), FOLDER + ".tmp");
        for (Entry e : entries) {
            Path p = e.target(tmp);
            Files.createDirectories(p.getParent());
            try (InputStream in = resource(e.resource())) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(p) != e.size()) {
                throw new IOException("demo resource " + e.resource() + " has " + Files.size(p) + " bytes, expected "
                        + e.size());
            }
        }
        if (Files.exists(target)) {
            deleteTree(target);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // another process extracted it meanwhile: keep theirs when complete
            if (!complete(target, entries)) {
                throw new IOException("cannot place the demo dataset at " + target, e);
            }
            deleteTree(tmp);
        }
        return target;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
