package org.petrobench.epma.format.jeol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.testing.ExampleData;

/** EPMA.md §13 T1 "Reading", JEOL route ({@code jeol-jxa8800-map} + {@code jeol-qnt}), and §3.2 bad input. */
class Jxa8800ReadingTest {

    @TempDir
    Path tmp;

    private final Jxa8800MapFormat maps = new Jxa8800MapFormat();
    private final QntSpotFormat spots = new QntSpotFormat();

    private Path copyOfMaps() throws Exception {
        Path d = tmp.resolve(".map/1");
        ExampleData.copy(TestData.data("minimal/.map/1"), d);
        return d;
    }

    @Test
    void readsTheExampleMaps() throws Exception {
        Path dir = TestData.data("minimal/.map/1");
        XrayMapSet set = maps.read(dir, MapReadOptions.defaults(), Monitor.silent());
        MapGeometry g = set.geometry();
        assertEquals(100, g.lines());
        assertEquals(100, g.columns());
        assertEquals(1000, g.stepLineUm());
        assertEquals(StageAxis.X, g.lineAxis());
        assertEquals("JXA-DUMMY", set.instrument());
        assertEquals(List.of("Si", "Mg"), set.signals().stream().map(MapSignal::name).toList());
        // $XM_DWELL_TIME 100 msec, $CM_CURRENT 1e-07 A → E_m = 0.1 s · 0.1 µA
        assertEquals(0.01, set.exposureSecUA(), 1e-15);
        int[][] si = ExampleData.plainMatrix(dir.resolve("1_map.txt"));
        MapSignal s = set.signal("si").orElseThrow();
        for (int l = 0; l < 100; l++) {
            for (int c = 0; c < 100; c++) {
                assertEquals(si[l][c], s.counts()[l * 100 + c]);
            }
        }
        assertEquals(0, s.deadTimeS());
        assertTrue(set.diagnostics().warnings().stream().anyMatch(w -> w.contains("dead time")));
    }

    @Test
    void descendsFromTheDatasetFolder() throws Exception {
        XrayMapSet set = maps.read(TestData.data("minimal"), MapReadOptions.defaults(), Monitor.silent());
        assertEquals(2, set.signals().size());
        assertTrue(maps.sniff(TestData.data("minimal")));
        assertTrue(maps.sniff(TestData.data("minimal/.map/1")));
        assertFalse(maps.sniff(TestData.data("minimal/.qnt")));
    }

    @Test
    void spotsFromElemwCndMatchTheExample() throws Exception {
        // without conditions_qnt.csv beside it, so the value-description elemw.cnd is used
        Path qnt = tmp.resolve("session/.qnt");
        ExampleData.copy(TestData.data("minimal/.qnt"), qnt);
        SpotSet set = spots.read(qnt, Monitor.silent());
        assertEquals(40, set.spots().size());
        assertEquals(List.of("Si", "Mg"), set.elements().stream().map(e -> e.element()).toList());
        assertEquals(List.of("SiO2", "MgO"), set.elements().stream().map(e -> e.oxide()).toList());
        for (var e : set.elements()) {
            assertEquals(1, e.bgPlusMm());
            assertEquals(1, e.bgMinusMm());
            assertEquals(10, e.peakTimeS());
            assertEquals(5, e.bgTimeS());
        }
        Spot first = set.spots().get(0);
        assertEquals("1", first.id());
        assertEquals("Qtz", first.phase());
        assertEquals(22, first.xMm());
        assertEquals(82, first.yMm());
        assertEquals(0.01, first.currentUA(), 1e-12); // 1e-08 A
        assertEquals(100, first.wt()[0]);
        assertEquals(984280, first.net()[0]);
        assertEquals(9740, first.bgMinus()[0]);
        assertEquals(9840, first.bgPlus()[0]);
        assertEquals(994070, first.peak()[0]);
        assertTrue(set.diagnostics().entries().stream().anyMatch(e -> e.message().contains("elemw.cnd")));
    }

