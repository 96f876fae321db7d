package org.petrobench.isocon;

import java.util.List;

/**
 * Bulk rock analyses as read (ISOCON.md §2): one row per sample (protolith replicates and altered
 * samples alike), one column per component in its own unit. Cells are row-major
 * ({@code row * componentCount() + component}). A cell is a value, missing or below detection;
 * for a below-detection cell {@link #value} holds the detection limit, NaN when none was given.
 * Analytical 1σ ({@link #sd}) and densities are NaN where not given. Rows remember where they came
 * from so input errors can name the line and column. Immutable; arrays are not copied.
 */
public final class BulkCompositions {

    /** State of one cell. */
    public enum Cell {
        VALUE, MISSING, BELOW_DETECTION
    }

    private final String source;
    private final String[] samples;
    private final int[] lines;
    private final String[] components;
    private final String[] columns;
    private final ConcentrationUnit[] units;
    private final double[] values;
    private final Cell[] cells;
    private final double[] sd;
    private final double[] density;
    private final double[] densitySd;

    /**
     * @param source     file name (or producer) for messages
     * @param samples    sample ids, one per row
     * @param lines      1-based file line of every row, or null when not read from a file
     * @param components component names ({@code SiO2}, {@code Zr})
     * @param columns    the column header of every component ({@code SiO2_wt%}) for messages
     * @param units      the unit of every component
     * @param values     row-major values (detection limit for below-detection cells)
     * @param cells      row-major cell states
     * @param sd         row-major analytical 1σ in the column's unit, NaN when not given
     * @param density    bulk density per row in g/cm³, NaN when not given
     * @param densitySd  1σ of the density, NaN when not given
     */
    public BulkCompositions(String source, String[] samples, int[] lines, String[] components, String[] columns,
            ConcentrationUnit[] units, double[] values, Cell[] cells, double[] sd, double[] density, double[] densitySd) {
        int n = components.length;
        int rows = samples.length;
        if (columns.length != n || units.length != n || values.length != rows * n || cells.length != rows * n
                || sd.length != rows * n || density.length != rows || densitySd.length != rows
                || (lines != null && lines.length != rows)) {
            throw new IllegalArgumentException("array sizes do not match " + rows + " rows x " + n + " components");
        }
        this.source = source;
        this.samples = samples;
        this.lines = lines;
        this.components = components;
        this.columns = columns;
        this.units = units;
        this.values = values;
        this.cells = cells;
        this.sd = sd;
        this.density = density;
        this.densitySd = densitySd;
    }

    /** A table of plain values (no sd, no densities, no missing cells), e.g. from EPMA domain averages or tests. */
    public static BulkCompositions ofValues(String source, List<String> samples, List<String> components,
            List<ConcentrationUnit> units, double[] values) {
        int rows = samples.size();
        int n = components.size();
        Cell[] cells = new Cell[rows * n];
        java.util.Arrays.fill(cells, Cell.VALUE);
        double[] sd = new double[rows * n];
        java.util.Arrays.fill(sd, Double.NaN);
        double[] rho = new double[rows];
        java.util.Arrays.fill(rho, Double.NaN);
        String[] cols = new String[n];
        for (int i = 0; i < n; i++) {
            cols[i] = components.get(i) + "_" + units.get(i).label();
        }
        return new BulkCompositions(source, samples.toArray(new String[0]), null, components.toArray(new String[0]), cols,
                units.toArray(new ConcentrationUnit[0]), values, cells, sd, rho, rho.clone());
    }

    /** The same table with densities (g/cm³) and their 1σ (NaN = not given) per row. */
    public BulkCompositions withDensities(double[] densities, double[] densitiesSd) {
        return new BulkCompositions(source, samples, lines, components, columns, units, values, cells, sd, densities,
                densitiesSd);
    }

    /** The same table with analytical 1σ (row-major, NaN = not given). */
    public BulkCompositions withSd(double[] newSd) {
        return new BulkCompositions(source, samples, lines, components, columns, units, values, cells, newSd, density,
                densitySd);
    }

    public String source() {
        return source;
    }

    public int rowCount() {
        return samples.length;
    }

    public int componentCount() {
        return components.length;
    }

    public String sample(int row) {
        return samples[row];
    }

    public String component(int i) {
        return components[i];
    }

    public String column(int i) {
        return columns[i];
    }

    public ConcentrationUnit unit(int i) {
        return units[i];
    }

    public double value(int row, int i) {
        return values[row * components.length + i];
    }

    public Cell cell(int row, int i) {
        return cells[row * components.length + i];
    }

    public double sd(int row, int i) {
        return sd[row * components.length + i];
    }

    public double density(int row) {
        return density[row];
    }

    public double densitySd(int row) {
        return densitySd[row];
    }

    /** "line 7, column 'SiO2_wt%'" when read from a file, else "sample 'X', component 'SiO2'". */
    public String location(int row, int i) {
        if (lines != null) {
            return "line " + lines[row] + ", column '" + columns[i] + "'";
        }
        return "sample '" + samples[row] + "', component '" + components[i] + "'";
    }

    /** "line 7" or "sample 'X'". */
    public String location(int row) {
        return lines != null ? "line " + lines[row] : "sample '" + samples[row] + "'";
    }
}
