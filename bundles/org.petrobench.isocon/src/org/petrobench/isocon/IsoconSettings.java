package org.petrobench.isocon;

import java.util.List;
import java.util.Map;

import org.petrobench.core.InputException;
import org.petrobench.core.Setting;

/**
 * All settings of an isocon run, the re-runnable <em>method</em> (ISOCON.md §2, §4, §5.7).
 * <p>
 * Decision: one flat record for the three solvers instead of a separate
 * {@code SparseIsoconSettings}: the method file merges saved settings field by field at the top
 * level, so nested records would lose defaults. Fields that a solver does not use are ignored by
 * it and recorded as resolved. Enum constants are spelled as in the spec and the method file
 * ({@code dropComponent}, {@code halfLimit}), hence lower camel case.
 */
public record IsoconSettings(
        @Setting(description = "solver id: sparse, grant or gresens") String method,
        @Setting(description = "frame components for grant/gresens (names as in the input)") List<String> immobile,
        @Setting(description = "slope strategy of grant/gresens; auto = meanRatio with --immobile, cluster without") Slope slope,
        @Setting(description = "mean of the ratios for meanRatio") Mean mean,
        @Setting(description = "weights of the least-squares isocon") Weighting weighting,
        @Setting(description = "half width of the ratio-clustering window, as a factor (1.10 = ±10 %)", min = 1.0) double clusterWidth,
        @Setting(description = "gresens volume factor fv; empty = mean of the zero crossings over the frame") Double fv,
        @Setting(description = "transfer measure of the sparse objective") Delta delta,
        @Setting(description = "sparsity exponent of the sparse objective", min = 0.0, max = 1.0) double q,
        @Setting(description = "immobility threshold on the RMS relative transfer", min = 0.0, max = 1.0) double tau,
        @Setting(description = "re-estimate mass ratios on the selected immobile set (relaxed sparse fit)") boolean refit,
        @Setting(description = "smallest mass ratio allowed", min = 0.0, max = 1.0) double rMin,
        @Setting(description = "largest mass ratio allowed", min = 1.0) double rMax,
        @Setting(description = "per-component weight w_i (difficulty of moving); default 1, volatiles 0") Map<String, Double> componentWeights,
        @Setting(description = "q values of the q-path") double[] qPath,
        @Setting(description = "smoothing schedule of the IRLS continuation") double[] epsSchedule,
        @Setting(description = "combine FeO and Fe2O3 into FeOT, or keep them separate") Iron iron,
        @Setting(description = "recalculate every analysis volatile-free before solving") boolean volatileFree,
        @Setting(description = "components treated as volatiles (never frame candidates)") List<String> volatiles,
        @Setting(description = "what an empty field means") Missing missing,
        @Setting(description = "what a below-detection value (<x, bdl, n.d.) means") BelowDetection belowDetection,
        @Setting(description = "number of bootstrap/Monte Carlo replicates", min = 0) int bootstrap,
        @Setting(description = "seed of the random streams") long seed,
        @Setting(description = "sparse bootstrap starts: all = full multi-start in every replicate, warm = r = 1 and the point estimate's winning start") BootstrapStarts bootstrapStarts) {

    /** Isocon slope strategies (ISOCON.md §4). */
    public enum Slope {
        auto, meanRatio, leastSquares, cluster, constantMass, constantVolume
    }

    /** Mean of the concentration ratios for {@link Slope#meanRatio}. */
    public enum Mean {
        arithmetic, geometric
    }

    /** Weights ω_i of {@link Slope#leastSquares} (ISOCON.md §4b). */
    public enum Weighting {
        auto, relative, uncertainty, none
    }

    /** Transfer measure of the sparse objective (ISOCON.md §5.2). */
    public enum Delta {
        log, relative
    }

    /** Iron handling (ISOCON.md §2). */
    public enum Iron {
        combined, separate
    }

    /** Empty fields (ISOCON.md §2). */
    public enum Missing {
        error, dropComponent, pairwise
    }

    /** Below-detection values (ISOCON.md §2). */
    public enum BelowDetection {
        error, missing, halfLimit
    }

    /**
     * Multi-start in sparse bootstrap replicates (Decision). {@code all} (default) reruns the full
     * multi-start of §5.4 in every replicate, as §5.6 asks. {@code warm} starts each replicate only
     * from r = 1 and from the component whose start won on the data: the frame is still selected
     * anew in every replicate, at about 1/(N+1) of the cost.
     */
    public enum BootstrapStarts {
        all, warm
    }

    /** The volatile list of ISOCON.md §2. */
    public static final List<String> DEFAULT_VOLATILES = List.of("LOI", "H2O", "H2O+", "H2O-", "CO2");

    /** Canonical q grid 0.1:0.1:1.0 built from integers so that it prints as 0.1, 0.2, ... exactly. */
    public static double[] defaultQPath() {
        double[] q = new double[10];
        for (int k = 0; k < q.length; k++) {
            q[k] = (k + 1) / 10.0;
        }
        return q;
    }

    /** ε = 10⁻², 10⁻³, …, 10⁻⁸ (ISOCON.md §5.4). */
    public static double[] defaultEpsSchedule() {
        double[] eps = new double[7];
        for (int k = 0; k < eps.length; k++) {
            eps[k] = Math.pow(10, -(k + 2));
        }
        return eps;
    }

    /** The defaults of ISOCON.md §5.7 with the sparse solver. */
    public static IsoconSettings defaults() {
        return new IsoconSettings("sparse", List.of(), Slope.auto, Mean.arithmetic, Weighting.auto, 1.10, null, Delta.log, 0.2,
                0.10, true, 0.2, 5.0, Map.of(), defaultQPath(), defaultEpsSchedule(), Iron.combined, false, DEFAULT_VOLATILES,
                Missing.error, BelowDetection.error, 1000, 1L, BootstrapStarts.all);
    }

    public IsoconSettings withMethod(String value) {
        return with(d -> d.method = value);
    }

    public IsoconSettings withImmobile(List<String> value) {
        return with(d -> d.immobile = List.copyOf(value));
    }

    public IsoconSettings withSlope(Slope value) {
        return with(d -> d.slope = value);
    }

    public IsoconSettings withMean(Mean value) {
        return with(d -> d.mean = value);
    }

    public IsoconSettings withWeighting(Weighting value) {
        return with(d -> d.weighting = value);
    }

    public IsoconSettings withClusterWidth(double value) {
        return with(d -> d.clusterWidth = value);
    }

    public IsoconSettings withFv(Double value) {
        return with(d -> d.fv = value);
    }

    public IsoconSettings withDelta(Delta value) {
        return with(d -> d.delta = value);
    }

    public IsoconSettings withQ(double value) {
        return with(d -> d.q = value);
    }

    public IsoconSettings withRefit(boolean value) {
        return with(d -> d.refit = value);
    }

    public IsoconSettings withComponentWeights(Map<String, Double> value) {
        return with(d -> d.componentWeights = Map.copyOf(value));
    }

    public IsoconSettings withQPath(double[] value) {
        return with(d -> d.qPath = value.clone());
    }

    public IsoconSettings withIron(Iron value) {
        return with(d -> d.iron = value);
    }

    public IsoconSettings withVolatileFree(boolean value) {
        return with(d -> d.volatileFree = value);
    }

    public IsoconSettings withMissing(Missing value) {
        return with(d -> d.missing = value);
    }

    public IsoconSettings withBelowDetection(BelowDetection value) {
        return with(d -> d.belowDetection = value);
    }

    public IsoconSettings withBootstrap(int value) {
        return with(d -> d.bootstrap = value);
    }

    public IsoconSettings withSeed(long value) {
        return with(d -> d.seed = value);
    }

    public IsoconSettings withBootstrapStarts(BootstrapStarts value) {
        return with(d -> d.bootstrapStarts = value);
    }

    /** A copy of every field, changed by one wither and turned back into settings. */
    private static final class Draft {
        String method;
        List<String> immobile;
        Slope slope;
        Mean mean;
        Weighting weighting;
        double clusterWidth;
        Double fv;
        Delta delta;
        double q;
        double tau;
        boolean refit;
        double rMin;
        double rMax;
        Map<String, Double> componentWeights;
        double[] qPath;
        double[] epsSchedule;
        Iron iron;
        boolean volatileFree;
        List<String> volatiles;
        Missing missing;
        BelowDetection belowDetection;
        int bootstrap;
        long seed;
        BootstrapStarts bootstrapStarts;

        Draft(IsoconSettings s) {
            method = s.method;
            immobile = s.immobile;
            slope = s.slope;
            mean = s.mean;
            weighting = s.weighting;
            clusterWidth = s.clusterWidth;
            fv = s.fv;
            delta = s.delta;
            q = s.q;
            tau = s.tau;
            refit = s.refit;
            rMin = s.rMin;
            rMax = s.rMax;
            componentWeights = s.componentWeights;
            qPath = s.qPath;
            epsSchedule = s.epsSchedule;
            iron = s.iron;
            volatileFree = s.volatileFree;
            volatiles = s.volatiles;
            missing = s.missing;
            belowDetection = s.belowDetection;
            bootstrap = s.bootstrap;
            seed = s.seed;
            bootstrapStarts = s.bootstrapStarts;
        }

        IsoconSettings settings() {
            return new IsoconSettings(method, immobile, slope, mean, weighting, clusterWidth, fv, delta, q, tau, refit, rMin,
                    rMax, componentWeights, qPath, epsSchedule, iron, volatileFree, volatiles, missing, belowDetection,
                    bootstrap, seed, bootstrapStarts);
        }
    }

    /** These settings with the fields that {@code change} sets on a copy. */
    private IsoconSettings with(java.util.function.Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.settings();
    }

    /** Checks ranges and presence of every field; {@code source} names the method file or option in the message. */
    public void validate(String source) throws InputException {
        require(source, "method", method != null && !method.isBlank(), "a solver id");
        require(source, "immobile", immobile != null, "a list of component names");
        require(source, "slope", slope != null, "one of " + List.of(Slope.values()));
        require(source, "mean", mean != null, "one of " + List.of(Mean.values()));
        require(source, "weighting", weighting != null, "one of " + List.of(Weighting.values()));
        require(source, "clusterWidth", clusterWidth > 1.0 && Double.isFinite(clusterWidth), "a factor > 1");
        require(source, "fv", fv == null || (fv > 0 && Double.isFinite(fv)), "a positive volume factor or empty");
        require(source, "delta", delta != null, "one of " + List.of(Delta.values()));
        require(source, "q", q > 0 && q <= 1, "a value in (0, 1]");
        require(source, "tau", tau > 0 && tau < 1, "a value in (0, 1)");
        require(source, "rMin", rMin > 0 && rMin < 1, "0 < rMin < 1");
        require(source, "rMax", rMax > 1 && Double.isFinite(rMax), "rMax > 1");
        require(source, "componentWeights", componentWeights != null
                && componentWeights.values().stream().allMatch(w -> w != null && w >= 0 && Double.isFinite(w)), "weights >= 0");
        require(source, "qPath", qPath != null && qPath.length > 0 && java.util.Arrays.stream(qPath).allMatch(v -> v > 0 && v <= 1),
                "q values in (0, 1]");
        require(source, "epsSchedule", epsSchedule != null && epsSchedule.length > 0
                && java.util.Arrays.stream(epsSchedule).allMatch(v -> v > 0 && Double.isFinite(v)), "positive smoothing values");
        require(source, "iron", iron != null, "one of " + List.of(Iron.values()));
        require(source, "volatiles", volatiles != null, "a list of component names");
        require(source, "missing", missing != null, "one of " + List.of(Missing.values()));
        require(source, "belowDetection", belowDetection != null, "one of " + List.of(BelowDetection.values()));
        require(source, "bootstrap", bootstrap >= 0, "a count >= 0");
        require(source, "bootstrapStarts", bootstrapStarts != null, "one of " + List.of(BootstrapStarts.values()));
    }

    private static void require(String source, String field, boolean ok, String expected) throws InputException {
        if (!ok) {
            throw new InputException(source, "field '" + field + "'", "expected " + expected);
        }
    }
}
