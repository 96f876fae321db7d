package org.petrobench.epma.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.Diagnostics;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;

/**
 * Minimal test-code loader of the qntmap example (EPMA.md §13 T1; shared/data/qntmap-example):
 * fixed file names, no validation, so engine tests do not depend on the format bundles. Known
 * values from the files: 100×100 maps, dwell 100 ms, 0.1 µA, step 1000 µm, start (0, 0);
 * spots at 0.01 µA, 10 s peak, 5 s per background, offsets 1 mm.
 */
final class ExampleData {

    private ExampleData() {
    }

    static Path root() {
        String prop = System.getProperty("petrobench.qntmapExample");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            candidates.add(p.resolve("data/qntmap-example/minimal"));
            candidates.add(p.resolve("shared/data/qntmap-example/minimal"));
        }
        candidates.add(Path.of("/work/shared/data/qntmap-example/minimal"));
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve(".map/1"))) {
                return c;
            }
        }
        throw new IllegalStateException("qntmap example data not found; set -Dpetrobench.qntmapExample=<dir>");
    }

    static XrayMapSet maps() throws IOException {
        Path dir = root().resolve(".map/1");
        List<MapSignal> signals = new ArrayList<>();
        signals.add(new MapSignal("Si", SignalType.XRAY, matrix(dir.resolve("1_map.txt")), 0.1, 0.1, 0, "1_map.txt"));
        signals.add(new MapSignal("Mg", SignalType.XRAY, matrix(dir.resolve("2_map.txt")), 0.1, 0.1, 0, "2_map.txt"));
        MapGeometry g = MapGeometry.lineAlongX(100, 100, 0, 0, 0, 1000, 1000);
        return new XrayMapSet(g, signals, "JXA-DUMMY", "test", dir, new Diagnostics());
    }

    static float[] matrix(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        float[] v = new float[100 * 100];
        int i = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            for (String t : line.trim().split("\\s+")) {
                v[i++] = Float.parseFloat(t);
            }
        }
        return v;
    }

    static SpotSet spots() throws IOException {
        Path q = root().resolve(".qnt");
        List<String[]> stg = table(q.resolve("stg.qnt"));
        List<String[]> wt = table(q.resolve("wt.qnt"));
        List<String[]> net = table(q.resolve("net.qnt"));
        List<String[]> bgm = table(q.resolve("bgm.qnt"));
        List<String[]> bgp = table(q.resolve("bgp.qnt"));
        List<String[]> pk = table(q.resolve("pkint.qnt"));
        List<String[]> mes = table(q.resolve("mes.qnt"));
        List<ElementConditions> el = List.of(new ElementConditions("Si", "SiO2", 1, 1, 10, 5),
                new ElementConditions("Mg", "MgO", 1, 1, 10, 5));
        List<Spot> spots = new ArrayList<>();
        for (int s = 0; s < stg.size(); s++) {
            String[] st = stg.get(s);
            spots.add(new Spot(st[0], st[9], Double.parseDouble(st[4]), Double.parseDouble(st[5]),
                    Double.parseDouble(st[6]), Double.parseDouble(mes.get(s)[2]) * 1e6, two(wt.get(s)), two(net.get(s)),
                    two(bgm.get(s)), two(bgp.get(s)), two(pk.get(s))));
        }
        return new SpotSet(el, spots, "test", q, new Diagnostics());
    }

    private static double[] two(String[] row) {
        return new double[] { Double.parseDouble(row[2]), Double.parseDouble(row[3]) };
    }

    private static List<String[]> table(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(line.trim().split("\\s+"));
            }
        }
        return rows;
    }
}
