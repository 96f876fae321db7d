package org.petrobench.epma;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of EPMA.md §8: α_ek (wt% per cps/µA), γ_ek (cps/µA) per quantified element e and
 * phase k, and β′_e (spot/map intensity ratio) per element, with standard errors. β_e = β′_e/E_m
 * converts map counts to cps/µA. A pooled α (or γ) shared by several phases is one parameter θ
 * for the uncertainty (§9): {@link #alphaPooled} / {@link #gammaPooled} say which phases share it.
 * Arrays are indexed [element][phase] and handed over without copying.
 * <p>
 * Guide-net tiles (§8.3): with {@link Tiles}, pixel i uses β′_{e,g(i)} of its tile g(i); the
 * per-element β′ of {@link #betaPrime(int)} (and of parameters.csv) stays the pooled fit over all
 * tiles, which is also what a tile with fewer than {@code minSpots} spots uses. Tile row r holds the
 * 0-based lines l with ⌊l·R/L⌋ = r (likewise columns), so the tiles split the map as evenly as
 * integers allow.
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

    /**
     * β′ per element and guide-net tile (§8.3), tile index t = row·cols + col; arrays [element][tile].
     *
     * @param rows     tiles along the lines (R)
     * @param cols     tiles along the columns (C)
     * @param lines    map lines (L)
     * @param columns  map columns
     * @param source   FITTED (own spots), POOLED (fewer than minSpots spots: the element's pooled β′) or FIXED
     */
    public record Tiles(int rows, int cols, int lines, int columns, double[][] betaPrime, double[][] betaPrimeSe,
            int[][] nSpots, Source[][] source) {

        public Tiles {
            if (rows < 1 || cols < 1 || rows > lines || cols > columns) {
                throw new IllegalArgumentException(rows + " x " + cols + " tiles on a " + lines + " x " + columns + " map");
            }
        }

        /** g(i): the tile of a 0-based row-major pixel index. */
        public int tileOf(int pixel) {
            int l = pixel / columns;
            int c = pixel % columns;
            return (int) ((long) l * rows / lines) * cols + (int) ((long) c * cols / columns);
        }

        /** First 0-based line of tile row r (the smallest l with ⌊l·R/L⌋ = r). */
        public int firstLine(int r) {
            return (int) (((long) r * lines + rows - 1) / rows);
        }

        /** First 0-based column of tile column c. */
        public int firstColumn(int c) {
            return (int) (((long) c * columns + cols - 1) / cols);
        }

        public int count() {
            return rows * cols;
        }
    }

    /**
     * One tile's β′ for run.json (§8.3, §10): 1-based tile row/col and the inclusive 1-based line and
     * column range it covers; source fitted | pooled | fixed.
     */
    public record TileBeta(String element, String oxide, int row, int col, int firstLine, int lastLine, int firstColumn,
            int lastColumn, double beta, double betaSe, int nSpots, String source) {
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
    private final Tiles tiles;

    /** One tile: every pixel uses the element's β′. */
    public CalibrationParameters(List<QuantifiedElement> elements, List<String> phases, double exposureSecUA,
            double[][] alpha, double[][] alphaSe, boolean[][] alphaPooled, double[][] gamma, double[][] gammaSe,
            boolean[][] gammaPooled, double[] betaPrime, double[] betaPrimeSe, int[][] nSpots, Source[][] source) {
        this(elements, phases, exposureSecUA, alpha, alphaSe, alphaPooled, gamma, gammaSe, gammaPooled, betaPrime,
                betaPrimeSe, nSpots, source, null);
    }

    /** @param tiles per-tile β′ (§8.3), or null for one tile */
    public CalibrationParameters(List<QuantifiedElement> elements, List<String> phases, double exposureSecUA,
            double[][] alpha, double[][] alphaSe, boolean[][] alphaPooled, double[][] gamma, double[][] gammaSe,
            boolean[][] gammaPooled, double[] betaPrime, double[] betaPrimeSe, int[][] nSpots, Source[][] source,
            Tiles tiles) {
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
        this.tiles = tiles;
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

    /** The guide-net tiles (§8.3), or null when the map is one tile. */
    public Tiles tiles() {
        return tiles;
    }

    /** Number of tiles (1 without tiling). */
    public int tileCount() {
        return tiles == null ? 1 : tiles.count();
    }

    /** g(i), the tile of pixel i (0 without tiling). */
    public int tileOf(int pixel) {
        return tiles == null ? 0 : tiles.tileOf(pixel);
    }

    /** β′_{e,t} of tile t (the pooled β′_e without tiling or where the tile has too few spots). */
    public double betaPrime(int e, int tile) {
        return tiles == null ? betaPrime[e] : tiles.betaPrime()[e][tile];
    }

    public double betaPrimeSe(int e, int tile) {
        return tiles == null ? betaPrimeSe[e] : tiles.betaPrimeSe()[e][tile];
    }

    /** β_{e,t} = β′_{e,t}/E_m. */
    public double beta(int e, int tile) {
        return betaPrime(e, tile) / exposureSecUA;
    }

    public double betaSe(int e, int tile) {
        return betaPrimeSe(e, tile) / exposureSecUA;
    }

    /**
     * The β parameter θ that tile t uses, for §9 sums over distinct parameters: t for a tile with its
     * own fit, {@link #tileCount()} for the pooled (or fixed) β′_e shared by the other tiles.
     */
    public int betaParameter(int e, int tile) {
        return tiles == null || tiles.source()[e][tile] != Source.FITTED ? tileCount() : tile;
    }

    /** se(β_θ) of a parameter from {@link #betaParameter}. */
    public double betaParameterSe(int e, int theta) {
        return theta >= tileCount() ? betaSe(e) : betaSe(e, theta);
    }

    /** Per-tile β′ of every element, by element then tile row and column, for run.json (§8.3); empty without {@link Tiles}. */
    public List<TileBeta> tileBetas() {
        List<TileBeta> out = new ArrayList<>();
        for (int e = 0; e < elements.size() && tiles != null; e++) {
            QuantifiedElement q = elements.get(e);
            for (int r = 0; r < tiles.rows(); r++) {
                for (int c = 0; c < tiles.cols(); c++) {
                    int t = r * tiles.cols() + c;
                    int lastLine = r + 1 < tiles.rows() ? tiles.firstLine(r + 1) : tiles.lines();
                    int lastColumn = c + 1 < tiles.cols() ? tiles.firstColumn(c + 1) : tiles.columns();
                    out.add(new TileBeta(q.element(), q.oxide(), r + 1, c + 1, tiles.firstLine(r) + 1, lastLine,
                            tiles.firstColumn(c) + 1, lastColumn, tiles.betaPrime()[e][t], tiles.betaPrimeSe()[e][t],
                            tiles.nSpots()[e][t], tiles.source()[e][t].label()));
                }
            }
        }
        return out;
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
