package org.petrobench.epma;

import java.util.List;
import java.util.Locale;

import org.petrobench.core.Setting;

/**
 * Settings of a quantification run (EPMA.md §12); serialised to JSON as the re-runnable method
 * ({@code run.json} "settings"). Every component has a default in {@link #defaults()}; lists are
 * never null (the canonical constructor replaces null by an empty list so a partial JSON file
 * reads back).
 *
 * @param clustering              §7: {@code em} (default) or {@code reference-lda}
 * @param unmixing                §7.4: per-pixel Poisson unmixing of mixed pixels into area fractions
 * @param validation              §5: flag spots on multi-phase pixels
 * @param ciLevel                 §5: level of the exact Poisson confidence intervals
 * @param piLevel                 §5: level of the negative-binomial prediction intervals
 * @param minSpots                §6, §8: fewest spots for a per-phase fit
 * @param clusterSignals          §7: clustering features; empty = the quantified elements
 * @param emRelTol                §7.1: relative log-likelihood change that stops EM
 * @param emMaxIter               §7.1: most M-steps
 * @param emRateFloor             §7.1: λ_min in counts
 * @param betaMembershipThreshold §8.2: smallest own-phase membership of a β spot
 * @param groupSubphases          §7.5: sum {@code Base_suffix} memberships into the base phase
 * @param subphaseSeparator       §3.9: separator of the sub-phase suffix
 * @param phases                  §3.9: spot → phase assignment ({@code --phases}); empty = the spot comments
 * @param extraPhases             §6.5: phases without spots, seeded at a pixel or box
 * @param knownCompositions       §8.4: fixed known oxide contents of phases
 * @param fixedParameters         §8.5: path of an earlier {@code parameters.csv}, empty = none
 * @param centres                 §6: initial centres of an earlier run (reuse, scaled by exposure)
 * @param deadTimeNs              §3.8: dead time the maps were corrected with (recorded, applied by the reader)
 * @param threads                 §14: worker threads, 0 = all cores (results do not depend on it)
 * @param tilesRows               §8.3 {@code tiles.rows}: guide-net tiles along the lines (β′ per tile); 1 = no tiling
 * @param tilesCols               §8.3 {@code tiles.cols}: guide-net tiles along the columns; 1 = no tiling
 */
