package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.CsvTable;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.path.ZoningProfileReader;

/**
 * Bad profiles are input errors (exit 2) naming file, line and column; no point where a model
 * applies is a failure of the method; points outside a model's validity range are warnings.
 */
class ProfileInputTest {

    private static final String HEAD = "distance_um,Grt.Xalm,Grt.Xprp,Grt.Xgrs,Grt.Xsps,Bt.XMg,Bt.XFe,Pl.Xan";

    private static ZoningProfile read(String csv) throws InputException, IOException {
        Set<String> vars = new HashSet<>();
        for (ThermodynamicModel m : BuiltInModels.fs78AndGaspKy()) {
            vars.addAll(m.requires());
            vars.addAll(m.optionalVariables());
        }
        return new ZoningProfileReader(vars).read(CsvTable.parse("p.csv", new StringReader(csv)), new Diagnostics());
    }

    @Test
    void readsAValidProfileWithBlanksAndExtraColumns() throws Exception {
        ZoningProfile p = read(HEAD + ",comment\n0,0.70,0.08,0.15,0.07,0.3,0.5,0.3,core\n10,0.71,0.09,0.14,0.06,,,,\n");
        assertEquals(2, p.size());
        assertTrue(p.compositions().defined("Bt.XMg", 0));
        assertTrue(!p.compositions().defined("Bt.XMg", 1));
        assertTrue(!p.compositions().has("comment"));
    }

    @Test
    void rejectsAnUnknownCompositionColumn() {
        InputException e = assertThrows(InputException.class, () -> read("distance_um,Grt.Xalmm\n0,0.7\n10,0.7\n"));
        assertTrue(e.getMessage().contains("p.csv") && e.getMessage().contains("Grt.Xalmm") && e.getMessage().contains("unknown column"),
                e.getMessage());
    }

    @Test
    void rejectsAMoleFractionOutsideZeroOne() {
        InputException e = assertThrows(InputException.class,
                () -> read(HEAD + "\n0,0.70,0.08,0.15,0.07,0.3,0.5,0.3\n10,0.70,0.08,0.15,0.07,0.3,0.5,30\n"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("Pl.Xan") && e.getMessage().contains("[0, 1]"),
                e.getMessage());
    }

    @Test
    void rejectsGarnetEndMembersNotSummingToOne() {
        InputException e = assertThrows(InputException.class,
                () -> read(HEAD + "\n0,0.70,0.08,0.15,0.07,0.3,0.5,0.3\n10,0.40,0.08,0.15,0.07,0.3,0.5,0.3\n"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("sum"), e.getMessage());
    }

    @Test
    void rejectsBiotiteSiteFractionsAboveOne() {
        InputException e = assertThrows(InputException.class,
                () -> read(HEAD + "\n0,0.70,0.08,0.15,0.07,0.6,0.5,0.3\n10,0.70,0.08,0.15,0.07,0.3,0.5,0.3\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("Bt"), e.getMessage());
    }

    @Test
    void rejectsDistancesThatDoNotIncrease() {
        InputException e = assertThrows(InputException.class,
                () -> read(HEAD + "\n10,0.70,0.08,0.15,0.07,0.3,0.5,0.3\n10,0.70,0.08,0.15,0.07,0.3,0.5,0.3\n"));
        assertTrue(e.getMessage().contains("distance_um"), e.getMessage());
    }

    @Test
    void noPointWhereAModelAppliesIsADataFailure() throws Exception {
        ZoningProfile p = read(HEAD + "\n0,0.70,0.08,0.15,0.07,,,\n10,0.71,0.09,0.14,0.06,,,\n");
        DataException e = assertThrows(DataException.class, () -> new MrfInverter().invert(p, BuiltInModels.fs78AndGaspKy(),
                MrfSettings.defaults(), Monitor.silent(), new Diagnostics()));
        assertTrue(e.getMessage().contains("no point"), e.getMessage());
    }

    @Test
    void pointsOutsideTheValidityRangeAreWarnings() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(30, 0.003, 1.0, 5);
        Diagnostics d = new Diagnostics();
        PtPath path = new MrfInverter().invert(syn.profile, BuiltInModels.fs78AndGaspKy(), MrfSettings.defaults(),
                Monitor.silent(), d);
        List<String> w = d.warnings();
        // the core grows at 450 °C, below the 550–800 °C calibration of Ferry & Spear (1978)
        assertTrue(w.stream().anyMatch(s -> s.startsWith("grt-bt-fs1978: T outside") && s.contains("of 30 points")), w.toString());
        assertEquals(30, path.size());
    }
}
