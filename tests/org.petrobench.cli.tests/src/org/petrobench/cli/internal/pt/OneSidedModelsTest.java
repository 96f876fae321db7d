package org.petrobench.cli.internal.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ThermodynamicModel;

/**
 * ptpath with only thermometers (or only barometers) warns that the other variable comes from the
 * prior (audit: a thermometer-only run printed P 9.9 kbar with a band of −27..49 kbar, silently).
 */
class OneSidedModelsTest {

    /** A model that answers only id() and kind(): all the warning reads. */
    private static ThermodynamicModel model(String id, ModelKind kind) {
        return (ThermodynamicModel) Proxy.newProxyInstance(ThermodynamicModel.class.getClassLoader(),
                new Class<?>[] { ThermodynamicModel.class }, (p, m, a) -> switch (m.getName()) {
                case "id" -> id;
                case "kind" -> kind;
                default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void onlyThermometersWarnThatPressureIsUnconstrained() {
        Diagnostics d = new Diagnostics();
        PtPathCommand.warnIfOneSided(List.of(model("grt-bt-fs1978", ModelKind.THERMOMETER), model("ti-zrn", ModelKind.THERMOMETER)), d);
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).startsWith("no barometer among the models (grt-bt-fs1978, ti-zrn): P is not constrained"),
                d.warnings().get(0));
    }

    @Test
    void onlyBarometersWarnThatTemperatureIsUnconstrained() {
        Diagnostics d = new Diagnostics();
        PtPathCommand.warnIfOneSided(List.of(model("gasp-kn1988", ModelKind.BAROMETER)), d);
        assertTrue(d.warnings().get(0).startsWith("no thermometer among the models (gasp-kn1988): T is not constrained"),
                d.warnings().get(0));
    }

    @Test
    void aThermometerWithABarometerOrAnEquilibriumIsSilent() {
        Diagnostics d = new Diagnostics();
        PtPathCommand.warnIfOneSided(List.of(model("t", ModelKind.THERMOMETER), model("b", ModelKind.BAROMETER)), d);
        PtPathCommand.warnIfOneSided(List.of(model("t", ModelKind.THERMOMETER), model("e", ModelKind.EQUILIBRIUM)), d);
        PtPathCommand.warnIfOneSided(List.of(), d);
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }
}