public record QuantifierSettings(
        @Setting(description = "clustering method: em (Poisson mixture, default) or reference-lda (Yasumoto et al. 2018)") String clustering,
        @Setting(description = "unmix mixed pixels into area fractions (Poisson EM on the simplex)") boolean unmixing,
        @Setting(description = "flag spots on multi-phase pixels (Poisson CI vs negative-binomial prediction)") boolean validation,
        @Setting(description = "level of the Poisson confidence intervals of spot and map intensities", min = 0.5, max = 0.9999) double ciLevel,
        @Setting(description = "level of the negative-binomial prediction intervals", min = 0.5, max = 0.9999) double piLevel,
        @Setting(description = "fewest clean spots for a per-phase centre or fit; fewer use the fallback or pooled fit", min = 1, max = 1000) int minSpots,
        @Setting(description = "signals used for clustering; empty = the quantified elements") List<String> clusterSignals,
        @Setting(description = "EM stops when the relative change of the log-likelihood is below this", min = 0, max = 1) double emRelTol,
        @Setting(description = "most EM iterations", min = 1, max = 100000) int emMaxIter,
        @Setting(description = "smallest Poisson rate of a phase", unit = "counts", min = 0, max = 1e6) double emRateFloor,
        @Setting(description = "smallest own-phase membership of a spot used for beta", min = 0, max = 1) double betaMembershipThreshold,
        @Setting(description = "sum sub-phase memberships (Base_suffix) into the base phase") boolean groupSubphases,
        @Setting(description = "separator of a sub-phase suffix in phase names") String subphaseSeparator,
        @Setting(description = "spot to phase assignment (id, phase, use); empty = the spot comments") List<PhaseChoice> phases,
        @Setting(description = "phases without spots, seeded at a pixel [col,line] or box [c0,l0,c1,l1] (1-based)") List<ExtraPhase> extraPhases,
        @Setting(description = "known oxide wt% of a phase; fixes its alpha") List<KnownComposition> knownCompositions,
        @Setting(description = "parameters.csv of an earlier run whose rows override the fit; empty = none") String fixedParameters,
        @Setting(description = "initial centres of an earlier run (counts at its exposure); reused when given") List<Centre> centres,
        @Setting(description = "dead time the map counts were corrected with", unit = "ns", min = 0, max = 1e6) double deadTimeNs,
        @Setting(description = "worker threads; 0 = all cores; results do not depend on it", min = 0, max = 1024) int threads,
        @Setting(description = "guide-net tiles along the map lines, each with its own beta (1 = no tiling)", min = 1, max = 10000) int tilesRows,
        @Setting(description = "guide-net tiles along the map columns, each with its own beta (1 = no tiling)", min = 1, max = 10000) int tilesCols) {

    /** The clustering variant of the reference implementation (§7.2). */
    public static final String REFERENCE_LDA = "reference-lda";
    /** The default clustering (§7.1). */
    public static final String EM = "em";

    /** A row of the phase list (§3.9). */
    public record PhaseChoice(String id, String phase, boolean use) {
    }

    /** A phase without spots (§6.5): {@code pixel} = [col, line] or {@code box} = [c0, l0, c1, l1], 1-based. */
    public record ExtraPhase(String phase, int[] pixel, int[] box) {
    }

    /** A known oxide content of a phase (§8.4). */
    public record KnownComposition(String phase, String oxide, double wt) {
    }

    /**
     * A resolved initial centre (§6): counts per signal at exposure {@code exposureSecUA}; a later
     * run scales them by E_m(new)/E_m(old).
     */
    public record Centre(String phase, List<String> signals, double[] counts, double exposureSecUA) {
    }

    public QuantifierSettings {
        clustering = clustering == null || clustering.isBlank() ? EM : clustering.trim().toLowerCase(Locale.ROOT);
        clusterSignals = clusterSignals == null ? List.of() : List.copyOf(clusterSignals);
        subphaseSeparator = subphaseSeparator == null || subphaseSeparator.isEmpty() ? "_" : subphaseSeparator;
        phases = phases == null ? List.of() : List.copyOf(phases);
        extraPhases = extraPhases == null ? List.of() : List.copyOf(extraPhases);
        knownCompositions = knownCompositions == null ? List.of() : List.copyOf(knownCompositions);
        fixedParameters = fixedParameters == null ? "" : fixedParameters;
        centres = centres == null ? List.of() : List.copyOf(centres);
        // a method file written before tiling existed has no tiles: Jackson then passes 0 = one tile
        tilesRows = Math.max(1, tilesRows);
        tilesCols = Math.max(1, tilesCols);
    }

    /** The settings of before §8.3 tiling (kept for callers of the old canonical constructor): one tile. */
    public QuantifierSettings(String clustering, boolean unmixing, boolean validation, double ciLevel, double piLevel,
            int minSpots, List<String> clusterSignals, double emRelTol, int emMaxIter, double emRateFloor,
            double betaMembershipThreshold, boolean groupSubphases, String subphaseSeparator, List<PhaseChoice> phases,
            List<ExtraPhase> extraPhases, List<KnownComposition> knownCompositions, String fixedParameters,
            List<Centre> centres, double deadTimeNs, int threads) {
        this(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol, emMaxIter, emRateFloor,
                betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases, knownCompositions,
                fixedParameters, centres, deadTimeNs, threads, 1, 1);
    }

    /** The defaults of EPMA.md §12. */
    public static QuantifierSettings defaults() {
        return new QuantifierSettings(EM, false, true, 0.95, 0.99, 3, List.of(), 1e-6, 200, 0.01, 0.5, true, "_",
                List.of(), List.of(), List.of(), "", List.of(), 0, 0, 1, 1);
    }

    public QuantifierSettings withClustering(String method) {
        return new QuantifierSettings(method, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                knownCompositions, fixedParameters, centres, deadTimeNs, threads, tilesRows, tilesCols);
    }

    public QuantifierSettings withUnmixing(boolean on) {
        return new QuantifierSettings(clustering, on, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                knownCompositions, fixedParameters, centres, deadTimeNs, threads, tilesRows, tilesCols);
    }

    public QuantifierSettings withThreads(int n) {
        return new QuantifierSettings(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                knownCompositions, fixedParameters, centres, deadTimeNs, n, tilesRows, tilesCols);
    }

    public QuantifierSettings withPhases(List<PhaseChoice> list) {
        return new QuantifierSettings(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, list, extraPhases,
                knownCompositions, fixedParameters, centres, deadTimeNs, threads, tilesRows, tilesCols);
    }

    public QuantifierSettings withKnownCompositions(List<KnownComposition> list) {
        return new QuantifierSettings(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                list, fixedParameters, centres, deadTimeNs, threads, tilesRows, tilesCols);
    }

    public QuantifierSettings withFixedParameters(String path, List<Centre> reusedCentres) {
        return new QuantifierSettings(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                knownCompositions, path, reusedCentres, deadTimeNs, threads, tilesRows, tilesCols);
    }

    /** §8.3: a guide-net of rows × cols tiles, β′ fitted per tile. */
    public QuantifierSettings withTiles(int rows, int cols) {
        return new QuantifierSettings(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                knownCompositions, fixedParameters, centres, deadTimeNs, threads, rows, cols);
    }

    public QuantifierSettings withDeadTimeNs(double ns) {
        return new QuantifierSettings(clustering, unmixing, validation, ciLevel, piLevel, minSpots, clusterSignals, emRelTol,
                emMaxIter, emRateFloor, betaMembershipThreshold, groupSubphases, subphaseSeparator, phases, extraPhases,
                knownCompositions, fixedParameters, centres, ns, threads, tilesRows, tilesCols);
    }
}