    @Test
    void spotOneAndQuartzPixels() throws Exception {
        XrayMapSet m = maps.read(TestData.data("minimal/.map/1"), MapReadOptions.defaults(), Monitor.silent());
        Path qnt = tmp.resolve("s/.qnt");
        ExampleData.copy(TestData.data("minimal/.qnt"), qnt);
        SpotSet s = spots.read(qnt, Monitor.silent());
        Spot one = s.spots().get(0);
        assertEquals(23, m.geometry().lineOf(one.xMm(), one.yMm()));
        assertEquals(83, m.geometry().columnOf(one.xMm(), one.yMm()));
        float[] mg = m.signal("Mg").orElseThrow().counts();
        int quartz = 0;
        for (Spot sp : s.spots()) {
            int px = m.geometry().pixelIndex(sp.xMm(), sp.yMm());
            assertTrue(px >= 0, "spot " + sp.id() + " outside");
            if (sp.phase().equals("Qtz")) {
                quartz++;
                assertEquals(0f, mg[px], "Qtz spot " + sp.id());
            } else {
                assertTrue(mg[px] > 1000, "Ol spot " + sp.id());
            }
        }
        assertEquals(20, quartz);
    }

    @Test
    void deadTimeFromOptionsXrayOnly() throws Exception {
        Path d = copyOfMaps();
        Files.writeString(d.resolve("3.cnd"), Files.readString(d.resolve("1.cnd")).replace("Si", "BSE"));
        Files.copy(d.resolve("1_map.txt"), d.resolve("3_map.txt"));
        XrayMapSet set = maps.read(d, MapReadOptions.defaults().withDeadTimeNs(1100), Monitor.silent());
        int[][] si = ExampleData.plainMatrix(d.resolve("1_map.txt"));
        MapSignal s = set.signal("Si").orElseThrow();
        MapSignal bse = set.signal("BSE").orElseThrow();
        assertEquals(SignalType.ELECTRON, bse.type());
        assertEquals(1100e-9, s.deadTimeS(), 1e-18);
        assertEquals(0, bse.deadTimeS());
        double x = si[0][0];
        assertEquals(x / (1 - 1100e-9 * x / 0.1), s.counts()[0], 1e-3);
        assertEquals((float) x, bse.counts()[0]);
        assertEquals(List.of("Si", "Mg"), set.xraySignals().stream().map(MapSignal::name).toList());
    }

    @Test
    void saturatingDeadTimeNamesThePixel() throws Exception {
        Path d = copyOfMaps();
        int[][] si = ExampleData.plainMatrix(d.resolve("1_map.txt"));
        // τ such that the first pixel reaches τX/t_d = 1 exactly: every larger pixel saturates too
        int maxLine = 0;
        int maxCol = 0;
        for (int l = 0; l < 100; l++) {
            for (int c = 0; c < 100; c++) {
                if (si[l][c] > si[maxLine][maxCol]) {
                    maxLine = l;
                    maxCol = c;
                }
            }
        }
        double tauNs = 0.1 / si[maxLine][maxCol] * 1e9 * 1.0001; // only the largest pixel(s) saturate
        org.petrobench.core.DataException e = assertThrows(org.petrobench.core.DataException.class,
                () -> maps.read(d, MapReadOptions.defaults().withDeadTimeNs(tauNs), Monitor.silent()));
        assertTrue(e.getMessage().contains("1_map.txt") && e.getMessage().contains("saturates"), e.getMessage());
        int first = -1; // the first saturating pixel in row-major order is named
        for (int i = 0; i < 10_000 && first < 0; i++) {
            if (si[i / 100][i % 100] * tauNs * 1e-9 / 0.1 >= 1) {
                first = i;
            }
        }
        int line = first / 100 + 1;
        int col = first % 100 + 1;
        assertTrue(e.getMessage().contains("line " + line + ", column " + col), e.getMessage());
    }

    private InputException bad(Path dir) {
        return assertThrows(InputException.class, () -> maps.read(dir, MapReadOptions.defaults(), Monitor.silent()));
    }

