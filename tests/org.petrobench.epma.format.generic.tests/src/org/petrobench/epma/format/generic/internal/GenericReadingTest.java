package org.petrobench.epma.format.generic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.testing.ExampleData;

/**
 * EPMA.md §13 T1 "Reading", generic route (tests-variant conditions_xmap.csv + conditions_qnt.csv),
 * against an independent plain parse and the values stated in the files; §3.5 bad input.
 */
class GenericReadingTest {

    @TempDir
    Path tmp;

    private final GenericMapFormat maps = new GenericMapFormat();
    private final GenericSpotFormat spots = new GenericSpotFormat();

    private Path dataset() throws Exception {
        Path d = tmp.resolve("minimal");
        ExampleData.copy(TestData.data("minimal"), d);
        return d;
    }

    @Test
    void testthatVariantGivesTheExampleMaps() throws Exception {
        Path csv = TestData.data("minimal/conditions_xmap.testthat-variant.csv");
        assertTrue(maps.sniff(csv));
        XrayMapSet set = maps.read(csv, MapReadOptions.defaults(), Monitor.silent());
        MapGeometry g = set.geometry();
        assertEquals(MapGeometry.lineAlongX(100, 100, 0, 0, 0, 1000, 1000), g);
        assertEquals("JXA-DUMMY", set.instrument());
        assertEquals(0.01, set.exposureSecUA(), 1e-15);
        for (String el : List.of("Si", "Mg")) {
            int[][] plain = ExampleData.plainMatrix(TestData.data("minimal/.map/1/" + (el.equals("Si") ? 1 : 2) + "_map.txt"));
            float[] counts = set.signal(el).orElseThrow().counts();
            for (int l = 0; l < 100; l++) {
                for (int c = 0; c < 100; c++) {
                    assertEquals(plain[l][c], counts[l * 100 + c]);
                }
            }
            assertEquals(0, set.signal(el).orElseThrow().deadTimeS());
        }
        // "dead time [ns]" 0 is given: no warning about a missing dead time
        assertFalse(set.diagnostics().warnings().stream().anyMatch(w -> w.contains("dead time")));
    }

    @Test
    void upstreamVariantReadsWithItsFiveMicronStep() throws Exception {
        XrayMapSet set = maps.read(TestData.data("minimal/conditions_xmap.csv"), MapReadOptions.defaults(),
                Monitor.silent());
        assertEquals(5, set.geometry().stepLineUm());
        // spot 1 at (22, 82) mm then lies far outside the 0.5 mm map (the engine reports it, T1)
        assertEquals(-1, set.geometry().pixelIndex(22, 82));
    }

    @Test
    void qntFolderWithConditionsCsv() throws Exception {
        Path d = dataset();
        Files.delete(d.resolve(".qnt/.cnd/elemw.cnd"));
        assertTrue(spots.sniff(d.resolve(".qnt")));
        SpotSet s = spots.read(d.resolve(".qnt"), Monitor.silent());
        assertEquals(40, s.spots().size());
        assertEquals(new ElementConditions("Si", "SiO2", 1, 1, 10, 5), s.elements().get(0));
        Spot one = s.spots().get(0);
        XrayMapSet m = maps.read(d.resolve("conditions_xmap.testthat-variant.csv"), MapReadOptions.defaults(),
                Monitor.silent());
        assertEquals(23, m.geometry().lineOf(one.xMm(), one.yMm()));
        assertEquals(83, m.geometry().columnOf(one.xMm(), one.yMm()));
        float[] mg = m.signal("Mg").orElseThrow().counts();
        for (Spot sp : s.spots()) {
            if (sp.phase().equals("Qtz")) {
                assertEquals(0f, mg[m.geometry().pixelIndex(sp.xMm(), sp.yMm())], "spot " + sp.id());
            }
        }
    }

    @Test
    void jeolFoldersAreNotClaimed() {
        assertFalse(spots.sniff(TestData.data("minimal/.qnt")));
        // the dataset folder holds a JEOL .map tree: the CSV there is used only when named
        assertFalse(maps.sniff(TestData.data("minimal")));
        assertTrue(maps.sniff(TestData.data("minimal/conditions_xmap.csv")));
    }

