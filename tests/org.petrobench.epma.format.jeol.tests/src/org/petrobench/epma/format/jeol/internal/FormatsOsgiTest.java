package org.petrobench.epma.format.jeol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.DemoDataset;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.SpotFormat;
import org.petrobench.epma.format.testing.RegisteredServices;
import org.petrobench.epma.format.testing.ExampleData;

/** EPMA.md §13 T5: the JEOL services are registered and find each example layout by sniffing. */
class FormatsOsgiTest {

    @TempDir
    Path tmp;

    private static <S> List<S> services(Class<S> type, Predicate<List<S>> enough) throws Exception {
        return RegisteredServices.of(FormatsOsgiTest.class, type, enough);
    }


    private static List<MapFormat> mapFormats() throws Exception {
        return services(MapFormat.class, l -> l.stream().map(MapFormat::id).toList()
                .containsAll(List.of(Jxa8800MapFormat.ID, Jxa8230MapFormat.ID, RawMapFormat.ID)));
    }

    private static List<String> sniffedMaps(Path p) throws Exception {
        return mapFormats().stream().filter(f -> f.sniff(p)).map(MapFormat::id).toList();
    }

    @Test
    void exampleLayoutsAreFoundBySniffing() throws Exception {
        assertEquals(List.of(Jxa8800MapFormat.ID), sniffedMaps(TestData.data("minimal/.map/1")));
        List<SpotFormat> spots = services(SpotFormat.class,
                l -> l.stream().anyMatch(f -> f.id().equals(QntSpotFormat.ID)));
        List<String> spotIds = spots.stream().filter(f -> f.sniff(TestData.data("minimal/.qnt"))).map(SpotFormat::id).toList();
        assertEquals(List.of(QntSpotFormat.ID), spotIds);
        for (MapFormat f : mapFormats()) {
            assertFalse(f.reference().isBlank(), f.id());
            assertFalse(f.filePatterns().isEmpty(), f.id());
        }
    }

    @Test
    void jxa8230FolderIsFoundBySniffing() throws Exception {
        Path d = tmp.resolve("P_1_MAP_1_csv");
        Files.createDirectories(d);
        Files.writeString(d.resolve("data001.cnd"), "$XM_ELEM_NAME%0 Fe\n$XM_AP_SA_PIXELS%0 2 1\n");
        Files.writeString(d.resolve("data001.csv"), "1,2\n");
        assertEquals(List.of(Jxa8230MapFormat.ID), sniffedMaps(d));
    }

    @Test
    void rawBinaryRunIsFoundBySniffing() throws Exception {
        Path real = ExampleData.jeolReal();
        assertNotNull(real, "shared/data/jeol-real must be beside the repository (../shared)");
        Path d = tmp.resolve("raw");
        Files.createDirectories(d);
        Files.copy(real.resolve("0.cnd"), d.resolve("0.cnd"));
        Files.copy(real.resolve("7.map"), d.resolve("7.map"));
        assertEquals(List.of(RawMapFormat.ID), sniffedMaps(d));
    }

    /** The demo bundle's files are packaged (dot folders restored) and readable by the JEOL formats. */
    @Test
    void demoDatasetIsReadable() throws Exception {
        List<DemoDataset> demos = services(DemoDataset.class, l -> !l.isEmpty());
        assertEquals(1, demos.size());
        DemoDataset demo = demos.get(0);
        assertTrue(Files.isRegularFile(demo.root().resolve("LICENSE.qntmap")));
        assertEquals(List.of(Jxa8800MapFormat.ID), sniffedMaps(demo.maps()));
        XrayMapSet set = new Jxa8800MapFormat().read(demo.maps(), MapReadOptions.defaults(), Monitor.silent());
        assertEquals(10_000, set.geometry().pixels());
        assertTrue(new QntSpotFormat().sniff(demo.spots()));
        assertEquals(40, new QntSpotFormat().read(demo.spots(), Monitor.silent()).spots().size());
        assertTrue(demo.description().contains("MIT"));
    }
}