    @Test
    void unpairedFiles() throws Exception {
        Path d = copyOfMaps();
        Files.delete(d.resolve("2.cnd"));
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("2_map.txt") && e.getMessage().contains("2.cnd"), e.getMessage());
        Path d2 = tmp.resolve("b/.map/1");
        ExampleData.copy(TestData.data("minimal/.map/1"), d2);
        Files.copy(d2.resolve("2.cnd"), d2.resolve("5.cnd"));
        assertTrue(bad(d2).getMessage().contains("5.cnd"));
    }

    @Test
    void missingKey() throws Exception {
        Path d = copyOfMaps();
        Files.writeString(d.resolve("2.cnd"), Files.readString(d.resolve("2.cnd")).replaceAll("\\$CM_CURRENT.*\\n", ""));
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("2.cnd") && e.getMessage().contains("$CM_CURRENT"), e.getMessage());
    }

    @Test
    void conditionsDisagree() throws Exception {
        Path d = copyOfMaps();
        Files.writeString(d.resolve("2.cnd"), Files.readString(d.resolve("2.cnd")).replace("100 msec", "50 msec"));
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("2.cnd") && e.getMessage().contains("1.cnd")
                && e.getMessage().contains("XM_DWELL_TIME"), e.getMessage());
    }

    @Test
    void dimensionsContradictXmPoints() throws Exception {
        Path d = copyOfMaps();
        List<String> lines = Files.readAllLines(d.resolve("2_map.txt"));
        Files.write(d.resolve("2_map.txt"), lines.subList(0, 99));
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("2_map.txt") && e.getMessage().contains("XM_POINTS")
                && e.getMessage().contains("99 x 100"), e.getMessage());
    }

    @Test
    void mapsOfDifferentSizes() throws Exception {
        Path d = copyOfMaps();
        List<String> lines = Files.readAllLines(d.resolve("2_map.txt"));
        Files.write(d.resolve("2_map.txt"), lines.subList(0, 99));
        Files.writeString(d.resolve("2.cnd"), Files.readString(d.resolve("2.cnd")).replace("$XM_POINTS          100 100",
                "$XM_POINTS          99 100"));
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("2.cnd") && e.getMessage().contains("1.cnd")
                && e.getMessage().contains("XM_POINTS"), e.getMessage());
    }

    @Test
    void transposedFileHint() throws Exception {
        Path d = tmp.resolve("t/.map/1");
        Files.createDirectories(d);
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < 3; l++) {
            b.append("1 2 3 4 5\n");
        }
        Files.writeString(d.resolve("1_map.txt"), b);
        Files.writeString(d.resolve("1.cnd"), "$CM_CURRENT 1e-07\n$XM_ELEMENT Si\n$XM_DWELL_TIME 10 msec\n"
                + "$XM_STEP_SIZE 2 2 um\n$XM_MAP_START 0 0 0 mm\n$XM_POINTS 5 3\n");
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("lineAxis"), e.getMessage());
        XrayMapSet set = maps.read(d, MapReadOptions.defaults().withLineAxis(StageAxis.Y), Monitor.silent());
        assertEquals(3, set.geometry().lines());
        assertEquals(StageAxis.Y, set.geometry().lineAxis());
    }

    @Test
    void badCounts() throws Exception {
        Path d = copyOfMaps();
        String text = Files.readString(d.resolve("1_map.txt"));
        Files.writeString(d.resolve("1_map.txt"), text.replaceFirst("\n(\\d+) ", "\n-$1 "));
        InputException e = bad(d);
        assertTrue(e.getMessage().contains("1_map.txt: line 2, column 1") && e.getMessage().contains(">= 0, found '-"),
                e.getMessage());
        Files.writeString(d.resolve("1_map.txt"), text.replaceFirst("\n(\\d+) ", "\n$1x "));
        assertTrue(bad(d).getMessage().contains("1_map.txt: line 2, column 1"));
        Files.writeString(d.resolve("1_map.txt"), text.replaceFirst("\n(\\d+) ", "\n"));
        assertTrue(bad(d).getMessage().contains("1_map.txt: line 2"));
    }
}
