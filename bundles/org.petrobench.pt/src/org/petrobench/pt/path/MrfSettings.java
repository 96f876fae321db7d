package org.petrobench.pt.path;

import org.petrobench.core.Setting;

/**
 * Settings of the MRF path inverter (PT.md §5.7; {@code --method mrf}). Units: kbar, K.
 * <p>
 * Decision (PT.md §5.6): {@code bands} = {@code integrated} (mixture of the Laplace posteriors of
 * the 9×9 hyperparameter grid, weighted by evidence) or {@code plugin} (Laplace at η̂ only).
 * {@code hyperparameters} = {@code marginal} (type-II maximum likelihood, PT.md §5.5, the default)
 * or {@code fixed} (use {@code fixedStepSdP}, {@code fixedStepSdT}: prior sd of one mean-spacing
 * step, and {@code fixedSigmaScale}·σ_cal as every model's noise).
 */
public record MrfSettings(
        @Setting(description = "posterior bands: integrated (mixture over the hyperparameter grid) or plugin (at the estimate only)") String bands,
        @Setting(description = "add the systematic calibration uncertainty (shared offset per model) to the bands") boolean includeCalibration,
        @Setting(description = "hyperparameters: marginal (type-II maximum likelihood) or fixed") String hyperparameters,
        @Setting(description = "smallest prior sd of the total P change on the grid", unit = "kbar", min = 1e-4, max = 1000) double gridSdTotPMin,
        @Setting(description = "largest prior sd of the total P change on the grid", unit = "kbar", min = 1e-4, max = 1000) double gridSdTotPMax,
        @Setting(description = "smallest prior sd of the total T change on the grid", unit = "K", min = 1e-3, max = 1e5) double gridSdTotTMin,
        @Setting(description = "largest prior sd of the total T change on the grid", unit = "K", min = 1e-3, max = 1e5) double gridSdTotTMax,
        @Setting(description = "grid values per hyperparameter axis", min = 2, max = 41) int gridSize,
        @Setting(description = "lower P bound of the search box", unit = "kbar", min = 0, max = 200) double boxPMin,
        @Setting(description = "upper P bound of the search box", unit = "kbar", min = 0, max = 200) double boxPMax,
        @Setting(description = "lower T bound of the search box", unit = "K", min = 1, max = 5000) double boxTMin,
        @Setting(description = "upper T bound of the search box", unit = "K", min = 1, max = 5000) double boxTMax,
        @Setting(description = "prior sd of one P step per mean spacing when hyperparameters=fixed", unit = "kbar", min = 1e-6, max = 100) double fixedStepSdP,
        @Setting(description = "prior sd of one T step per mean spacing when hyperparameters=fixed", unit = "K", min = 1e-6, max = 1000) double fixedStepSdT,
        @Setting(description = "model noise sigma_m as a multiple of its calibration sd when hyperparameters=fixed", min = 1e-6, max = 100) double fixedSigmaScale,
        @Setting(description = "MCMC sweeps for the Metropolis-within-Gibbs check (0 = none)", min = 0, max = 10_000_000) int samples,
        @Setting(description = "seed of the random streams (MCMC)") long seed) {

    public static final String BANDS_INTEGRATED = "integrated";
    public static final String BANDS_PLUGIN = "plugin";
    public static final String ETA_MARGINAL = "marginal";
    public static final String ETA_FIXED = "fixed";

    public MrfSettings {
        if (!BANDS_INTEGRATED.equals(bands) && !BANDS_PLUGIN.equals(bands)) {
            throw new IllegalArgumentException("bands: expected integrated or plugin, found '" + bands + "'");
        }
        if (!ETA_MARGINAL.equals(hyperparameters) && !ETA_FIXED.equals(hyperparameters)) {
            throw new IllegalArgumentException("hyperparameters: expected marginal or fixed, found '" + hyperparameters + "'");
        }
        check("gridSdTotP", gridSdTotPMin, gridSdTotPMax);
        check("gridSdTotT", gridSdTotTMin, gridSdTotTMax);
        check("boxP", boxPMin, boxPMax);
        check("boxT", boxTMin, boxTMax);
        if (gridSize < 2) {
            throw new IllegalArgumentException("gridSize: expected at least 2, found " + gridSize);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples: expected ≥ 0, found " + samples);
        }
        if (!(fixedStepSdP > 0) || !(fixedStepSdT > 0) || !(fixedSigmaScale > 0)) {
            throw new IllegalArgumentException("fixedStepSdP, fixedStepSdT, fixedSigmaScale: expected > 0");
        }
    }

    private static void check(String name, double lo, double hi) {
        if (!(lo > 0) || !(lo < hi) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException(name + ": expected 0 < min < max, found [" + lo + ", " + hi + "]");
        }
    }

    /** The defaults of PT.md §5.7. */
    public static MrfSettings defaults() {
        return new MrfSettings(BANDS_INTEGRATED, false, ETA_MARGINAL, 0.05, 20, 1, 500, 9, 0.1, 40, 473, 1473, 0.1, 5, 1,
                0, 1);
    }

    /** A copy with another MCMC sweep count and seed. */
    public MrfSettings withSamples(int samples, long seed) {
        return new MrfSettings(bands, includeCalibration, hyperparameters, gridSdTotPMin, gridSdTotPMax, gridSdTotTMin,
                gridSdTotTMax, gridSize, boxPMin, boxPMax, boxTMin, boxTMax, fixedStepSdP, fixedStepSdT, fixedSigmaScale,
                samples, seed);
    }

    /** A copy with another bands mode. */
    public MrfSettings withBands(String bands) {
        return new MrfSettings(bands, includeCalibration, hyperparameters, gridSdTotPMin, gridSdTotPMax, gridSdTotTMin,
                gridSdTotTMax, gridSize, boxPMin, boxPMax, boxTMin, boxTMax, fixedStepSdP, fixedStepSdT, fixedSigmaScale,
                samples, seed);
    }

    /** A copy that does or does not add the systematic calibration part to the bands. */
    public MrfSettings withIncludeCalibration(boolean include) {
        return new MrfSettings(bands, include, hyperparameters, gridSdTotPMin, gridSdTotPMax, gridSdTotTMin,
                gridSdTotTMax, gridSize, boxPMin, boxPMax, boxTMin, boxTMax, fixedStepSdP, fixedStepSdT, fixedSigmaScale,
                samples, seed);
    }

    /** A copy with fixed hyperparameters (step sds per mean spacing, noise as a multiple of σ_cal). */
    public MrfSettings withFixedHyperparameters(double stepSdP, double stepSdT, double sigmaScale) {
        return new MrfSettings(bands, includeCalibration, ETA_FIXED, gridSdTotPMin, gridSdTotPMax, gridSdTotTMin,
                gridSdTotTMax, gridSize, boxPMin, boxPMax, boxTMin, boxTMax, stepSdP, stepSdT, sigmaScale, samples, seed);
    }
}
