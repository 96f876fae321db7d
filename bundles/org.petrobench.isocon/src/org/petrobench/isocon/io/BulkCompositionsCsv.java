package org.petrobench.isocon.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.BulkCompositions.Cell;
import org.petrobench.isocon.ConcentrationUnit;

/**
 * Reads the isocon input CSV (CLI.md "Isocon / mass transfer", ISOCON.md §2), which is also the
 * output of {@code ./petrobench bulk}: column {@code sample} first, then {@code <name>_<unit>}
 * columns (unit wt%, ppm, mg/kg, g/t, ppb), optional {@code density_g_cm3},
 * {@code density_g_cm3_sd} and {@code <name>_sd} or {@code <name>_<unit>_sd} (1σ in the column's
 * unit). Cells: a number ≥ 0, empty (missing), or below detection ({@code <x}, {@code bdl},
 * {@code n.d.}). Every rejection names the file, line and column.
 */
public final class BulkCompositionsCsv {

    private static final String DENSITY = "density_g_cm3";

    private BulkCompositionsCsv() {
    }

    public static BulkCompositions read(Path file) throws InputException {
        return read(CsvTable.read(file));
    }

    public static BulkCompositions read(CsvTable t) throws InputException {
        String src = t.source();
        List<String> header = t.header();
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
            throw new InputException(src, "line 1", "expected comma-separated columns (CLI.md CSV conventions), found '"
                    + (header.get(0).contains(";") ? ";" : "tab") + "' as the separator");
        }
        if (header.isEmpty() || !header.get(0).equalsIgnoreCase("sample")) {
            throw new InputException(src, "line 1, column 1", "expected the column 'sample' first, found '"
                    + (header.isEmpty() ? "" : header.get(0)) + "'");
        }
        Map<String, Integer> valueColumn = new LinkedHashMap<>();
        Map<String, ConcentrationUnit> unitOf = new HashMap<>();
        List<int[]> sdColumns = new ArrayList<>();
        List<String> sdNames = new ArrayList<>();
        int density = -1;
        int densitySd = -1;
        for (int c = 1; c < header.size(); c++) {
            String h = header.get(c);
            if (h.equals(DENSITY)) {
                density = c;
            } else if (h.equals(DENSITY + "_sd")) {
                densitySd = c;
            } else if (h.endsWith("_sd")) {
                sdColumns.add(new int[] { c });
                sdNames.add(h.substring(0, h.length() - 3));
            } else {
                int us = h.lastIndexOf('_');
                if (us <= 0) {
                    throw new InputException(src, "line 1, column '" + h + "'",
                            "expected '<component>_<unit>' (e.g. SiO2_wt%, Zr_ppm), 'density_g_cm3' or '<component>_sd'");
                }
                String name = h.substring(0, us);
                Optional<ConcentrationUnit> unit = ConcentrationUnit.parse(h.substring(us + 1));
                if (unit.isEmpty()) {
                    throw new InputException(src, "line 1, column '" + h + "'", "expected a unit wt%, ppm, mg/kg, g/t or ppb, found '"
                            + h.substring(us + 1) + "'");
                }
                if (valueColumn.containsKey(name)) {
                    throw new InputException(src, "line 1, column '" + h + "'", "component " + name
                            + " already has the column '" + header.get(valueColumn.get(name))
                            + "'; one column per component (units must not be mixed)");
                }
                valueColumn.put(name, c);
                unitOf.put(name, unit.get());
            }
        }
        if (valueColumn.isEmpty()) {
            throw new InputException(src, "line 1", "expected at least one '<component>_<unit>' column, found " + header);
        }
        List<String> names = new ArrayList<>(valueColumn.keySet());
        int n = names.size();
        int[] sdColumn = new int[n];
        Arrays.fill(sdColumn, -1);
        for (int k = 0; k < sdNames.size(); k++) {
            String base = sdNames.get(k);
            int c = sdColumns.get(k)[0];
            String name = base;
            if (!valueColumn.containsKey(base)) {
                int us = base.lastIndexOf('_');
                Optional<ConcentrationUnit> unit = us > 0 ? ConcentrationUnit.parse(base.substring(us + 1)) : Optional.empty();
                name = us > 0 ? base.substring(0, us) : base;
                if (unit.isEmpty() || !valueColumn.containsKey(name)) {
                    throw new InputException(src, "line 1, column '" + header.get(c) + "'",
                            "expected the sd of a component column, found no column for '" + base + "'");
                }
                if (unit.get() != unitOf.get(name)) {
                    throw new InputException(src, "line 1, column '" + header.get(c) + "'", "expected the unit "
                            + unitOf.get(name).label() + " of column '" + header.get(valueColumn.get(name)) + "', found "
                            + unit.get().label());
                }
            }
            int i = names.indexOf(name);
            if (sdColumn[i] >= 0) {
                throw new InputException(src, "line 1, column '" + header.get(c) + "'", "component " + name
                        + " already has the sd column '" + header.get(sdColumn[i]) + "'");
            }
            sdColumn[i] = c;
        }
        int rows = t.rowCount();
        if (rows == 0) {
            throw new InputException(src, "line 2", "expected sample rows, found none");
        }
        String[] samples = new String[rows];
        int[] lines = new int[rows];
        double[] values = new double[rows * n];
        Cell[] cells = new Cell[rows * n];
        double[] sd = new double[rows * n];
        double[] rho = new double[rows];
        double[] rhoSd = new double[rows];
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            samples[r] = t.text(r, 0);
            lines[r] = t.line(r);
            if (samples[r].isEmpty()) {
                throw new InputException(src, t.location(r, 0), "expected a sample id, found an empty field");
            }
            Integer before = seen.put(samples[r], lines[r]);
            if (before != null) {
                throw new InputException(src, t.location(r, 0), "sample id '" + samples[r] + "' already used on line " + before);
            }
            for (int i = 0; i < n; i++) {
                int c = valueColumn.get(names.get(i));
                int k = r * n + i;
                String text = t.text(r, c);
                String lower = text.toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    cells[k] = Cell.MISSING;
                    values[k] = Double.NaN;
                } else if (lower.equals("bdl") || lower.equals("n.d.") || lower.equals("nd") || lower.equals("b.d.l.")) {
                    cells[k] = Cell.BELOW_DETECTION;
                    values[k] = Double.NaN;
                } else if (text.startsWith("<")) {
                    cells[k] = Cell.BELOW_DETECTION;
                    values[k] = nonNegative(t, r, c, text.substring(1).trim(), "a detection limit after '<'");
                } else {
                    cells[k] = Cell.VALUE;
                    values[k] = nonNegative(t, r, c, text, "a concentration");
                }
                sd[k] = sdColumn[i] < 0 ? Double.NaN : optional(t, r, sdColumn[i]);
            }
            rho[r] = density < 0 ? Double.NaN : optional(t, r, density);
            if (density >= 0 && !Double.isNaN(rho[r]) && rho[r] <= 0) {
                throw new InputException(src, t.location(r, density), "expected a positive density, found " + t.text(r, density));
            }
            rhoSd[r] = densitySd < 0 ? Double.NaN : optional(t, r, densitySd);
        }
        String[] columns = new String[n];
        ConcentrationUnit[] units = new ConcentrationUnit[n];
        for (int i = 0; i < n; i++) {
            columns[i] = header.get(valueColumn.get(names.get(i)));
            units[i] = unitOf.get(names.get(i));
        }
        return new BulkCompositions(src, samples, lines, names.toArray(new String[0]), columns, units, values, cells, sd, rho,
                rhoSd);
    }

    private static double nonNegative(CsvTable t, int r, int c, String text, String what) throws InputException {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(t.source(), t.location(r, c), "expected " + what + " (a number, empty, '<x', 'bdl' or 'n.d.'), found '"
                    + t.text(r, c) + "'");
        }
        if (!Double.isFinite(v) || text.toLowerCase(Locale.ROOT).matches(".*[df]$")) {
            throw new InputException(t.source(), t.location(r, c), "expected a finite number, found '" + t.text(r, c) + "'");
        }
        if (v < 0) {
            throw new InputException(t.source(), t.location(r, c), "expected " + what + " >= 0, found " + t.text(r, c));
        }
        return v;
    }

    /** An optional non-negative number (sd, density): NaN when empty. */
    private static double optional(CsvTable t, int r, int c) throws InputException {
        double v = t.numberOrNaN(r, c);
        if (v < 0) {
            throw new InputException(t.source(), t.location(r, c), "expected a value >= 0, found " + t.text(r, c));
        }
        return v;
    }
}
