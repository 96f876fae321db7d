package org.petrobench.epma.format.jeol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.testing.ExampleData;

/** EPMA.md §3.3: keys, units, pairing and the reversed-X orientation. */
class Jxa8230MapFormatTest {

    @TempDir
    Path tmp;

    private final Jxa8230MapFormat format = new Jxa8230MapFormat();

    private static String cnd(String element, String ims) {
        return String.join("\n", "$XM_DATA_PROBE_CURRENT 2.000e-008", "$XM_ANALYSIS_INSTRUMENT JXA8230",
                "$XM_ELEM_NAME%0 " + element, ims == null ? "" : "$XM_ELEM_IMS_SIGNAL_TYPE%0 " + ims,
                "$XM_AP_SA_PIXELS%0 4 3", "$XM_AP_SA_PIXEL_SIZE%0 2.0", "$XM_AP_SA_DWELL_TIME%0 40",
                "$XM_AP_SA_STAGE_POS%0_1 10.0000 20.0000 11.0", "");
    }

    private Path folder() throws Exception {
        Path d = tmp.resolve("PRJ_1_MAP_1_csv");
        Files.createDirectories(d);
        Files.writeString(d.resolve("data001.cnd"), cnd("Fe", null));
        Files.writeString(d.resolve("data001.csv"), "1,2,3,4\n5,6,7,8\n9,10,11,12\n");
        Files.writeString(d.resolve("data002.cnd"), cnd("", "COMPO"));
        Files.writeString(d.resolve("data002.csv"), "0,0,0,0\n0,0,0,0\n0,0,0,100\n");
        return d;
    }

    @Test
    void readsKeysUnitsAndOrientation() throws Exception {
        Path d = folder();
        assertTrue(format.sniff(d));
        assertTrue(format.sniff(tmp));
        assertFalse(new Jxa8800MapFormat().sniff(d));
        XrayMapSet set = format.read(tmp, MapReadOptions.defaults(), Monitor.silent());
        MapGeometry g = set.geometry();
        assertEquals(3, g.lines()); // P_Y lines of P_X values
        assertEquals(4, g.columns());
        assertEquals(StageAxis.Y, g.lineAxis());
        assertEquals(-1, g.columnSign());
        assertEquals(2.0, g.stepColumnUm());
        assertEquals("JXA8230", set.instrument());
        assertEquals(0.04 * 0.02, set.exposureSecUA(), 1e-15); // 40 ms, 2e-8 A
        assertEquals(SignalType.ELECTRON, set.signal("COMPO").orElseThrow().type());
        assertEquals(12f, set.signal("Fe").orElseThrow().counts()[11]);
        // X decreases along a line: 6 µm below the start in X, 4 µm above in Y → line 3, column 4
        assertEquals(2 * 4 + 3, g.pixelIndex(10 - 0.006, 20 + 0.004));
    }

    @Test
    void unpairedAndMissingKey() throws Exception {
        Path d = folder();
        Files.delete(d.resolve("data002.csv"));
        InputException e = assertThrows(InputException.class, () -> format.read(d, MapReadOptions.defaults(), Monitor.silent()));
        assertTrue(e.getMessage().contains("data002.cnd"), e.getMessage());
        Files.delete(d.resolve("data002.cnd"));
        Files.writeString(d.resolve("data001.cnd"), cnd("Fe", null).replace("$XM_AP_SA_DWELL_TIME%0 40\n", ""));
        e = assertThrows(InputException.class, () -> format.read(d, MapReadOptions.defaults(), Monitor.silent()));
        assertTrue(e.getMessage().contains("data001.cnd") && e.getMessage().contains("$XM_AP_SA_DWELL_TIME%0"),
                e.getMessage());
    }

    /** A real JXA-8530F condition file (shared/data/jeol-real, GPL, not copied) with a generated map. */
    @Test
    void realConditionFile() throws Exception {
        Path real = ExampleData.jeolReal();
        assertNotNull(real, "shared/data/jeol-real must be beside the repository (../shared)");
        Path d = tmp.resolve("REAL_1_MAP_1_csv");
        Files.createDirectories(d);
        Files.copy(real.resolve("data003.cnd"), d.resolve("data003.cnd"));
        String line = "1," .repeat(1799) + "1\n";
        Files.writeString(d.resolve("data003.csv"), line.repeat(1600));
        XrayMapSet set = format.read(d, MapReadOptions.defaults(), Monitor.silent());
        MapGeometry g = set.geometry();
        assertEquals(1600, g.lines());
        assertEquals(1800, g.columns());
        assertEquals(0.5, g.stepLineUm());
        assertEquals("Ti", set.signals().get(0).name());
        assertEquals(0.005 * 0.01201, set.exposureSecUA(), 1e-12); // 5.0 ms, 1.201e-8 A
        // the stated centre ($XM_AP_SA_STAGE_POS%0_0 16.5407 19.9220) lies in the middle of the map
        assertEquals(801, g.lineOf(16.5407, 19.9220));
        assertEquals(901, g.columnOf(16.5407, 19.9220));
    }
}
