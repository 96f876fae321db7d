package org.petrobench.epma.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.petrobench.core.Diagnostics;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;

/**
 * Independent synthetic scene of EPMA.md §13 T2 (shares no engine class): 4 phases, 6 elements,
 * Voronoi grains rendered at 8× supersampling (true area fractions), two phases linearly zoned
 * across the columns, expected counts Σ_k f_ik E_m (C_ke/α_ke + γ_ke)/β′_e with Poisson noise;
 * 20 spots per phase (or {@code pureSpots}) on pure pixels and 8 on boundaries (minority fraction ≥ 0.25); asymmetric,
 * sloped backgrounds (d⁺ = 1 mm, d⁻ = 3 mm).
 * <p>
 * Guide-net tiles (§8.3): with {@code tileFactor} (2×2, row-major) the map's β′ of the pixels in
 * the quadrant (⌊2l/size⌋, ⌊2c/size⌋) is {@code BETA_PRIME[e]·tileFactor[t]} (the spots, being
 * physical intensities, do not change). {@link #reacquire} draws a second acquisition of the same
 * scene at another dwell (§13 T2, last bullet).
 */
final class SyntheticScene {
    static final String[] PHASES = { "Cpx", "Grt", "Pl", "Qtz" };
    static final String[] ELEMENTS = { "Si", "Al", "Fe", "Mg", "Ca", "Na" };
    static final String[] OXIDES = { "SiO2", "Al2O3", "FeO", "MgO", "CaO", "Na2O" };
    /** wt% per phase (rows) and oxide; Grt and Cpx are zoned by ZONING across the map. */
    static final double[][] WT = { { 52, 3, 8, 14, 22.5, 0.5 }, { 38, 21.5, 30, 6, 4.5, 0 },
            { 62, 23.5, 0, 0, 5, 9.5 }, { 100, 0, 0, 0, 0, 0 } };
    static final double[][] ZONING = { { 0, 0, 4, -4, 0, 0 }, { 0, 0, 6, -4, -2, 0 }, { 0, 0, 0, 0, 0, 0 },
            { 0, 0, 0, 0, 0, 0 } };
    static final double[] BETA_PRIME = { 1.1, 0.9, 1.25, 1.0, 1.05, 0.95 };
    static final double DWELL_S = 0.05;
    static final double CURRENT_UA = 0.1;
    static final double EXPOSURE = DWELL_S * CURRENT_UA;
    static final double SPOT_UA = 0.01;
    static final double PEAK_S = 10;
    static final double BG_S = 5;
    static final double D_PLUS = 1;
    static final double D_MINUS = 3;

    final int size;
    final float[][] fraction; // phase × pixel
    final double[][] truthWt; // phase-specific truth per pixel: [phase*6+e][pixel] only for zoned variation via column
    final float[][] counts;
    final double[][] alpha = new double[4][6];
    final double[][] gamma = new double[4][6];
    final List<Spot> spots = new ArrayList<>();
    final List<Boolean> boundarySpot = new ArrayList<>();
    final XrayMapSet maps;
    final SpotSet spotSet;
    /** β′ multiplier per 2×2 quadrant, row-major; all 1 without tiles. */
    final double[] tileFactor;

    SyntheticScene(int size, long seed) {
        this(size, seed, new double[] { 1, 1, 1, 1 }, 20, false);
    }

    /**
     * @param pureSpots  pure spots per phase (T2: 20)
     * @param stratified place pure spot j of a phase in quadrant j mod 4 (spots in every tile)
     */
    SyntheticScene(int size, long seed, double[] tileFactor, int pureSpots, boolean stratified) {
        this.size = size;
        this.tileFactor = tileFactor.clone();
        Random rnd = new Random(seed);
        MersenneTwister mt = new MersenneTwister(seed);
        for (int k = 0; k < 4; k++) {
            for (int e = 0; e < 6; e++) {
                alpha[k][e] = 1e-4 * (0.85 + 0.3 * rnd.nextDouble());
                gamma[k][e] = 200 + 800 * rnd.nextDouble();
            }
        }
        int seeds = Math.max(8, size * size / 400);
        double[] sx = new double[seeds], sy = new double[seeds];
        int[] sp = new int[seeds];
        for (int s = 0; s < seeds; s++) {
            sx[s] = rnd.nextDouble() * size;
            sy[s] = rnd.nextDouble() * size;
            sp[s] = s % 4;
        }
        int n = size * size;
        fraction = new float[4][n];
        for (int l = 0; l < size; l++) {
            for (int c = 0; c < size; c++) {
                for (int a = 0; a < 8; a++) {
                    for (int b = 0; b < 8; b++) {
                        double y = l + (a + 0.5) / 8, x = c + (b + 0.5) / 8;
                        int best = 0;
                        double bd = Double.MAX_VALUE;
                        for (int s = 0; s < seeds; s++) {
                            double d = (sx[s] - x) * (sx[s] - x) + (sy[s] - y) * (sy[s] - y);
                            if (d < bd) {
                                bd = d;
                                best = s;
                            }
                        }
                        fraction[sp[best]][l * size + c] += 1f / 64;
                    }
                }
            }
        }
        truthWt = null;
        counts = render(mt, DWELL_S);
        maps = mapSet(counts, DWELL_S);
        int id = 1;
        for (int k = 0; k < 4; k++) {
            int placed = 0;
            int guard = 0;
            while (placed < pureSpots && guard++ < 100000) {
                int l = 1 + rnd.nextInt(size - 2), c = 1 + rnd.nextInt(size - 2);
                if (stratified && quadrant(l * size + c) != placed % 4) {
                    continue;
                }
                if (pureBlock(k, l, c)) {
                    spots.add(spot(id++, k, l, c, mt));
                    boundarySpot.add(false);
                    placed++;
                }
            }
            placed = 0;
            guard = 0;
            while (placed < 8 && guard++ < 100000) {
                int l = rnd.nextInt(size), c = rnd.nextInt(size);
                float f = fraction[k][l * size + c];
                if (f >= 0.5f && f <= 0.75f) {
                    spots.add(spot(id++, k, l, c, mt));
                    boundarySpot.add(true);
                    placed++;
                }
            }
        }
        List<ElementConditions> conditions = new ArrayList<>();
        for (int e = 0; e < 6; e++) {
            conditions.add(new ElementConditions(ELEMENTS[e], OXIDES[e], D_PLUS, D_MINUS, PEAK_S, BG_S));
        }
        spotSet = new SpotSet(conditions, spots, "test", null, new Diagnostics());
    }

