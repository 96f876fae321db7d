package org.petrobench.pt.model.thermobarometry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/**
 * PT.md §4 self-check: the §1 recast examples (Grt Xalm 0.735666, Xprp 0.119215, Xgrs 0.099963,
 * m 13.945; Bt XMg 0.322449, XFe 0.474841; Pl Xan 0.311712) with grt-bt-fs1978 + gasp-kn1988 (ky):
 * ln K_D = −1.43281, 713.89 °C, 10138.2 bar, Newton ≤ 3 steps from (550 °C, 6 kbar);
 * calibration-only σ_T = 55.4 K, σ_P = 1628 bar, correlation +0.79.
 */
class PointwiseSelfCheckTest {

    private static final CompositionTable X = Rows.of("Grt.Xalm", 0.735666, "Grt.Xprp", 0.119215,
            "Grt.Xgrs", 0.099963, "Grt.Xsps", 0.045156, "Bt.XMg", 0.322449, "Bt.XFe", 0.474841, "Pl.Xan", 0.311712);

    private final List<ThermodynamicModel> models = List.of(new GrtBtFs1978(),
            new GaspKn1988().withParameters(Map.of("polymorph", "ky")));

    @Test
    void intersectionAndItsUncertainty() {
        assertEquals(-1.43281, GarnetBiotite.lnKd(X, 0), 5e-6);
        PointEstimate e = new PointwiseThermobarometry(models).estimate(X, 0, 6000, 550 + Rows.K).orElseThrow();
        assertTrue(e.converged());
        assertTrue(e.iterations() <= 3, "iterations " + e.iterations());
        assertEquals(713.89, e.tK() - Rows.K, 0.01);
        assertEquals(10138.2, e.pBar(), 0.1);
        assertEquals(55.4, e.tSd(), 0.05);
        assertEquals(1628, e.pSd(), 0.5);
        assertEquals(0.79, e.correlation(), 0.005);
        assertEquals(List.of("grt-bt-fs1978", "gasp-kn1988"), e.modelIds());
        assertEquals(List.of(), e.warnings());
    }

    @Test
    void defaultStartAndAnalyticalUncertaintyWidenTheEllipse() {
        PointwiseThermobarometry pw = new PointwiseThermobarometry(models);
        PointEstimate e = pw.estimate(X, 0).orElseThrow();
        assertEquals(713.89, e.tK() - Rows.K, 0.01);
        // an analytical sd on Pl.Xan adds J_x Σ_x J_xᵀ to Σ_f: σ_P grows, σ_T too (through the correlation)
        CompositionTable withSd = X.with("Pl.Xan_sd", 0, 0.02);
        PointEstimate wider = pw.estimate(withSd, 0).orElseThrow();
        assertEquals(e.pBar(), wider.pBar(), 1e-6);
        assertTrue(wider.pSd() > e.pSd() && wider.tSd() > e.tSd(), wider + " vs " + e);
    }
}
