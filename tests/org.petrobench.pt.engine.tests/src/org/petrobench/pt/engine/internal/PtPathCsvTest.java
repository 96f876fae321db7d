package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.CsvTable;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathCsv;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/** The ptpath output files carry CLI.md's columns first, in kbar and °C. */
class PtPathCsvTest {

    @Test
    void filesFollowTheCliContract() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(25, 0.004, 1.0, 9);
        List<ThermodynamicModel> models = BuiltInModels.fs78AndGaspKy();
        PtPath path = new MrfInverter().invert(syn.profile, models, MrfSettings.defaults(), Monitor.silent(), new Diagnostics());
        StringWriter w = new StringWriter();
        PtPathCsv.writePath(path, w);
        CsvTable t = CsvTable.parse("path.csv", new StringReader(w.toString()));
        assertEquals(List.of("index", "distance_um", "P_kbar", "T_C", "P_sd", "T_sd", "P_lo95", "P_hi95", "T_lo95", "T_hi95"),
                t.header().subList(0, 10));
        assertEquals(25, t.rowCount());
        for (int k = 0; k < 25; k++) {
            assertEquals(path.pKbar()[k], t.number(k, 2), 1e-4);
            assertEquals(path.tK()[k] - 273.15, t.number(k, 3), 1e-3);
            assertTrue(t.number(k, 6) <= t.number(k, 2) && t.number(k, 2) <= t.number(k, 7), "P inside its band");
            assertTrue(t.number(k, 8) <= t.number(k, 3) && t.number(k, 3) <= t.number(k, 9), "T inside its band");
        }
        PointEstimate[] pw = new PointwiseThermobarometry(models).estimateAll(syn.profile.compositions(), Monitor.silent());
        w = new StringWriter();
        PtPathCsv.writePointwise(syn.profile.distanceUm(), pw, w);
        t = CsvTable.parse("pointwise.csv", new StringReader(w.toString()));
        assertEquals(List.of("index", "distance_um", "P_kbar", "T_C", "models"), t.header().subList(0, 5));
        assertEquals("grt-bt-fs1978;gasp-kn1988", t.text(0, 4));
        w = new StringWriter();
        PtPathCsv.writeHyperparameters(path.hyperparameters(), w);
        t = CsvTable.parse("hyperparameters.csv", new StringReader(w.toString()));
        assertEquals(List.of("parameter", "value", "sd_log", "lo95", "hi95", "unit", "note"), t.header());
        assertEquals("alpha_P", t.text(0, 0));
        assertEquals(path.hyperparameters().value("alpha_P"), t.number(0, 1), 1e-5 * path.hyperparameters().value("alpha_P"));
    }
}