    @Test
    void spotAnalysesCsv() throws Exception {
        Path d = tmp.resolve("spots");
        Files.createDirectories(d);
        Files.writeString(d.resolve("conditions_qnt.csv"),
                "Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\nSiO2,Si,3,1,10,5\nFeO,Fe,2,2,20,10\n");
        Files.writeString(d.resolve("spot-analyses.csv"), "id,phase,x_mm,y_mm,current_A,FeO_wt,FeO_net,FeO_bgm,FeO_bgp,"
                + "SiO2_wt,SiO2_net,SiO2_bgm,SiO2_bgp,SiO2_peak\n"
                + "a1,Grt  core,1.5,2.5,2e-8,30.1,500,10,12,37.0,-3,20,22,1000\n"
                + "a2,,1.6,2.6,2e-8,29.0,480,11,13,36.5,900,19,21,\n");
        assertTrue(spots.sniff(d));
        SpotSet s = spots.read(d, Monitor.silent());
        assertEquals(List.of("FeO", "SiO2"), s.elements().stream().map(ElementConditions::oxide).toList());
        assertEquals(new ElementConditions("Si", "SiO2", 3, 1, 10, 5), s.elements().get(1));
        Spot a1 = s.spots().get(0);
        assertEquals("Grt core", a1.phase());
        assertEquals(0.02, a1.currentUA(), 1e-12);
        assertEquals(0, a1.net()[1]); // negative net set to 0
        assertEquals(1000, a1.peak()[1]);
        assertTrue(Double.isNaN(a1.peak()[0]));
        assertTrue(Double.isNaN(s.spots().get(1).peak()[1]));
        assertEquals("", s.spots().get(1).phase());
    }

    @Test
    void extensionColumnsAndElectronSignal() throws Exception {
        Path d = tmp.resolve("ext");
        Files.createDirectories(d);
        Files.writeString(d.resolve("fe.csv"), "100,200\n300,400\n500,600\n");
        Files.writeString(d.resolve("bse.tsv"), "1\t2\n3\t4\n5\t6\n");
        Files.writeString(d.resolve("conditions_xmap.csv"), "Element,File path,Instrument,Dwell [msec],Probe current [A],"
                + "Start X [mm],Start Y [mm],Step size [um],Steps X,Steps Y,dead time [ns],Step size Y [um],Line axis,"
                + "Direction X,Direction Y,Signal type,Dead time already applied [ns]\n"
                + "Fe,fe.csv,X,10,1e-7,1,2,4,2,3,1000,5,Y,-1,1,xray,400\n"
                + "BSE,bse.tsv,,,,,,,,,,,,,,electron,\n");
        XrayMapSet set = maps.read(d, MapReadOptions.defaults(), Monitor.silent());
        MapGeometry g = set.geometry();
        assertEquals(new MapGeometry(3, 2, 1, 2, 0, 5, 4, StageAxis.Y, StageAxis.X, 1, -1), g);
        MapSignal fe = set.signal("Fe").orElseThrow();
        // re-corrected with τ − τ₀ = 600 ns: 600 / (1 − 600e-9 · 600 / 0.01) = 624.3496…
        assertEquals(600 / (1 - 600e-9 * 600 / 0.01), fe.counts()[5], 1e-2);
        assertEquals(1000e-9, fe.deadTimeS(), 1e-18);
        MapSignal bse = set.signal("BSE").orElseThrow();
        assertEquals(SignalType.ELECTRON, bse.type());
        assertEquals(6f, bse.counts()[5]);
        assertEquals(0, bse.deadTimeS());
    }

    private InputException bad(Path csv) {
        return assertThrows(InputException.class, () -> maps.read(csv, MapReadOptions.defaults(), Monitor.silent()));
    }

    @Test
    void laterRowContradictsRowOne() throws Exception {
        Path d = dataset();
        Path csv = d.resolve("conditions_xmap.testthat-variant.csv");
        Files.writeString(csv, Files.readString(csv).replace("Mg,.map/1/2_map.txt,,,", "Mg,.map/1/2_map.txt,,50,"));
        InputException e = bad(csv);
        assertTrue(e.getMessage().contains("line 3, column 'Dwell [msec]'"), e.getMessage());
    }

    @Test
    void missingColumnAndMissingMap() throws Exception {
        Path d = dataset();
        Path csv = d.resolve("conditions_xmap.testthat-variant.csv");
        String text = Files.readString(csv);
        Files.writeString(csv, text.replace("Steps Y", "Steps Z"));
        assertTrue(bad(csv).getMessage().contains("'Steps Y'"));
        Files.writeString(csv, text);
        Files.delete(d.resolve(".map/1/2_map.txt"));
        assertTrue(bad(csv).getMessage().contains("2_map.txt"));
    }

