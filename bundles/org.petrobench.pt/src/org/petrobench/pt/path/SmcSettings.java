package org.petrobench.pt.path;

import org.petrobench.core.Setting;

/**
 * Settings of the sequential Monte Carlo P–T–t inverter (PT.md §6; {@code --method smc}). Units:
 * kbar, K, kJ/mol.
 * <p>
 * {@code staticParameters} (PT.md §6.4): {@code grid} (default: {@code gridSize}² log grid of the
 * random-walk step sds (s_P, s_T) ×/÷ {@code gridFactor} around the MRF estimate on the same data,
 * reaching up to at least the MRF's 99.5 % grid-posterior step sds; common random numbers in every
 * cell; the smoothed trajectories are a mixture over the cells weighted by the particle likelihood
 * p̂(y | s), i.e. the static parameters are integrated over, not fixed at the maximum) or
 * {@code pmmh} (particle marginal Metropolis–Hastings on log(s_P, s_T): proposal sd 0.15, 500
 * particles, 2000 iterations of which 500 burn-in, flat prior on the box of the grid; the smoother
 * runs at the posterior median) or {@code fixed} ({@code fixedStepSdP}, {@code fixedStepSdT}: step
 * sd per mean spacing). {@code growthLaw} (PT.md §6.5): {@code none} (default, no time
 * columns), {@code linear} (dr/dt constant) or {@code arrhenius} (dr/dt ∝ exp(−Q/RT), Q =
 * {@code activationEnergyKJ} required); relative time only (absolute anchors are not implemented).
 */
public record SmcSettings(
        @Setting(description = "particles N of the bootstrap filter (--samples)", min = 50, max = 1_000_000) int particles,
        @Setting(description = "smoothed trajectories M drawn by backward simulation (at most N)", min = 10, max = 100_000) int trajectories,
        @Setting(description = "static parameters: grid (integrated over a log grid, weights = particle likelihood), pmmh (particle MCMC, smoother at the posterior median) or fixed") String staticParameters,
        @Setting(description = "values per axis of the static-parameter grid", min = 2, max = 21) int gridSize,
        @Setting(description = "grid half-width: step sds from guess/f to guess*f", min = 1.01, max = 100) double gridFactor,
        @Setting(description = "step sd of P per mean spacing when staticParameters=fixed", unit = "kbar", min = 1e-6, max = 100) double fixedStepSdP,
        @Setting(description = "step sd of T per mean spacing when staticParameters=fixed", unit = "K", min = 1e-6, max = 1000) double fixedStepSdT,
        @Setting(description = "lower P of the uniform prior at the core", unit = "kbar", min = 0, max = 200) double initPMin,
        @Setting(description = "upper P of the uniform prior at the core", unit = "kbar", min = 0, max = 200) double initPMax,
        @Setting(description = "lower T of the uniform prior at the core", unit = "K", min = 1, max = 5000) double initTMin,
        @Setting(description = "upper T of the uniform prior at the core", unit = "K", min = 1, max = 5000) double initTMax,
        @Setting(description = "growth law for relative time: none, linear or arrhenius") String growthLaw,
        @Setting(description = "activation energy Q of the arrhenius growth law", unit = "kJ/mol", min = 0, max = 2000) double activationEnergyKJ,
        @Setting(description = "seed of the random streams") long seed) {

    public static final String STATIC_GRID = "grid";
    public static final String STATIC_PMMH = "pmmh";
    public static final String STATIC_FIXED = "fixed";
    public static final String GROWTH_NONE = "none";
    public static final String GROWTH_LINEAR = "linear";
    public static final String GROWTH_ARRHENIUS = "arrhenius";

    public SmcSettings {
        if (!STATIC_GRID.equals(staticParameters) && !STATIC_PMMH.equals(staticParameters)
                && !STATIC_FIXED.equals(staticParameters)) {
            throw new IllegalArgumentException("staticParameters: expected grid, pmmh or fixed, found '" + staticParameters
                    + "'");
        }
        if (!GROWTH_NONE.equals(growthLaw) && !GROWTH_LINEAR.equals(growthLaw) && !GROWTH_ARRHENIUS.equals(growthLaw)) {
            throw new IllegalArgumentException("growthLaw: expected none, linear or arrhenius, found '" + growthLaw + "'");
        }
        if (GROWTH_ARRHENIUS.equals(growthLaw) && !(activationEnergyKJ > 0)) {
            throw new IllegalArgumentException("growthLaw arrhenius needs activationEnergyKJ > 0");
        }
        if (particles < 50 || trajectories < 10 || gridSize < 2 || !(gridFactor > 1)) {
            throw new IllegalArgumentException("particles ≥ 50, trajectories ≥ 10, gridSize ≥ 2, gridFactor > 1 expected");
        }
        if (!(fixedStepSdP > 0) || !(fixedStepSdT > 0)) {
            throw new IllegalArgumentException("fixedStepSdP, fixedStepSdT: expected > 0");
        }
        if (!(initPMin < initPMax) || !(initTMin < initTMax)) {
            throw new IllegalArgumentException("init box: expected min < max");
        }
    }

    /** The defaults of PT.md §6 (N = 2000, M = 500, grid 7×7 ×/÷4, core prior P 2–14 kbar, T 623–1023 K). */
    public static SmcSettings defaults() {
        return new SmcSettings(2000, 500, STATIC_GRID, 7, 4, 0.1, 5, 2, 14, 623, 1023, GROWTH_NONE, 0, 1);
    }

    /** A copy with another particle count and seed. */
    public SmcSettings withParticles(int particles, long seed) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, seed);
    }

    /** A copy with another smoothed-trajectory count. */
    public SmcSettings withTrajectories(int trajectories) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, seed);
    }

    /** A copy with another growth law (Q in kJ/mol, used by arrhenius). */
    public SmcSettings withGrowthLaw(String growthLaw, double activationEnergyKJ) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, seed);
    }

    /** A copy with another static-parameter method (grid, pmmh or fixed). */
    public SmcSettings withStaticParameters(String staticParameters) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, seed);
    }

    /** A copy with fixed static parameters (step sds per mean spacing). */
    public SmcSettings withFixedStepSd(double stepSdP, double stepSdT) {
        return new SmcSettings(particles, trajectories, STATIC_FIXED, gridSize, gridFactor, stepSdP, stepSdT, initPMin,
                initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, seed);
    }
}
