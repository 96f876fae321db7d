package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSettings.Mean;
import org.petrobench.isocon.IsoconSettings.Slope;
import org.petrobench.isocon.IsoconSettings.Weighting;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.RoundOff;

/**
 * The round-off rule ({@link RoundOff}, ISOCON.md §6) on tables whose frame is exactly immobile
 * (generated here, C^A = C^O(1+Δ)/r with Δ = 0 on the frame): every frame component gets ΔC = Δ = 0
 * and mobility 0 exactly, for every strategy with that frame, and the raw round-off stays well
 * inside the rule's 64 ulps (measured ≤ 6; asserted ≤ 16).
 */
class ExactFrameRoundOffTest {

    static final String[] NAMES = { "SiO2", "TiO2", "Al2O3", "FeO", "MgO", "CaO", "Na2O", "K2O", "Zr", "Y", "Nb", "La", "Ce", "Th" };
    static final double[] BASE = { 50, 1.5, 15, 10, 7, 10, 2.5, 0.5, 120, 30, 8, 5, 15, 1 };

    @Test
    void exactFramesGiveExactZeros() throws Exception {
        Random random = new Random(20261125);
        int n = NAMES.length;
        double worstUlps = 0;
        for (int trial = 0; trial < 60; trial++) {
            int m = 1 + random.nextInt(6);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            boolean[] frame = new boolean[n];
            for (int t = 0, k = 2 + random.nextInt(8); t < k; t++) {
                frame[order.get(t)] = true;
            }
            List<String> set = new ArrayList<>();
            List<ConcentrationUnit> units = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (frame[i]) {
                    set.add(NAMES[i]);
                }
                units.add(i < 8 ? ConcentrationUnit.WT_PERCENT : ConcentrationUnit.PPM);
            }
            double[] v = new double[(m + 1) * n];
            double[] rho = new double[m + 1];
            rho[0] = 2.7;
            for (int i = 0; i < n; i++) {
                v[i] = BASE[i] * (0.5 + random.nextDouble());
            }
            List<String> samples = new ArrayList<>(List.of("P"));
            for (int j = 0; j < m; j++) {
                double r = 0.6 + random.nextDouble();
                rho[j + 1] = 2.4 + 0.6 * random.nextDouble();
                samples.add("A" + j);
                for (int i = 0; i < n; i++) {
                    double delta = frame[i] ? 0 : -0.8 + 2.8 * random.nextDouble();
                    v[(j + 1) * n + i] = v[i] * (1 + delta) / r;
                }
            }
            double[] noSd = new double[m + 1];
            Arrays.fill(noSd, Double.NaN);
            IsoconProblem p = IsoconProblem.prepare(BulkCompositions.ofValues("exact", samples, Arrays.asList(NAMES), units, v)
                    .withDensities(rho, noSd), List.of("P"), IsoconSettings.defaults(), new Diagnostics());
            IsoconSettings g = IsoconSettings.defaults().withMethod("grant").withImmobile(set).withBootstrap(0);
            Map<String, IsoconSolution> runs = new LinkedHashMap<>();
            runs.put("meanRatio", new GrantSolver().solve(p, g, Monitor.silent()));
            runs.put("geometric", new GrantSolver().solve(p, g.withMean(Mean.geometric), Monitor.silent()));
            runs.put("leastSquares", new GrantSolver().solve(p, g.withSlope(Slope.leastSquares), Monitor.silent()));
            runs.put("leastSquares none", new GrantSolver().solve(p, g.withSlope(Slope.leastSquares).withWeighting(Weighting.none),
                    Monitor.silent()));
            runs.put("gresens", new GresensSolver().solve(p, g.withMethod("gresens"), Monitor.silent()));
            for (Map.Entry<String, IsoconSolution> run : runs.entrySet()) {
                IsoconSolution s = run.getValue();
                for (int j = 0; j < m; j++) {
                    double r = s.transfer().massRatio()[j];
                    for (int i = 0; i < n; i++) {
                        if (!frame[i]) {
                            continue;
                        }
                        String where = "trial " + trial + " " + run.getKey() + " " + samples.get(j + 1) + " " + NAMES[i];
                        assertEquals(0.0, s.transfer().deltaAbs(j, i), where);
                        assertEquals(0.0, s.transfer().deltaRel(j, i), where);
                        assertEquals(0.0, s.immobileSet().mobility()[i], where);
                        double ratio = r * v[(j + 1) * n + i] / v[i];
                        worstUlps = Math.max(worstUlps, Math.abs(ratio - 1) / Math.ulp(Math.max(ratio, 1)));
                    }
                }
                if (set.size() > 1) {
                    assertEquals(0.0, s.uncertainty().massRatioSd()[0], run.getKey() + " trial " + trial);
                }
            }
        }
        assertTrue(worstUlps <= 16, "raw round-off " + worstUlps + " ulps");
    }
}
