package org.petrobench.pt;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compositions along a profile, column-oriented: variable name {@code <Phase>.<component>} (PT.md
 * §1, e.g. {@code Grt.Xalm}, {@code Bt.XMg}, {@code Zrn.Ti_ppm}) → one value per row, NaN where the
 * phase was not measured (a blank field). Immutable; names are case-sensitive; column order is
 * kept as given.
 */
public final class CompositionTable {

    private final int rows;
    private final Map<String, double[]> columns;

    /**
     * @param rows    number of rows (profile points)
     * @param columns variable → values (length {@code rows}); copied
     * @throws IllegalArgumentException when a column has the wrong length
     */
    public CompositionTable(int rows, Map<String, double[]> columns) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows < 0: " + rows);
        }
        this.rows = rows;
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            double[] v = Objects.requireNonNull(e.getValue(), e.getKey());
            if (v.length != rows) {
                throw new IllegalArgumentException("column " + e.getKey() + " has " + v.length + " values, expected " + rows);
            }
            copy.put(Objects.requireNonNull(e.getKey()), v.clone());
        }
        this.columns = Collections.unmodifiableMap(copy);
    }

    /** A one-row table from variable → value. */
    public static CompositionTable ofRow(Map<String, Double> values) {
        Map<String, double[]> c = new LinkedHashMap<>();
        values.forEach((k, v) -> c.put(k, new double[] { v == null ? Double.NaN : v }));
        return new CompositionTable(1, c);
    }

    public int rows() {
        return rows;
    }

    /** Variable names in column order. */
    public Set<String> variables() {
        return columns.keySet();
    }

    public boolean has(String variable) {
        return columns.containsKey(variable);
    }

    /** The value, or NaN when blank at that row or when the variable is absent. */
    public double get(String variable, int row) {
        double[] v = columns.get(variable);
        return v == null ? Double.NaN : v[row];
    }

    /** True when the variable is present and non-blank at that row. */
    public boolean defined(String variable, int row) {
        double[] v = columns.get(variable);
        return v != null && !Double.isNaN(v[row]);
    }

    /** A copy of one column (NaN for blanks), or {@code null} when absent. */
    public double[] column(String variable) {
        double[] v = columns.get(variable);
        return v == null ? null : v.clone();
    }

    /**
     * The named variables at every row as one row-major array, value[row·m + j] for variable j of
     * m (NaN where blank or absent): the columns a model reads, resolved once instead of by name at
     * every point.
     */
    public double[] rowMajor(List<String> variables) {
        int m = variables.size();
        double[] values = new double[rows * m];
        for (int j = 0; j < m; j++) {
            double[] v = columns.get(variables.get(j));
            for (int k = 0; k < rows; k++) {
                values[k * m + j] = v == null ? Double.NaN : v[k];
            }
        }
        return values;
    }

    /** True when the variable is defined at some row. */
    public boolean definedAnywhere(String variable) {
        double[] v = columns.get(variable);
        if (v != null) {
            for (double d : v) {
                if (!Double.isNaN(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy with one cell replaced (adds the variable, blank elsewhere, when absent). */
    public CompositionTable with(String variable, int row, double value) {
        Map<String, double[]> c = new LinkedHashMap<>(columns);
        double[] v = columns.containsKey(variable) ? columns.get(variable).clone() : blank(rows);
        v[row] = value;
        c.put(variable, v);
        return new CompositionTable(rows, c);
    }

    /** A copy with further (or replaced) columns. */
    public CompositionTable withColumns(Map<String, double[]> more) {
        Map<String, double[]> c = new LinkedHashMap<>(columns);
        c.putAll(more);
        return new CompositionTable(rows, c);
    }

    /** One row as a one-row table (all variables). */
    public CompositionTable row(int row) {
        Map<String, double[]> c = new LinkedHashMap<>();
        columns.forEach((k, v) -> c.put(k, new double[] { v[row] }));
        return new CompositionTable(1, c);
    }

    private static double[] blank(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    @Override
    public String toString() {
        return "CompositionTable[" + rows + " rows, " + columns.keySet() + "]";
    }
}
