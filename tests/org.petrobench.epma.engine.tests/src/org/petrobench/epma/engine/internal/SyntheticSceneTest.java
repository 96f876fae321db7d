package org.petrobench.epma.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.petrobench.core.Monitor;
import org.petrobench.epma.Membership;
import org.petrobench.epma.PhaseSummary;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.SpotReport;

/** EPMA.md §13 T2 on the independent {@link SyntheticScene}. */
class SyntheticSceneTest {

    static SyntheticScene scene;
    static QuantifiedMaps em;
    static QuantifiedMaps unmixed;

    @BeforeAll
    static void run() throws Exception {
        scene = new SyntheticScene(160, 42);
        em = new YasumotoQuantifier().quantify(scene.maps, scene.spotSet, QuantifierSettings.defaults(), Monitor.silent());
        unmixed = new YasumotoQuantifier().quantify(scene.maps, scene.spotSet,
                QuantifierSettings.defaults().withUnmixing(true), Monitor.silent());
    }

    @Test
    void boundarySpotsAreFlagged() {
        int pureFlagged = 0;
        int boundaryMissed = 0;
        for (int s = 0; s < scene.spots.size(); s++) {
            SpotReport r = em.spots().get(s);
            if (scene.boundarySpot.get(s)) {
                if (!Boolean.TRUE.equals(r.outlier())) {
                    boundaryMissed++;
                }
            } else if (Boolean.TRUE.equals(r.outlier())) {
                pureFlagged++;
            }
        }
        System.out.println("boundary spots missed " + boundaryMissed + ", pure spots flagged " + pureFlagged);
        assertEquals(0, boundaryMissed);
        assertTrue(pureFlagged <= 1);
    }

    @Test
    void purePixelErrorIsAtThePoissonLimitAndTheUncertaintyIsHonest() {
        float[][] wt = em.wtMaps();
        float[][] se = em.seMaps();
        int size = scene.size;
        double worst = 0;
        long inside = 0, total = 0;
        for (int e = 0; e < 6; e++) {
            double se2 = 0, lim2 = 0;
            int n = 0;
            int ke = em.elements().indexOf(em.elements().stream().filter(q -> q.element().equals(SyntheticScene.ELEMENTS[0])).findFirst().get());
            int me = -1;
            for (int q = 0; q < em.elements().size(); q++) {
                if (em.elements().get(q).element().equals(SyntheticScene.ELEMENTS[e])) {
                    me = q;
                }
            }
            assertTrue(ke >= 0 && me >= 0);
            for (int i = 0; i < size * size; i++) {
                for (int k = 0; k < 4; k++) {
                    if (scene.pure(k, i)) {
                        double truth = scene.wt(k, e, i % size);
                        double d = wt[me][i] - truth;
                        se2 += d * d;
                        double ab = scene.alpha[k][e] * SyntheticScene.BETA_PRIME[e] / SyntheticScene.EXPOSURE;
                        lim2 += ab * ab * scene.counts[e][i];
                        n++;
                        if (truth >= 2) { // wt is clipped at 0 while se describes the unclipped estimate (§9)
                            total++;
                            if (Math.abs(d) <= se[me][i]) {
                                inside++;
                            }
                        }
                    }
                }
            }
            double ratio = Math.sqrt(se2 / n) / Math.sqrt(lim2 / n);
            System.out.printf("%s: RMSE/limit = %.3f%n", SyntheticScene.OXIDES[e], ratio);
            worst = Math.max(worst, ratio);
        }
        double coverage = inside / (double) total;
        System.out.printf("worst RMSE/limit %.3f, 1-sigma coverage %.3f%n", worst, coverage);
        assertTrue(worst <= 1.2, "RMSE/limit " + worst);
        assertEquals(0.68, coverage, 0.05);
    }

    @Test
    void modalFractionsAndUnmixedFractionsMatchTheTruth() {
        int n = scene.size * scene.size;
        for (int k = 0; k < 4; k++) {
            double truth = 0;
            for (int i = 0; i < n; i++) {
                truth += scene.fraction[k][i];
            }
            truth /= n;
            double emMode = PhaseSummary.of(em, PhaseSummary.Weighting.MEMBERSHIP).get(k).modalFraction();
            double unMode = PhaseSummary.of(unmixed, PhaseSummary.Weighting.MEMBERSHIP).get(k).modalFraction();
            System.out.printf("%s: truth %.4f em %.4f unmixed %.4f%n", SyntheticScene.PHASES[k], truth, emMode, unMode);
            assertEquals(truth, emMode, 0.01);
            assertEquals(truth, unMode, 0.005);
        }
        Membership f = unmixed.membership();
        assertEquals(Membership.Kind.AREA_FRACTION, f.kind());
        double s2 = 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean mixed = false;
            for (int k = 0; k < 4; k++) {
                mixed |= scene.fraction[k][i] > 0 && scene.fraction[k][i] < 1;
            }
            if (mixed) {
                for (int k = 0; k < 4; k++) {
                    double d = f.value(k, i) - scene.fraction[k][i];
                    s2 += d * d;
                }
                m++;
            }
        }
        double rmse = Math.sqrt(s2 / (m * 4.0));
        System.out.printf("unmixing RMSE of f on %d mixed pixels: %.4f%n", m, rmse);
        assertTrue(rmse <= 0.05, "RMSE " + rmse);
    }
}
