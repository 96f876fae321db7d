package org.petrobench.epma.format.jeol.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.testing.ExampleData;

/** EPMA.md §3.3b on the real JXA-8800 files of shared/data/jeol-real and on synthetic 32-bit files. */
class RawMapFormatTest {

    @TempDir
    Path tmp;

    private final RawMapFormat format = new RawMapFormat();

    private Path realRun() throws Exception {
        Path real = ExampleData.jeolReal();
        assertNotNull(real, "shared/data/jeol-real must be beside the repository (../shared)");
        Path d = tmp.resolve("run");
        Files.createDirectories(d);
        Files.copy(real.resolve("0.cnd"), d.resolve("0.cnd"));
        Files.copy(real.resolve("7.map"), d.resolve("7.map"));
        return d;
    }

    @Test
    void realSiMap() throws Exception {
        Path d = realRun();
        assertTrue(format.sniff(d));
        assertFalse(new Jxa8800MapFormat().sniff(d));
        XrayMapSet set = format.read(d, MapReadOptions.defaults(), Monitor.silent());
        MapGeometry g = set.geometry();
        // 0.cnd: X-axis Step Number 920, Y-axis 1000, 4.00 um, start 19.0000 14.9000 10.7460 mm
        assertEquals(MapGeometry.lineAlongX(920, 1000, 19.0, 14.9, 10.746, 4.0, 4.0), g);
        MapSignal si = set.signals().get(0);
        assertEquals("Si", si.name()); // the 7th element block (Mg Si ... of sequence 2)
        assertEquals(0.008, si.dwellS(), 1e-15);
        assertEquals(0.1988, si.currentUA(), 1e-12); // the average of "Avg, Before After"
        // figures stated in shared/data/jeol-real/README.md: max 1005, mean 182.8, 8.8 % zeros
        double sum = 0;
        float max = 0;
        int zeros = 0;
        for (float v : si.counts()) {
            sum += v;
            max = Math.max(max, v);
            zeros += v == 0 ? 1 : 0;
        }
        assertEquals(1005f, max);
        assertEquals(182.8, sum / si.counts().length, 0.05);
        assertEquals(0.088, zeros / (double) si.counts().length, 0.0005);
        // first sample, read here with plain big-endian arithmetic
        byte[] raw = Files.readAllBytes(d.resolve("7.map"));
        assertEquals(((raw[2002] & 0xff) << 8) | (raw[2003] & 0xff), (int) si.counts()[1001]);
    }

    @Test
    void truncatedFileAndUnknownMapNumber() throws Exception {
        Path d = realRun();
        byte[] raw = Files.readAllBytes(d.resolve("7.map"));
        Files.write(d.resolve("7.map"), java.util.Arrays.copyOf(raw, raw.length - 2));
        InputException e = assertThrows(InputException.class, () -> format.read(d, MapReadOptions.defaults(), Monitor.silent()));
        assertTrue(e.getMessage().contains("7.map") && e.getMessage().contains("1840000")
                && e.getMessage().contains("1839998"), e.getMessage());
        Files.write(d.resolve("7.map"), raw);
        Files.write(d.resolve("16.map"), raw);
        e = assertThrows(InputException.class, () -> format.read(d, MapReadOptions.defaults(), Monitor.silent()));
        assertTrue(e.getMessage().contains("16.map") && e.getMessage().contains("1..15"), e.getMessage());
    }

    @Test
    void keyedThirtyTwoBitMaps() throws Exception {
        Path d = tmp.resolve("keyed");
        Files.createDirectories(d);
        Files.writeString(d.resolve("data001.cnd"), String.join("\n", "$XM_DATA_PROBE_CURRENT 1.0e-008",
                "$XM_ELEM_NAME%0 Fe", "$XM_AP_SA_PIXELS%0 2 3", "$XM_AP_SA_PIXEL_SIZE%0 0.50 0.50 50.00",
                "$XM_AP_SA_DWELL_TIME%0 5.0", "$XM_AP_SA_STAGE_POS%0_1 1.0 2.0 3.0", ""));
        long[] values = { 0, 1, 70_000, 4_000_000_000L, 5, 65_535 };
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(d.resolve("data001.map")))) {
            for (long v : values) {
                out.writeInt((int) v); // DataOutputStream writes big-endian
            }
        }
        assertTrue(format.sniff(d));
        XrayMapSet set = format.read(d, MapReadOptions.defaults(), Monitor.silent());
        assertEquals(2, set.geometry().lines());
        assertEquals(3, set.geometry().columns());
        assertArrayEquals(new float[] { 0, 1, 70_000, 4_000_000_000f, 5, 65_535 }, set.signals().get(0).counts());
        assertEquals(0.005 * 0.01, set.exposureSecUA(), 1e-15);
    }
}
