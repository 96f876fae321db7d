package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.Numbers;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.io.QuantifiedFolder;
import org.petrobench.epma.io.QuantifiedMapsWriter;

/**
 * The streaming, parallel writer (EPMA.md §14): every matrix value equals Numbers.fixed(v, 4) of
 * the computed maps, the files are byte-identical with 1 and 4 threads (§13 T3), and the folder
 * reads back through {@link QuantifiedFolder}.
 */
class MapsWriterTest {

    @Test
    void matricesAreFixedDecimalsIndependentOfThreadsAndReadBack(@TempDir Path tmp) throws Exception {
        SyntheticScene scene = new SyntheticScene(90, 11);
        QuantifiedMaps one = new YasumotoQuantifier().quantify(scene.maps, scene.spotSet, QuantifierSettings.defaults().withThreads(1),
                Monitor.silent());
        QuantifiedMaps four = new YasumotoQuantifier().quantify(scene.maps, scene.spotSet, QuantifierSettings.defaults().withThreads(4),
                Monitor.silent());
        QuantifiedMapsWriter.write(one, tmp.resolve("one"));
        QuantifiedMapsWriter.write(four, tmp.resolve("four"));
        List<String> files;
        try (var s = Files.walk(tmp.resolve("one"))) {
            files = s.filter(Files::isRegularFile).map(p -> tmp.resolve("one").relativize(p).toString()).sorted().toList();
        }
        assertEquals(1 + 4 + 7 + 7 + 3, files.size(), files.toString());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("four").resolve(f)), f);
        }
        float[][] wt = one.wtMaps();
        float[][] se = one.seMaps();
        for (int e = 0; e < one.elements().size(); e++) {
            String ox = one.elements().get(e).oxide();
            check(tmp.resolve("one/wt/" + ox + ".csv"), wt[e], 90);
            check(tmp.resolve("one/se/" + ox + ".csv"), se[e], 90);
        }
        check(tmp.resolve("one/membership/Grt.csv"), one.membership().map(one.phaseIndex("Grt")), 90);
        QuantifiedFolder back = QuantifiedFolder.read(tmp.resolve("one"),
                new QuantifiedFolder.Run(one.geometry(), SyntheticScene.EXPOSURE, one.phaseNames(), one.membership().kind()));
        assertEquals(one.elements(), back.elements());
        for (int e = 0; e < one.elements().size(); e++) {
            for (int i = 0; i < 90 * 90; i++) {
                assertEquals(wt[e][i], back.wt()[e][i], 5e-5 + Math.ulp(wt[e][i]) * 2, "4 decimals plus float rounding");
            }
        }
        // the rebuilt quantification reproduces the wt maps from the recovered counts
        float[][] again = back.toQuantifiedMaps().wtMaps();
        for (int e = 0; e < one.elements().size(); e++) {
            for (int i = 0; i < 90 * 90; i++) {
                assertEquals(back.wt()[e][i], again[e][i], 1e-3 + 1e-5 * back.wt()[e][i]);
            }
        }
    }

    private static void check(Path file, float[] values, int columns) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int l = 0; l < lines.size(); l++) {
            String[] f = lines.get(l).split(",", -1);
            assertEquals(columns, f.length);
            for (int c = 0; c < columns; c++) {
                assertEquals(Numbers.fixed(values[l * columns + c], 4), f[c], file + " line " + (l + 1));
            }
        }
    }
}
