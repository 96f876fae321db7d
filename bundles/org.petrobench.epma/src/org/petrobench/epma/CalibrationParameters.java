package org.petrobench.epma;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of EPMA.md §8: α_ek (wt% per cps/µA), γ_ek (cps/µA) per quantified element e and
 * phase k, and β′_e (spot/map intensity ratio) per element, with standard errors. β_e = β′_e/E_m
 * converts map counts to cps/µA. A pooled α (or γ) shared by several phases is one parameter θ
 * for the uncertainty (§9): {@link #alphaPooled} / {@link #gammaPooled} say which phases share it.
 * Arrays are indexed [element][phase] and handed over without copying.
 */
public final class CalibrationParameters {

    /** The {@code source} column of parameters.csv. */
    public enum Source {
        FITTED, POOLED, FIXED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row of parameters.csv (beta = β′, dimensionless). */
    public record Row(String oxide, String element, String phase, double alpha, double alphaSe, double beta,
            double betaSe, double gamma, double gammaSe, int nSpots, Source source) {
    }

    private final List<QuantifiedElement> elements;
    private final List<String> phases;
    private final double exposureSecUA;
    private final double[][] alpha;
    private final double[][] alphaSe;
    private final boolean[][] alphaPooled;
    private final double[][] gamma;
    private final double[][] gammaSe;
    private final boolean[][] gammaPooled;
    private final double[] betaPrime;
    private final double[] betaPrimeSe;
    private final int[][] nSpots;
    private final Source[][] source;

    public CalibrationParameters(List<QuantifiedElement> elements, List<String> phases, double exposureSecUA,
            double[][] alpha, double[][] alphaSe, boolean[][] alphaPooled, double[][] gamma, double[][] gammaSe,
            boolean[][] gammaPooled, double[] betaPrime, double[] betaPrimeSe, int[][] nSpots, Source[][] source) {
        this.elements = List.copyOf(elements);
        this.phases = List.copyOf(phases);
        this.exposureSecUA = exposureSecUA;
        this.alpha = alpha;
        this.alphaSe = alphaSe;
        this.alphaPooled = alphaPooled;
        this.gamma = gamma;
        this.gammaSe = gammaSe;
        this.gammaPooled = gammaPooled;
        this.betaPrime = betaPrime;
        this.betaPrimeSe = betaPrimeSe;
        this.nSpots = nSpots;
        this.source = source;
    }

    public List<QuantifiedElement> elements() {
        return elements;
    }

    public List<String> phases() {
        return phases;
    }

    /** E_m of the map these parameters were applied to (s·µA). */
    public double exposureSecUA() {
        return exposureSecUA;
    }

    public double alpha(int e, int k) {
        return alpha[e][k];
    }

    public double alphaSe(int e, int k) {
        return alphaSe[e][k];
    }

    /** True when phase k uses the element's pooled α (one parameter shared across phases). */
    public boolean alphaPooled(int e, int k) {
        return alphaPooled[e][k];
    }

    public double gamma(int e, int k) {
        return gamma[e][k];
    }

    public double gammaSe(int e, int k) {
        return gammaSe[e][k];
    }

    public boolean gammaPooled(int e, int k) {
        return gammaPooled[e][k];
    }

    /** β′_e, dimensionless (stored in parameters.csv, §8.2 Decision). */
    public double betaPrime(int e) {
        return betaPrime[e];
    }

    public double betaPrimeSe(int e) {
        return betaPrimeSe[e];
    }

    /** β_e = β′_e/E_m in (cps/µA)/count. */
    public double beta(int e) {
        return betaPrime[e] / exposureSecUA;
    }

    public double betaSe(int e) {
        return betaPrimeSe[e] / exposureSecUA;
    }

    public int nSpots(int e, int k) {
        return nSpots[e][k];
    }

    public Source source(int e, int k) {
        return source[e][k];
    }

    /** The rows of parameters.csv: by element (oxide order), then phase order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int e = 0; e < elements.size(); e++) {
            QuantifiedElement q = elements.get(e);
            for (int k = 0; k < phases.size(); k++) {
                rows.add(new Row(q.oxide(), q.element(), phases.get(k), alpha[e][k], alphaSe[e][k], betaPrime[e],
                        betaPrimeSe[e], gamma[e][k], gammaSe[e][k], nSpots[e][k], source[e][k]));
            }
        }
        return rows;
    }
}