    @Test
    void mapOfAnotherSize() throws Exception {
        Path d = dataset();
        Path m = d.resolve(".map/1/2_map.txt");
        List<String> lines = Files.readAllLines(m);
        Files.write(m, lines.subList(0, 90));
        InputException e = bad(d.resolve("conditions_xmap.testthat-variant.csv"));
        assertTrue(e.getMessage().contains("2_map.txt") && e.getMessage().contains("90 x 100")
                && e.getMessage().contains("100 lines x 100"), e.getMessage());
    }

    @Test
    void analysedElementWithoutConditions() throws Exception {
        Path d = dataset();
        Files.delete(d.resolve(".qnt/.cnd/elemw.cnd"));
        Files.writeString(d.resolve("conditions_qnt.csv"), "Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\nSiO2,Si,1,1,10,5\n");
        InputException e = assertThrows(InputException.class, () -> spots.read(d.resolve(".qnt"), Monitor.silent()));
        assertTrue(e.getMessage().contains("conditions_qnt.csv") && e.getMessage().contains("'Mg'"), e.getMessage());
    }

    private Path spotCsvFolder(String conditions, String analyses) throws Exception {
        Path d = Files.createDirectories(tmp.resolve("bad-spots"));
        Files.writeString(d.resolve("conditions_qnt.csv"), "Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\n" + conditions);
        Files.writeString(d.resolve("spot-analyses.csv"), "id,phase,x_mm,y_mm,current_A,SiO2_wt,SiO2_net,SiO2_bgm,SiO2_bgp,"
                + "MgO_wt,MgO_net,MgO_bgm,MgO_bgp\n" + analyses);
        return d;
    }

    /** §13 T4: an element symbol that does not exist is exit 2 naming file, line and column (not a warning). */
    @Test
    void unknownElementSymbolInConditions() throws Exception {
        Path d = spotCsvFolder("SiO2,Si,1,1,10,5\nMgO,Xx,1,1,10,5\n", "a1,Ol,0,0,1e-8,42.7,500,10,10,57.3,800,10,10\n");
        InputException e = assertThrows(InputException.class, () -> spots.read(d, Monitor.silent()));
        assertTrue(e.getMessage().contains("conditions_qnt.csv") && e.getMessage().contains("line 3")
                && e.getMessage().contains("column 'Element'") && e.getMessage().contains("'Xx'"), e.getMessage());
    }

    /** The same check in the .qnt-folder form (conditions_qnt.csv replacing elemw.cnd). */
    @Test
    void unknownElementSymbolBesideQntFolder() throws Exception {
        Path d = dataset();
        Files.delete(d.resolve(".qnt/.cnd/elemw.cnd"));
        Files.writeString(d.resolve("conditions_qnt.csv"),
                "Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\nSiO2,Si,1,1,10,5\nMgO,Qq,1,1,10,5\n");
        InputException e = assertThrows(InputException.class, () -> spots.read(d.resolve(".qnt"), Monitor.silent()));
        assertTrue(e.getMessage().contains("conditions_qnt.csv") && e.getMessage().contains("line 3")
                && e.getMessage().contains("'Qq'"), e.getMessage());
    }

    /** A small negative wt% (an element below detection) is kept as measured and counted in a warning. */
    @Test
    void negativeConcentration() throws Exception {
        Path d = spotCsvFolder("SiO2,Si,1,1,10,5\nMgO,Mg,1,1,10,5\n",
                "a1,Ol,0,0,1e-8,42.7,500,10,10,57.3,800,10,10\na2,Ol,0,0,1e-8,42.7,500,10,10,-0.5,800,10,10\n");
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(-0.5, SpotAnalysesCsv.read(d.resolve("spot-analyses.csv"), d.resolve("conditions_qnt.csv"), "generic-spots",
                diagnostics).spots().get(1).wt()[1]);
        assertTrue(diagnostics.warnings().stream().anyMatch(w -> w.contains("1 negative wt% values")), diagnostics.warnings().toString());
        // a zero content is a valid concentration
        Files.writeString(d.resolve("spot-analyses.csv"), "id,phase,x_mm,y_mm,current_A,SiO2_wt,SiO2_net,SiO2_bgm,SiO2_bgp,"
                + "MgO_wt,MgO_net,MgO_bgm,MgO_bgp\na1,Qtz,0,0,1e-8,100,500,10,10,0,0,10,10\n");
        assertEquals(0, spots.read(d, Monitor.silent()).spots().get(0).wt()[1]);
    }
}
