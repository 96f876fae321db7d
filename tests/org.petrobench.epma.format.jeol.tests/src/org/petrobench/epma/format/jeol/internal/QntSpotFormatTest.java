package org.petrobench.epma.format.jeol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.format.testing.ExampleData;

/** EPMA.md §3.4: condition sources in order, both .cnd styles, and inconsistent .qnt files (T4). */
class QntSpotFormatTest {

    @TempDir
    Path tmp;

    private final QntSpotFormat format = new QntSpotFormat();
    private Path qnt;

    @BeforeEach
    void copy() throws Exception {
        qnt = tmp.resolve("run/.qnt");
        ExampleData.copy(TestData.data("minimal/.qnt"), qnt);
    }

    private InputException bad() {
        return assertThrows(InputException.class, () -> format.read(qnt, Monitor.silent()));
    }

    @Test
    void conditionsCsvWinsOverTheCnd() throws Exception {
        Files.writeString(tmp.resolve("run/conditions_qnt.csv"),
                "Oxide,Element,Bg+ [mm],Bg- [mm],Peak [sec],Bg [sec]\nMgO,Mg,2.5,-1.5,20,10\nSiO2,Si,3,4,30,15\n");
        SpotSet s = format.read(qnt, Monitor.silent());
        assertEquals(new ElementConditions("Si", "SiO2", 3, 4, 30, 15), s.elements().get(0));
        // offsets are magnitudes
        assertEquals(new ElementConditions("Mg", "MgO", 2.5, 1.5, 20, 10), s.elements().get(1));
    }

    @Test
    void keyStyleDataCndByChannelName() throws Exception {
        Files.delete(qnt.resolve(".cnd/elemw.cnd"));
        Files.createDirectories(qnt.resolve("Pos_0001"));
        // channel 0 is Mg and channel 1 is Si: the name keys, not the order, decide
        Files.writeString(qnt.resolve("Pos_0001/data001.cnd"), String.join("\n",
                "$XM_ELEM_NAME%0 Mg", "$XM_ELEM_WDS_BACK_PLUS%0 2.000", "$XM_ELEM_WDS_BACK_MINUS%0 -3.000",
                "$XM_ELEM_WDS_QNT_PEAK_TIME%0 20.0", "$XM_ELEM_WDS_QNT_BACK_TIME%0 10.0",
                "$XM_ELEM_NAME%1 Si", "$XM_ELEM_WDS_BACK_PLUS%1 1.500", "$XM_ELEM_WDS_BACK_MINUS%1 1.000",
                "$XM_ELEM_WDS_QNT_PEAK_TIME%1 10000 msec", "$XM_ELEM_WDS_QNT_BACK_TIME%1 5.0", ""));
        assertTrue(format.sniff(qnt));
        SpotSet s = format.read(qnt, Monitor.silent());
        assertEquals(new ElementConditions("Si", "SiO2", 1.5, 1, 10, 5), s.elements().get(0));
        assertEquals(new ElementConditions("Mg", "MgO", 2, 3, 20, 10), s.elements().get(1));
    }

    @Test
    void keyStyleMissingKeyForAnElement() throws Exception {
        Files.delete(qnt.resolve(".cnd/elemw.cnd"));
        Files.writeString(qnt.resolve(".cnd/elemw.cnd"), String.join("\n", "$XM_ELEM_WDS_BACK_PLUS%0 2",
                "$XM_ELEM_WDS_BACK_MINUS%0 2", "$XM_ELEM_WDS_QNT_PEAK_TIME%0 20", "$XM_ELEM_WDS_QNT_BACK_TIME%0 10", ""));
        InputException e = bad();
        assertTrue(e.getMessage().contains("elemw.cnd") && e.getMessage().contains("'Mg'")
                && e.getMessage().contains("conditions_qnt.csv"), e.getMessage());
    }

    @Test
    void descriptionStyleWithAMissingLine() throws Exception {
        List<String> lines = Files.readAllLines(qnt.resolve(".cnd/elemw.cnd"));
        Files.write(qnt.resolve(".cnd/elemw.cnd"), lines.subList(0, 7));
        InputException e = bad();
        assertTrue(e.getMessage().contains("elemw.cnd") && e.getMessage().contains("exactly 2")
                && e.getMessage().contains("found 1"), e.getMessage());
    }

    @Test
    void noConditionsAtAll() throws Exception {
        Files.delete(qnt.resolve(".cnd/elemw.cnd"));
        assertFalse(format.sniff(qnt));
        InputException e = bad();
        assertTrue(e.getMessage().contains("conditions_qnt.csv"), e.getMessage());
    }

    @Test
    void inconsistentIds() throws Exception {
        String net = Files.readString(qnt.resolve("net.qnt"));
        Files.writeString(qnt.resolve("net.qnt"), net.replaceFirst("(?m)^3 2 ", "33 2 "));
        InputException e = bad();
        assertTrue(e.getMessage().contains("net.qnt: line 3, column 1") && e.getMessage().contains("'3'"),
                e.getMessage());
    }

    @Test
    void inconsistentElementCountAndMissingLine() throws Exception {
        String wt = Files.readString(qnt.resolve("wt.qnt"));
        Files.writeString(qnt.resolve("wt.qnt"), wt.replaceFirst("(?m)^5 2 ", "5 3 "));
        assertTrue(bad().getMessage().contains("wt.qnt: line 5, column 2"));
        Files.writeString(qnt.resolve("wt.qnt"), wt);
        List<String> stg = Files.readAllLines(qnt.resolve("stg.qnt"));
        Files.write(qnt.resolve("stg.qnt"), stg.subList(0, 39));
        InputException e = bad();
        assertTrue(e.getMessage().contains("stg.qnt") && e.getMessage().contains("expected 40"), e.getMessage());
    }

    @Test
    void shortElementLine() throws Exception {
        String elint = Files.readString(qnt.resolve("elint.qnt"));
        Files.writeString(qnt.resolve("elint.qnt"), elint.replaceFirst("(?m)^4 2 Si Mg", "4 2 Si"));
        InputException e = bad();
        assertTrue(e.getMessage().contains("elint.qnt: line 4") && e.getMessage().contains("found 3"), e.getMessage());
    }

    @Test
    void negativeNetIsZeroAndCounted() throws Exception {
        String net = Files.readString(qnt.resolve("net.qnt"));
        Files.writeString(qnt.resolve("net.qnt"), net.replaceFirst("(?m)^1 2 984280 ", "1 2 -5 "));
        SpotSet s = format.read(qnt, Monitor.silent());
        assertEquals(0, s.spots().get(0).net()[0]);
        assertTrue(s.diagnostics().warnings().stream().anyMatch(w -> w.contains("1 negative")));
    }

    @Test
    void withoutPkintPeaksAreNaN() throws Exception {
        Files.delete(qnt.resolve("pkint.qnt"));
        SpotSet s = format.read(qnt, Monitor.silent());
        assertTrue(Double.isNaN(s.spots().get(3).peak()[1]));
    }

    @Test
    void missingTable() throws Exception {
        Files.delete(qnt.resolve("mes.qnt"));
        assertTrue(bad().getMessage().contains("mes.qnt"));
    }
}