    /** Expected counts Σ_k f_ik E_m (C_ke/α_ke + γ_ke)/β′_{e,t(i)} with Poisson noise, at dwell t_d. */
    private float[][] render(MersenneTwister mt, double dwellS) {
        int n = size * size;
        double exposure = dwellS * CURRENT_UA;
        float[][] x = new float[6][n];
        for (int e = 0; e < 6; e++) {
            for (int i = 0; i < n; i++) {
                double mean = 0;
                for (int k = 0; k < 4; k++) {
                    if (fraction[k][i] > 0) {
                        mean += fraction[k][i] * exposure * (wt(k, e, i % size) / alpha[k][e] + gamma[k][e]) / trueBetaPrime(e, i);
                    }
                }
                x[e][i] = poisson(mt, mean);
            }
        }
        return x;
    }

    private XrayMapSet mapSet(float[][] x, double dwellS) {
        List<MapSignal> signals = new ArrayList<>();
        for (int e = 0; e < 6; e++) {
            signals.add(new MapSignal(ELEMENTS[e], SignalType.XRAY, x[e], dwellS, CURRENT_UA, 0, ELEMENTS[e] + ".csv"));
        }
        return new XrayMapSet(MapGeometry.lineAlongX(size, size, 0, 0, 0, 1, 1), signals, "synthetic", "test", null,
                new Diagnostics());
    }

    /** A further acquisition of the same scene (same grains, α, γ, β′) at another dwell, with fresh noise. */
    record Acquisition(float[][] counts, XrayMapSet maps, double exposure) {
    }

    Acquisition reacquire(double dwellS, long seed) {
        float[][] x = render(new MersenneTwister(seed), dwellS);
        return new Acquisition(x, mapSet(x, dwellS), dwellS * CURRENT_UA);
    }

    /** The 2×2 quadrant of pixel i, row-major: (⌊2·line/size⌋, ⌊2·column/size⌋). */
    int quadrant(int i) {
        return (2 * (i / size)) / size * 2 + (2 * (i % size)) / size;
    }

    /** β′ of element e at pixel i (the map-to-spot intensity ratio the counts were drawn with). */
    double trueBetaPrime(int e, int i) {
        return BETA_PRIME[e] * tileFactor[quadrant(i)];
    }

    /** True wt% of phase k, oxide e at a column (zoning is linear across the columns). */
    double wt(int k, int e, int column) {
        return Math.max(0, WT[k][e] + ZONING[k][e] * (column / (double) (size - 1) - 0.5));
    }

    boolean pure(int k, int i) {
        return fraction[k][i] == 1f;
    }

    private boolean pureBlock(int k, int l, int c) {
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                if (!pure(k, (l + a) * size + c + b)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Spot spot(int id, int k, int l, int c, MersenneTwister mt) {
        double[] w = new double[6], net = new double[6], bm = new double[6], bp = new double[6], pk = new double[6];
        double es = PEAK_S * SPOT_UA, eb = BG_S * SPOT_UA;
        for (int e = 0; e < 6; e++) {
            double truth = wt(k, e, c);
            double slope = 0.05 * gamma[k][e]; // background slope per mm: exposes swapped interpolation weights
            double minus = gamma[k][e] - slope * D_MINUS;
            double plus = gamma[k][e] + slope * D_PLUS;
            double peak = truth / alpha[k][e] + gamma[k][e];
            pk[e] = poisson(mt, peak * es) / es;
            bm[e] = poisson(mt, minus * eb) / eb;
            bp[e] = poisson(mt, plus * eb) / eb;
            double bint = (bm[e] * D_PLUS + bp[e] * D_MINUS) / (D_PLUS + D_MINUS);
            net[e] = Math.max(0, pk[e] - bint);
            w[e] = truth;
        }
        return new Spot(Integer.toString(id), PHASES[k], l * 0.001, c * 0.001, 0, SPOT_UA, w, net, bm, bp, pk);
    }

    private static float poisson(MersenneTwister mt, double mean) {
        if (mean <= 0) {
            return 0;
        }
        return new PoissonDistribution(mt, mean, 1e-12, 10000000).sample();
    }
}
