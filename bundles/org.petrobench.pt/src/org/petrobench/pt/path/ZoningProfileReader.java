package org.petrobench.pt.path;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.PhaseRecast;

/**
 * Reads the profile CSV of CLI.md ("P-T(-t) path"): {@code distance_um}, then
 * {@code <Phase>.<component>} columns (PT.md §1), blank = not measured; optional analytical 1σ
 * columns {@code <variable>_sd} (PT.md §5.2, proposed CLI extension). Oxide wt% columns
 * ({@code Grt.SiO2}, …) are recast to the §1 variables by {@link PhaseRecast} (all Fe as Fe²⁺, the
 * PT.md §1 default); recast values keep their oxide columns beside them.
 * <p>
 * Validation (exit 2 through {@link InputException}, naming file, line and column):
 * <ul>
 * <li>a column named like a composition ({@code <Phase>.<component>}) that is neither a variable
 * of PT.md §1 nor read by a known model ("unknown column"). Decision: columns without a dot are
 * extra columns, which CLI.md welcomes; they are ignored with a note. The "unknown column
 * → exit 2" is thus applied to composition-like names only, so a typo such as {@code Grt.Xalmm}
 * fails instead of silently removing a model;</li>
 * <li>a mole fraction (component starting with {@code X}) outside [0, 1], a negative trace
 * concentration ({@code Zrn.Ti_ppm}, …), or a file separated by ';' or tabs;</li>
 * <li>a phase whose site fractions do not sum sensibly: garnet end-members
 * Xalm+Xprp+Xgrs+Xsps ≠ 1 ± {@value #SUM_TOLERANCE} when all four are given, or any group of
 * fractions sharing one site (listed in {@link #SITE_GROUPS}) above 1 + {@value #SUM_TOLERANCE};</li>
 * <li>a distance that does not increase (spacing ≤ 0, PT.md §5.1), fewer than 2 rows.</li>
 * </ul>
 * Decision: the tolerance {@value #SUM_TOLERANCE} is 10× the largest analytical noise we expect on
 * one mole fraction (0.005), so real analyses pass and swapped or percent-scaled columns fail.
 */
public final class ZoningProfileReader {

    /** The first column. */
    public static final String DISTANCE = "distance_um";
    /** Suffix of analytical 1σ columns. */
    public static final String SD_SUFFIX = "_sd";
    /** Tolerance on sums of site fractions. */
    public static final double SUM_TOLERANCE = 0.05;

    /** The variables of PT.md §1. */
    public static final Set<String> STANDARD_VARIABLES = Set.of("Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps",
            "Grt.XMg", "Bt.XMg", "Bt.XFe", "Bt.XAlVI", "Bt.XTi", "Pl.Xan", "Pl.Xab", "Cpx.XMg", "Cpx.XFe", "Ph.XMg",
            "Ph.XFe", "Wm.XMg", "Wm.XFe", "Zrn.Ti_ppm", "Rt.Zr_ppm", "Qz.Ti_ppm");

    /** Fractions on one site per phase: their sum cannot exceed 1. */
    public static final List<List<String>> SITE_GROUPS = List.of(
            List.of("Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps"), List.of("Bt.XMg", "Bt.XFe", "Bt.XAlVI", "Bt.XTi"),
            List.of("Pl.Xan", "Pl.Xab"), List.of("Cpx.XMg", "Cpx.XFe"), List.of("Ph.XMg", "Ph.XFe"),
            List.of("Wm.XMg", "Wm.XFe"));

    private static final List<String> GARNET_END_MEMBERS = SITE_GROUPS.get(0);

    private final Set<String> known;

    /**
     * @param modelVariables variables read by the installed models (required and optional); they are
     *                       known besides {@link #STANDARD_VARIABLES}
     */
    public ZoningProfileReader(Set<String> modelVariables) {
        Set<String> k = new LinkedHashSet<>(STANDARD_VARIABLES);
        k.addAll(modelVariables);
        this.known = Set.copyOf(k);
    }

    /** Reads and validates a profile file. */
    public ZoningProfile read(Path file, Diagnostics diagnostics) throws InputException {
        return read(CsvTable.read(file), diagnostics);
    }

