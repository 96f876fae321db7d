package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;

class ModelSelectionTest {

    private final ToyModel grtT = ToyModel.thermometer("grt-t", "Grt", 500, 0, 100, 20);
    private final ToyModel grtT2 = ToyModel.thermometer("grt-t2", "Grt", 400, 0, 100, 20);
    private final ToyModel plP = ToyModel.barometer("pl-p", "Pl", -2000, 10, 0, 500);
    private final ToyModel zrnT = ToyModel.thermometer("zrn-t", "Zrn", 900, 0, 0, 20);
    private final ToyModel unverified = new ToyModel("grt-u", ModelKind.THERMOMETER, "Grt", 500, 0, 0, 20, ModelStatus.UNVERIFIED);
    private final List<ThermodynamicModel> installed = List.of(grtT, grtT2, plP, zrnT, unverified);
    private final CompositionTable x = new CompositionTable(2, Map.of(
            "Grt.X", new double[] { 0.5, 0.6 }, "Pl.X", new double[] { Double.NaN, 0.3 }));

    @Test
    void defaultIsEveryVerifiedModelWhosePhasesArePresent() throws InputException {
        Diagnostics d = new Diagnostics();
        List<ThermodynamicModel> s = ModelSelection.select(installed, List.of(), List.of(), "p.csv", x, d);
        assertEquals(List.of("grt-t", "grt-t2", "pl-p"), s.stream().map(ThermodynamicModel::id).toList());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).contains("grt-t and grt-t2"), d.warnings().toString());
    }

    @Test
    void explicitIdsAndParameters() throws InputException {
        Diagnostics d = new Diagnostics();
        List<ThermodynamicModel> s = ModelSelection.select(installed, List.of("pl-p", "grt-t"),
                List.of("grt-t.shift=50"), "p.csv", x, d);
        assertEquals(List.of("pl-p", "grt-t"), s.stream().map(ThermodynamicModel::id).toList());
        // shift moves T_cal by +50 K: residual at row 0 is T − (550 + 50)
        assertEquals(700 - 600, s.get(1).residual(0, 5000, 700, x, 0), 1e-9);
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void badChoicesAreInputErrors() {
        Diagnostics d = new Diagnostics();
        InputException notInstalled = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of("grt-bt-xx"), List.of(), "p.csv", x, d));
        assertTrue(notInstalled.getMessage().startsWith("--models: model 'grt-bt-xx' is not installed"), notInstalled.getMessage());
        InputException unknownParam = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of("grt-t"), List.of("grt-t.shfit=1"), "p.csv", x, d));
        assertTrue(unknownParam.getMessage().contains("shfit"), unknownParam.getMessage());
        InputException badValue = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of("grt-t"), List.of("grt-t.shift=hot"), "p.csv", x, d));
        assertTrue(badValue.getMessage().contains("hot"), badValue.getMessage());
        InputException malformed = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of(), List.of("shift=1"), "p.csv", x, d));
        assertTrue(malformed.getMessage().contains("<id>.<name>=<value>"), malformed.getMessage());
        InputException paramForMissing = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of(), List.of("gasp-xx.polymorph=ky"), "p.csv", x, d));
        assertTrue(paramForMissing.getMessage().contains("gasp-xx"), paramForMissing.getMessage());
    }

    @Test
    void noRowWhereAnyModelApplies() {
        Diagnostics d = new Diagnostics();
        InputException none = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of("zrn-t"), List.of(), "p.csv", x, d));
        assertTrue(none.getMessage().startsWith("p.csv: no row where any model applies"), none.getMessage());
        assertTrue(none.getMessage().contains("Zrn.X"), none.getMessage());
        CompositionTable other = CompositionTable.ofRow(Map.of("Qz.X", 0.1));
        InputException noPhase = assertThrows(InputException.class,
                () -> ModelSelection.select(installed, List.of(), List.of(), "q.csv", other, d));
        assertTrue(noPhase.getMessage().contains("Qz"), noPhase.getMessage());
    }

    @Test
    void aSelectedModelDefinedNowhereIsDroppedWithAWarning() throws InputException {
        Diagnostics d = new Diagnostics();
        List<ThermodynamicModel> s = ModelSelection.select(installed, List.of("grt-t", "zrn-t"), List.of(), "p.csv", x, d);
        assertEquals(List.of("grt-t"), s.stream().map(ThermodynamicModel::id).toList());
        assertTrue(d.warnings().get(0).startsWith("zrn-t is defined at no profile row"), d.warnings().toString());
    }
}
