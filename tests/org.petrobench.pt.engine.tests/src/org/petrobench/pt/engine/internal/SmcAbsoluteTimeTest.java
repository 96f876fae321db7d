package org.petrobench.pt.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathCsv;
import org.petrobench.pt.path.SmcSettings;

/**
 * Absolute growth time of PT.md §6.5 ({@code t_Myr,t_lo95,t_hi95}). Truths by hand: linear growth
 * with k₀ gives t_k = (r_k − r_0)/k₀ on every trajectory (the band collapses onto it, the rim at
 * profile length/k₀); a duration anchor gives t = duration·τ and scales the τ band; arrhenius with
 * k₀ gives t_k = Σ_{i<k} Δr_i·exp(Q/(R T̄_i))/k₀ with T̄_i the mean of the increment's end
 * temperatures (R = 8.3144 J/(mol K), PT.md §1), computed here from the trajectory's own T.
 * Profiles from the independent generator {@link SyntheticGarnetProfile}; few particles and fixed
 * step sds keep the runtime short.
 */
class SmcAbsoluteTimeTest {

    private static final double R = 8.3144;
    private static final int N = 20;

    private static SmcSettings base(String law, double q) {
        return SmcSettings.defaults().withParticles(300, 7).withTrajectories(60).withFixedStepSd(0.1, 5)
                .withGrowthLaw(law, q);
    }

    private static PtPath invert(SyntheticGarnetProfile syn, SmcSettings s) throws Exception {
        return new SmcInverter().invert(syn.profile, BuiltInModels.fs78AndGaspKy(), s, Monitor.silent(), new Diagnostics());
    }

