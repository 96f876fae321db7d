package org.petrobench.pt.path;

import java.util.Optional;

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
 * {@code activationEnergyKJ} required).
 * <p>
 * Absolute time (PT.md §6.5), only with a growth law: {@code durationMyr} (spec
 * {@code duration_Myr}; t_k = duration·τ_k) or {@code k0UmPerMyr} ({@code k0_um_per_Myr}: the rate
 * constant of the growth law, dr/dt = k₀ (linear) or k₀·exp(−Q/RT̄) (arrhenius)), one of them, not
 * both; {@code rimAgeMa} ({@code rimAge_Ma}) only shifts the origin (age at point k = rim age +
 * t_rim − t_k; run.json) and needs one of the two. 0 or NaN = not set (Decision: 0, not NaN, is
 * the default because a JSON null reads as 0 into a double; a rim age of exactly 0 Ma, the
 * present, is therefore not expressible). {@link #anchorConflict()} names a bad combination.
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
        @Setting(description = "absolute-time anchor: growth duration core to rim (0 = not set)", unit = "Myr", min = 0, max = 10_000) double durationMyr,
        @Setting(description = "absolute-time anchor: rate constant k0 of the growth law, dr/dt = k0 (linear) or k0 exp(-Q/RT) (arrhenius) (0 = not set)", unit = "µm/Myr", min = 0, max = 1e30) double k0UmPerMyr,
        @Setting(description = "age of the rim; only shifts the origin of absolute time, needs an anchor (0 = not set)", unit = "Ma", min = 0, max = 4600) double rimAgeMa,
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
        if (!unsetOrNonNegative(durationMyr) || !unsetOrNonNegative(k0UmPerMyr) || !unsetOrNonNegative(rimAgeMa)) {
            throw new IllegalArgumentException("durationMyr, k0UmPerMyr, rimAgeMa: expected a finite value ≥ 0 (0 = not set)");
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

    /** The settings without absolute-time anchors (the form before PT.md §6.5's anchors were implemented). */
    public SmcSettings(int particles, int trajectories, String staticParameters, int gridSize, double gridFactor,
            double fixedStepSdP, double fixedStepSdT, double initPMin, double initPMax, double initTMin, double initTMax,
            String growthLaw, double activationEnergyKJ, long seed) {
        this(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT, initPMin, initPMax,
                initTMin, initTMax, growthLaw, activationEnergyKJ, 0, 0, 0, seed);
    }

    /** A bad combination of the absolute-time settings: the spec name of the setting at fault and what is expected. */
    public record AnchorConflict(String setting, String expected) {
    }

    private static boolean unsetOrNonNegative(double v) {
        return Double.isNaN(v) || (v >= 0 && v < Double.POSITIVE_INFINITY);
    }

    /** True when the growth duration anchors absolute time. */
    public boolean hasDuration() {
        return durationMyr > 0;
    }

    /** True when the growth-law rate constant k₀ anchors absolute time. */
    public boolean hasRateConstant() {
        return k0UmPerMyr > 0;
    }

    /** True when a rim age is set. */
    public boolean hasRimAge() {
        return rimAgeMa > 0;
    }

    /** True when the run reports absolute time ({@code t_Myr}). */
    public boolean hasAbsoluteTime() {
        return hasDuration() || hasRateConstant();
    }

    /**
     * The first bad combination of the time settings (PT.md §6.5), or empty: both anchors; an
     * anchor or a rim age without a growth law; a rim age without an anchor. Not checked by the
     * constructor, because the CLI sets the growth law after reading a method file.
     */
    public Optional<AnchorConflict> anchorConflict() {
        if (hasDuration() && hasRateConstant()) {
            return Optional.of(new AnchorConflict("k0_um_per_Myr", "give one absolute-time anchor, duration_Myr or "
                    + "k0_um_per_Myr, not both (PT.md §6.5)"));
        }
        boolean none = GROWTH_NONE.equals(growthLaw);
        if (none && (hasAbsoluteTime() || hasRimAge())) {
            String setting = hasDuration() ? "duration_Myr" : hasRateConstant() ? "k0_um_per_Myr" : "rimAge_Ma";
            return Optional.of(new AnchorConflict(setting, "needs a growth law (growthLaw linear or arrhenius): "
                    + "absolute time is the P-T path pushed through an assumed growth law (PT.md §6.5)"));
        }
        if (hasRimAge() && !hasAbsoluteTime()) {
            return Optional.of(new AnchorConflict("rimAge_Ma", "only shifts the origin of absolute time: it needs "
                    + "duration_Myr or k0_um_per_Myr (PT.md §6.5)"));
        }
        return Optional.empty();
    }

    /** The defaults of PT.md §6 (N = 2000, M = 500, grid 7×7 ×/÷4, core prior P 2–14 kbar, T 623–1023 K). */
    public static SmcSettings defaults() {
        return new SmcSettings(2000, 500, STATIC_GRID, 7, 4, 0.1, 5, 2, 14, 623, 1023, GROWTH_NONE, 0, 0, 0, 0, 1);
    }

    /** A copy with another particle count and seed. */
    public SmcSettings withParticles(int particles, long seed) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, durationMyr, k0UmPerMyr, rimAgeMa, seed);
    }

    /** A copy with another smoothed-trajectory count. */
    public SmcSettings withTrajectories(int trajectories) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, durationMyr, k0UmPerMyr, rimAgeMa, seed);
    }

    /** A copy with another growth law (Q in kJ/mol, used by arrhenius). */
    public SmcSettings withGrowthLaw(String growthLaw, double activationEnergyKJ) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, durationMyr, k0UmPerMyr, rimAgeMa, seed);
    }

    /**
     * A copy with other absolute-time settings (PT.md §6.5; 0 = not set): growth duration in Myr,
     * growth-law rate constant k₀ in µm/Myr, rim age in Ma.
     */
    public SmcSettings withTime(double durationMyr, double k0UmPerMyr, double rimAgeMa) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, durationMyr, k0UmPerMyr, rimAgeMa, seed);
    }

    /** A copy with another static-parameter method (grid, pmmh or fixed). */
    public SmcSettings withStaticParameters(String staticParameters) {
        return new SmcSettings(particles, trajectories, staticParameters, gridSize, gridFactor, fixedStepSdP, fixedStepSdT,
                initPMin, initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, durationMyr, k0UmPerMyr, rimAgeMa, seed);
    }

    /** A copy with fixed static parameters (step sds per mean spacing). */
    public SmcSettings withFixedStepSd(double stepSdP, double stepSdT) {
        return new SmcSettings(particles, trajectories, STATIC_FIXED, gridSize, gridFactor, stepSdP, stepSdT, initPMin,
                initPMax, initTMin, initTMax, growthLaw, activationEnergyKJ, durationMyr, k0UmPerMyr, rimAgeMa, seed);
    }
}
