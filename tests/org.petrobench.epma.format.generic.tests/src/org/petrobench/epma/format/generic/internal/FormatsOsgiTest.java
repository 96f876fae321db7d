package org.petrobench.epma.format.generic.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.SpotFormat;
import org.petrobench.epma.format.testing.RegisteredServices;
import org.petrobench.epma.format.testing.ExampleData;

/**
 * EPMA.md §13 T5 (the generic layouts are found by sniffing through the registered services) and
 * T1 "Reading": the JEOL route and the generic route give identical data.
 */
class FormatsOsgiTest {

    @TempDir
    Path tmp;

    private static <S> List<S> services(Class<S> type, Predicate<List<S>> enough) throws Exception {
        return RegisteredServices.of(FormatsOsgiTest.class, type, enough);
    }


    private static List<MapFormat> maps() throws Exception {
        return services(MapFormat.class, l -> l.stream().map(MapFormat::id).toList()
                .containsAll(List.of("generic-map", "jeol-jxa8800-map")));
    }

    private static List<SpotFormat> spots() throws Exception {
        return services(SpotFormat.class, l -> l.stream().map(SpotFormat::id).toList()
                .containsAll(List.of("generic-spots", "jeol-qnt")));
    }

    private static MapFormat map(String id) throws Exception {
        return maps().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static SpotFormat spot(String id) throws Exception {
        return spots().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private Path genericDataset() throws Exception {
        Path d = tmp.resolve("generic");
        ExampleData.copy(TestData.data("minimal"), d);
        Files.delete(d.resolve(".qnt/.cnd/elemw.cnd"));
        Files.delete(d.resolve("conditions_xmap.csv"));
        Files.move(d.resolve("conditions_xmap.testthat-variant.csv"), d.resolve("conditions_xmap.csv"));
        return d;
    }

    @Test
    void genericLayoutsAreFoundBySniffing() throws Exception {
        Path d = genericDataset();
        assertEquals(List.of("generic-map"), maps().stream().filter(f -> f.sniff(d.resolve("conditions_xmap.csv")))
                .map(MapFormat::id).toList());
        assertEquals(List.of("generic-spots"), spots().stream().filter(f -> f.sniff(d.resolve(".qnt")))
                .map(SpotFormat::id).toList());
        Path csvSpots = tmp.resolve("csv");
        Files.createDirectories(csvSpots);
        Files.copy(d.resolve("conditions_qnt.csv"), csvSpots.resolve("conditions_qnt.csv"));
        Files.writeString(csvSpots.resolve("spot-analyses.csv"), "id,phase,x_mm,y_mm,current_A,SiO2_wt,SiO2_net,SiO2_bgm,SiO2_bgp\n");
        assertEquals(List.of("generic-spots"), spots().stream().filter(f -> f.sniff(csvSpots)).map(SpotFormat::id).toList());
    }

    @Test
    void jeolAndGenericRoutesGiveIdenticalData() throws Exception {
        Path jeol = tmp.resolve("jeol");
        ExampleData.copy(TestData.data("minimal"), jeol);
        Files.delete(jeol.resolve("conditions_qnt.csv")); // the JEOL route uses elemw.cnd
        XrayMapSet a = map("jeol-jxa8800-map").read(jeol.resolve(".map/1"), MapReadOptions.defaults(), Monitor.silent());
        Path g = genericDataset();
        XrayMapSet b = map("generic-map").read(g.resolve("conditions_xmap.csv"), MapReadOptions.defaults(), Monitor.silent());
        assertEquals(a.geometry(), b.geometry());
        assertEquals(a.instrument(), b.instrument());
        assertEquals(a.signals().size(), b.signals().size());
        for (int i = 0; i < a.signals().size(); i++) {
            MapSignal x = a.signals().get(i);
            MapSignal y = b.signals().get(i);
            assertEquals(x.name(), y.name());
            assertEquals(x.type(), y.type());
            assertEquals(x.dwellS(), y.dwellS());
            assertEquals(x.currentUA(), y.currentUA());
            assertEquals(x.deadTimeS(), y.deadTimeS());
            assertArrayEquals(x.counts(), y.counts());
        }
        SpotSet s = spot("jeol-qnt").read(jeol.resolve(".qnt"), Monitor.silent());
        SpotSet t = spot("generic-spots").read(g.resolve(".qnt"), Monitor.silent());
        assertEquals(s.elements(), t.elements());
        assertEquals(s.spots().size(), t.spots().size());
        for (int i = 0; i < s.spots().size(); i++) {
            Spot p = s.spots().get(i);
            Spot q = t.spots().get(i);
            assertEquals(p.id(), q.id());
            assertEquals(p.phase(), q.phase());
            assertEquals(p.xMm(), q.xMm());
            assertEquals(p.yMm(), q.yMm());
            assertEquals(p.zMm(), q.zMm());
            assertEquals(p.currentUA(), q.currentUA());
            assertArrayEquals(p.wt(), q.wt());
            assertArrayEquals(p.net(), q.net());
            assertArrayEquals(p.bgMinus(), q.bgMinus());
            assertArrayEquals(p.bgPlus(), q.bgPlus());
            assertArrayEquals(p.peak(), q.peak());
        }
        assertTrue(s.diagnostics().entries().stream().anyMatch(e -> e.message().contains("elemw.cnd")));
    }
}