    /** Validates an already parsed table. */
    public ZoningProfile read(CsvTable csv, Diagnostics diagnostics) throws InputException {
        String src = csv.source();
        List<String> head = csv.header();
        if (head.size() == 1 && (head.get(0).contains(";") || head.get(0).contains("\t"))) {
            throw new InputException(src, "line 1", "expected comma-separated columns (CLI.md CSV conventions), found '"
                    + (head.get(0).contains(";") ? ";" : "tab") + "' as the separator");
        }
        int dc = csv.requireColumn(DISTANCE);
        int n = csv.rowCount();
        if (n < 2) {
            throw new InputException(src, null, "expected at least 2 profile rows, found " + n);
        }
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = csv.number(k, dc);
            if (k > 0 && !(d[k] > d[k - 1])) {
                throw new InputException(src, csv.location(k, dc),
                        "expected distances increasing from core to rim, found " + d[k] + " after " + d[k - 1]);
            }
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        boolean oxides = false;
        for (int c = 0; c < csv.header().size(); c++) {
            String name = csv.header().get(c);
            if (c == dc) {
                continue;
            }
            if (name.indexOf('.') < 0) {
                diagnostics.info(src + ": column '" + name + "' is not a composition and is ignored");
                continue;
            }
            String base = name.endsWith(SD_SUFFIX) ? name.substring(0, name.length() - SD_SUFFIX.length()) : name;
            if (PhaseRecast.isOxideColumn(name)) {
                double[] v = new double[n];
                for (int k = 0; k < n; k++) {
                    v[k] = csv.numberOrNaN(k, c);
                    if (v[k] < 0 || v[k] > 100) {
                        throw new InputException(src, csv.location(k, c), "expected an oxide mass fraction in [0, 100] wt%, found " + v[k]);
                    }
                }
                columns.put(name, v);
                oxides = true;
                continue;
            }
            if (!known.contains(base) && !PhaseRecast.isOxideColumn(base)) {
                throw new InputException(src, "line 1, column '" + name + "'", "unknown column: expected distance_um or a "
                        + "variable <Phase>.<component> of PT.md §1 or read by an installed model (e.g. Grt.Xalm, Bt.XMg, Pl.Xan)");
            }
            double[] v = new double[n];
            boolean fraction = base.substring(base.indexOf('.') + 1).startsWith("X");
            for (int k = 0; k < n; k++) {
                v[k] = csv.numberOrNaN(k, c);
                if (name.endsWith(SD_SUFFIX) && v[k] < 0) {
                    throw new InputException(src, csv.location(k, c), "expected an uncertainty ≥ 0, found " + v[k]);
                }
                if (!name.endsWith(SD_SUFFIX) && fraction && (v[k] < 0 || v[k] > 1)) {
                    throw new InputException(src, csv.location(k, c), "expected a mole fraction in [0, 1], found " + v[k]);
                }
                // trace concentrations (Zrn.Ti_ppm, ...): a negative value is an export error, not a measurement
                if (!name.endsWith(SD_SUFFIX) && !fraction && v[k] < 0) {
                    throw new InputException(src, csv.location(k, c), "expected a concentration ≥ 0, found " + v[k]);
                }
            }
            columns.put(name, v);
        }
        for (int k = 0; k < n; k++) {
            checkSums(csv, columns, k);
        }
        CompositionTable table = new CompositionTable(n, columns);
        if (oxides) {
            table = PhaseRecast.recast(table, diagnostics);
        }
        return new ZoningProfile(src, d, table);
    }

    private static void checkSums(CsvTable csv, Map<String, double[]> columns, int k) throws InputException {
        for (List<String> group : SITE_GROUPS) {
            double sum = 0;
            int given = 0;
            for (String v : group) {
                double[] col = columns.get(v);
                if (col != null && !Double.isNaN(col[k])) {
                    sum += col[k];
                    given++;
                }
            }
            boolean complete = group == GARNET_END_MEMBERS && given == group.size();
            if (sum > 1 + SUM_TOLERANCE || (complete && sum < 1 - SUM_TOLERANCE)) {
                String phase = group.get(0).substring(0, group.get(0).indexOf('.'));
                throw new InputException(csv.source(), "line " + csv.line(k),
                        String.format(java.util.Locale.ROOT, "%s fractions %s sum to %.4f, expected %s", phase,
                                String.join("+", group), sum, complete ? "1 ± " + SUM_TOLERANCE : "at most 1 + " + SUM_TOLERANCE));
            }
        }
    }
}