    @Test
    void linearGrowthWithARateConstantGivesRadiusOverK0OnEveryTrajectory() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(N, 0.005, 1.0, 3);
        double k0 = 2.5;
        PtPath path = invert(syn, base(SmcSettings.GROWTH_LINEAR, 0).withTime(0, k0, 0));
        assertTrue(path.hasAbsoluteTime());
        for (int k = 0; k < N; k++) {
            double t = (syn.distance[k] - syn.distance[0]) / k0;
            assertEquals(t, path.tMyr()[k], 1e-9 * (1 + t), "mean at " + k);
            assertEquals(t, path.tMyrLo95()[k], 1e-9 * (1 + t), "lo95 at " + k);
            assertEquals(t, path.tMyrHi95()[k], 1e-9 * (1 + t), "hi95 at " + k);
        }
        // the generator's spacing is 10 µm: 190 µm of profile at 2.5 µm/Myr
        assertEquals(190 / 2.5, path.tMyr()[N - 1], 1e-9);
        StringWriter w = new StringWriter();
        PtPathCsv.writePath(path, w);
        String[] lines = w.toString().split("\n");
        assertTrue(lines[0].contains(",t_rel,t_rel_lo95,t_rel_hi95,t_Myr,t_lo95,t_hi95,"), lines[0]);
        assertTrue(lines[N].contains(",1.0000,1.0000,1.0000,76,76,76,"), lines[N]);
    }

    @Test
    void aDurationScalesRelativeTimeAndItsBand() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(N, 0.005, 1.0, 4);
        SmcSettings s = base(SmcSettings.GROWTH_ARRHENIUS, 150);
        PtPath rel = invert(syn, s);
        PtPath abs = invert(syn, s.withTime(12, 0, 0));
        assertFalse(rel.hasAbsoluteTime());
        boolean wide = false;
        for (int k = 0; k < N; k++) {
            assertEquals(rel.tRel()[k], abs.tRel()[k], 0, "same seed, same trajectories");
            assertEquals(12 * rel.tRel()[k], abs.tMyr()[k], 1e-12 * 12);
            assertEquals(12 * rel.tRelLo95()[k], abs.tMyrLo95()[k], 1e-12 * 12);
            assertEquals(12 * rel.tRelHi95()[k], abs.tMyrHi95()[k], 1e-12 * 12);
            wide |= abs.tMyrHi95()[k] - abs.tMyrLo95()[k] > 0.1;
        }
        assertEquals(12, abs.tMyr()[N - 1], 1e-12);
        assertTrue(wide, "arrhenius time has a band (T uncertain), which the duration scales");
    }

    @Test
    void arrheniusWithARateConstantIsTheLawOnEachTrajectory() {
        // per-trajectory identity: m copies of one random-walk trajectory, so mean and quantiles are its value
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 12;
        int m = 5;
        double[] dist = new double[n];
        double[] one = new double[2 * n];
        double p = 6;
        double tk = 800;
        for (int k = 0; k < n; k++) {
            dist[k] = k == 0 ? 3 : dist[k - 1] + 4 + 8 * rnd.nextDouble();
            one[2 * k] = p;
            one[2 * k + 1] = tk;
            p += 0.2 * rnd.nextGaussian();
            tk += 15 * rnd.nextGaussian();
        }
        double[] traj = new double[m * 2 * n];
        for (int j = 0; j < m; j++) {
            System.arraycopy(one, 0, traj, j * 2 * n, 2 * n);
        }
        double q = 180;
        double k0 = 4e11;
        SmcSettings s = base(SmcSettings.GROWTH_ARRHENIUS, q).withTime(0, k0, 0);
        double[][] out = SmcInverter.relativeTime(s, dist, traj, m, n);
        double t = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                double tBar = 0.5 * (one[2 * k - 1] + one[2 * k + 1]);
                t += (dist[k] - dist[k - 1]) / (k0 * Math.exp(-q * 1000 / (R * tBar)));
            }
            for (int c = 3; c < 6; c++) {
                assertEquals(t, out[c][k], 1e-12 * t, "t_Myr column " + c + " at " + k);
            }
        }
        assertTrue(t > 1 && t < 1e4, "a geological duration: " + t);
        assertNull(SmcInverter.relativeTime(s.withTime(0, 0, 0), dist, traj, m, n)[3], "no anchor, no t_Myr");
    }

    @Test
    void arrheniusWithARateConstantOnAnInversionBracketsTheLawOnTheMeanPath() throws Exception {
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(N, 0.005, 1.0, 5);
        double q = 150;
        double k0 = 1e9;
        PtPath path = invert(syn, base(SmcSettings.GROWTH_ARRHENIUS, q).withTime(0, k0, 0));
        double t = 0;
        for (int k = 1; k < N; k++) {
            double tBar = 0.5 * (path.tK()[k - 1] + path.tK()[k]);
            t += (syn.distance[k] - syn.distance[k - 1]) * Math.exp(q * 1000 / (R * tBar)) / k0;
            assertTrue(path.tMyrLo95()[k] <= t && t <= path.tMyrHi95()[k], "hand t " + t + " at " + k + " outside ["
                    + path.tMyrLo95()[k] + ", " + path.tMyrHi95()[k] + "]");
            // relative time agrees with absolute time up to the scale of the rim
            assertTrue(path.tMyrLo95()[k] < path.tMyrHi95()[k]);
        }
        assertEquals(0, path.tMyr()[0]);
    }

    @Test
    void badCombinationsAreNamed() {
        SmcSettings lin = base(SmcSettings.GROWTH_LINEAR, 0);
        assertEquals("k0_um_per_Myr", lin.withTime(5, 2, 0).anchorConflict().orElseThrow().setting());
        assertEquals("duration_Myr", lin.withGrowthLaw(SmcSettings.GROWTH_NONE, 0).withTime(5, 0, 0).anchorConflict()
                .orElseThrow().setting());
        assertEquals("rimAge_Ma", lin.withTime(0, 0, 300).anchorConflict().orElseThrow().setting());
        assertTrue(lin.withTime(5, 0, 300).anchorConflict().isEmpty());
        assertTrue(lin.withTime(Double.NaN, 2, Double.NaN).anchorConflict().isEmpty(), "NaN = not set");
        assertThrows(IllegalArgumentException.class, () -> lin.withTime(-1, 0, 0));
        SyntheticGarnetProfile syn = new SyntheticGarnetProfile(N, 0.005, 1.0, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> invert(syn, lin.withTime(5, 2, 0)));
        assertTrue(e.getMessage().startsWith("k0_um_per_Myr: give one absolute-time anchor"), e.getMessage());
    }
}
