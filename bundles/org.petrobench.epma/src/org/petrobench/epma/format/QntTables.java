package org.petrobench.epma.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;

/**
 * The tables of a JEOL spot folder ({@code .qnt/} or {@code {PROJECT}_{n}_QNT/}, EPMA.md §3.4):
 * whitespace tables without header, one line per spot, all listing the same ids in the same order.
 * <pre>
 * elint.qnt  id n El_1..El_n          element symbols (this order is used everywhere)
 * elem.qnt   id n Ox_1..Ox_n          oxide names
 * wt.qnt     id n v_1..v_n [total]    wt% (totals ignored)
 * net, bgm, bgp, pkint (optional)     same layout, cps/µA
 * mes.qnt    column 3: probe current  A
 * stg.qnt    id · · no X Y Z · · comment...   (columns 1, 5-7, 10-end; mm)
 * </pre>
 * A negative Net is set to 0 and counted in the diagnostics. {@code peak.qnt} is not used. The
 * per-element conditions come from elsewhere ({@link SpotConditionsCsv} or a format's
 * {@code .cnd} parser) and are joined by {@link #toSpotSet}.
 */
public final class QntTables {

    private final Path folder;
    private final List<String> ids;
    private final List<String> elements;
    private final List<String> oxides;
    private final double[][] wt;
    private final double[][] net;
    private final double[][] bgm;
    private final double[][] bgp;
    private final double[][] peak;
    private final double[] currentUA;
    private final double[][] stage;
    private final String[] comments;
    private final Diagnostics diagnostics;

    private QntTables(Path folder, List<String> ids, List<String> elements, List<String> oxides, double[][] wt,
            double[][] net, double[][] bgm, double[][] bgp, double[][] peak, double[] currentUA, double[][] stage,
            String[] comments, Diagnostics diagnostics) {
        this.folder = folder;
        this.ids = ids;
        this.elements = elements;
        this.oxides = oxides;
        this.wt = wt;
        this.net = net;
        this.bgm = bgm;
        this.bgp = bgp;
        this.peak = peak;
        this.currentUA = currentUA;
        this.stage = stage;
        this.comments = comments;
        this.diagnostics = diagnostics;
    }

    /** Names of the files every spot folder must hold. */
    public static final List<String> REQUIRED = List.of("elint.qnt", "elem.qnt", "wt.qnt", "net.qnt", "bgm.qnt",
            "bgp.qnt", "mes.qnt", "stg.qnt");

    /** True when {@code folder} holds {@code elint.qnt} and {@code stg.qnt} (cheap: names only). */
    public static boolean looksLikeQntFolder(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve("elint.qnt"))
                && Files.isRegularFile(folder.resolve("stg.qnt"));
    }

    /** True for a folder name of the JEOL spot layout: {@code .qnt} or {@code *_QNT}. */
    public static boolean isQntFolderName(Path folder) {
        Path name = folder.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.equals(".qnt") || n.toUpperCase(Locale.ROOT).endsWith("_QNT");
    }

    /**
     * Reads and cross-checks all tables.
     *
     * @throws InputException a missing file, a malformed line, or files that disagree on ids,
     *                        element count or element names
     */
    public static QntTables read(Path folder, Diagnostics diagnostics) throws InputException, IOException {
        for (String f : REQUIRED) {
            if (!Files.isRegularFile(folder.resolve(f))) {
                throw new InputException(folder.resolve(f).toString(), null, "expected this spot table, not found");
            }
        }
        List<String[]> elint = table(folder.resolve("elint.qnt"));
        if (elint.isEmpty()) {
            throw new InputException(folder.resolve("elint.qnt").toString(), "line 1",
                    "expected one line per spot, found an empty file");
        }
        Path elintFile = folder.resolve("elint.qnt");
        int n = count(elintFile, elint.get(0), 1);
        List<String> ids = new ArrayList<>();
        if (elint.get(0).length != 2 + n) {
            throw new InputException(elintFile.toString(), "line 1",
                    "expected " + (2 + n) + " columns (id, n and " + n + " elements), found " + elint.get(0).length);
        }
        List<String> elements = List.of(Arrays.copyOfRange(elint.get(0), 2, 2 + n));
        for (int r = 0; r < elint.size(); r++) {
            String[] row = elint.get(r);
            ids.add(row[0]);
            checkHeader(elintFile, row, r, n, null);
            if (row.length != 2 + n) {
                throw new InputException(elintFile.toString(), "line " + (r + 1),
                        "expected " + (2 + n) + " columns (id, n and " + n + " elements), found " + row.length);
            }
            for (int e = 0; e < n; e++) {
                if (!row[2 + e].equalsIgnoreCase(elements.get(e))) {
                    throw new InputException(elintFile.toString(), "line " + (r + 1) + ", column " + (3 + e),
                            "expected element '" + elements.get(e) + "' (as on line 1), found '" + row[2 + e] + "'");
                }
            }
        }
        Path elemFile = folder.resolve("elem.qnt");
        List<String[]> elem = table(elemFile);
        checkIds(elemFile, elem, ids);
        List<String> oxides = List.of(Arrays.copyOfRange(elem.get(0), 2, Math.min(elem.get(0).length, 2 + n)));
        for (int r = 0; r < elem.size(); r++) {
            String[] row = elem.get(r);
            checkHeader(elemFile, row, r, n, elintFile);
            if (row.length != 2 + n) {
                throw new InputException(elemFile.toString(), "line " + (r + 1),
                        "expected " + (2 + n) + " columns (id, n and " + n + " oxides), found " + row.length);
            }
            for (int e = 0; e < n; e++) {
                if (!row[2 + e].equals(oxides.get(e))) {
                    throw new InputException(elemFile.toString(), "line " + (r + 1) + ", column " + (3 + e),
                            "expected oxide '" + oxides.get(e) + "' (as on line 1), found '" + row[2 + e] + "'");
                }
            }
        }
        double[][] wt = values(folder.resolve("wt.qnt"), ids, n, elintFile);
        double[][] net = values(folder.resolve("net.qnt"), ids, n, elintFile);
        double[][] bgm = values(folder.resolve("bgm.qnt"), ids, n, elintFile);
        double[][] bgp = values(folder.resolve("bgp.qnt"), ids, n, elintFile);
        Path pkFile = folder.resolve("pkint.qnt");
        double[][] peak = Files.isRegularFile(pkFile) ? values(pkFile, ids, n, elintFile) : null;
        int negative = 0;
        for (double[] row : net) {
            for (int e = 0; e < n; e++) {
                if (row[e] < 0) {
                    row[e] = 0;
                    negative++;
                }
            }
        }
        if (negative > 0) {
            diagnostics.warn(folder.resolve("net.qnt") + ": " + negative + " negative net intensities set to 0");
        }
        if (peak == null) {
            diagnostics.info(pkFile + " not found: peak intensities are Net + interpolated background");
        }
        Path mesFile = folder.resolve("mes.qnt");
        List<String[]> mes = table(mesFile);
        checkIds(mesFile, mes, ids);
        double[] current = new double[ids.size()];
        for (int r = 0; r < mes.size(); r++) {
            String[] row = mes.get(r);
            if (row.length < 3) {
                throw new InputException(mesFile.toString(), "line " + (r + 1),
                        "expected the probe current [A] in column 3, found " + row.length + " columns");
            }
            double a = number(mesFile, row, r, 2);
            if (!(a > 0)) {
                throw new InputException(mesFile.toString(), "line " + (r + 1) + ", column 3",
                        "expected a positive probe current [A], found " + row[2]);
            }
            current[r] = a * 1e6;
        }
        Path stgFile = folder.resolve("stg.qnt");
        List<String[]> stg = table(stgFile);
        checkIds(stgFile, stg, ids);
        double[][] stage = new double[ids.size()][3];
        String[] comments = new String[ids.size()];
        for (int r = 0; r < stg.size(); r++) {
            String[] row = stg.get(r);
            if (row.length < 7) {
                throw new InputException(stgFile.toString(), "line " + (r + 1),
                        "expected stage X Y Z [mm] in columns 5-7, found " + row.length + " columns");
            }
            for (int a = 0; a < 3; a++) {
                stage[r][a] = number(stgFile, row, r, 4 + a);
            }
            comments[r] = row.length > 9 ? String.join(" ", Arrays.copyOfRange(row, 9, row.length)) : "";
        }
        return new QntTables(folder, List.copyOf(ids), elements, oxides, wt, net, bgm, bgp, peak, current, stage,
                comments, diagnostics);
    }

    /** Element symbols in {@code elint.qnt} order. */
    public List<String> elements() {
        return elements;
    }

    /** Oxide names in the same order ({@code elem.qnt}). */
    public List<String> oxides() {
        return oxides;
    }

    /** Spot ids in file order. */
    public List<String> ids() {
        return ids;
    }

    public Path folder() {
        return folder;
    }

    /** Joins the tables with the per-element conditions (in {@link #elements()} order). */
    public SpotSet toSpotSet(List<ElementConditions> conditions, String formatId) {
        if (conditions.size() != elements.size()) {
            throw new IllegalArgumentException(conditions.size() + " conditions for " + elements.size() + " elements");
        }
        int n = elements.size();
        List<Spot> spots = new ArrayList<>(ids.size());
        for (int s = 0; s < ids.size(); s++) {
            double[] pk = new double[n];
            if (peak == null) {
                Arrays.fill(pk, Double.NaN);
            } else {
                pk = peak[s].clone();
            }
            spots.add(new Spot(ids.get(s), comments[s], stage[s][0], stage[s][1], stage[s][2], currentUA[s],
                    wt[s].clone(), net[s].clone(), bgm[s].clone(), bgp[s].clone(), pk));
        }
        return new SpotSet(conditions, spots, formatId, folder, diagnostics);
    }

    private static void checkHeader(Path file, String[] row, int r, int n, Path reference) throws InputException {
        if (row.length < 2) {
            throw new InputException(file.toString(), "line " + (r + 1), "expected 'id n values...', found "
                    + row.length + " column(s)");
        }
        int m = count(file, row, r + 1);
        if (m != n) {
            throw new InputException(file.toString(), "line " + (r + 1) + ", column 2",
                    "expected " + n + " elements (as in " + (reference == null ? "line 1" : reference.getFileName())
                            + "), found " + m + " (inconsistent .qnt files)");
        }
    }

    private static int count(Path file, String[] row, int line) throws InputException {
        if (row.length < 2) {
            throw new InputException(file.toString(), "line " + line, "expected 'id n values...', found "
                    + row.length + " column(s)");
        }
        try {
            int n = Integer.parseInt(row[1]);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), "line " + line + ", column 2",
                    "expected the number of elements (a positive integer), found '" + row[1] + "'");
        }
    }

    private static double[][] values(Path file, List<String> ids, int n, Path elint) throws InputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), null, "expected this spot table, not found");
        }
        List<String[]> rows = table(file);
        checkIds(file, rows, ids);
        double[][] out = new double[rows.size()][n];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            checkHeader(file, row, r, n, elint);
            if (row.length != 2 + n && row.length != 3 + n) {
                throw new InputException(file.toString(), "line " + (r + 1),
                        "expected " + (2 + n) + " or " + (3 + n) + " columns (id, n, " + n + " values [, total]), found "
                                + row.length);
            }
            for (int e = 0; e < n; e++) {
                out[r][e] = number(file, row, r, 2 + e);
            }
        }
        return out;
    }

    private static void checkIds(Path file, List<String[]> rows, List<String> ids) throws InputException {
        for (int r = 0; r < Math.min(rows.size(), ids.size()); r++) {
            if (!rows.get(r)[0].equals(ids.get(r))) {
                throw new InputException(file.toString(), "line " + (r + 1) + ", column 1",
                        "expected spot id '" + ids.get(r) + "' (as in elint.qnt), found '" + rows.get(r)[0]
                                + "' (inconsistent .qnt files)");
            }
        }
        if (rows.size() != ids.size()) {
            throw new InputException(file.toString(), "line " + (Math.min(rows.size(), ids.size()) + 1),
                    "expected " + ids.size() + " spot lines (as in elint.qnt), found " + rows.size()
                            + " (inconsistent .qnt files)");
        }
    }

    private static double number(Path file, String[] row, int r, int c) throws InputException {
        try {
            double v = Double.parseDouble(row[c]);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file.toString(), "line " + (r + 1) + ", column " + (c + 1),
                "expected a finite number, found '" + row[c] + "'");
    }

    /** Non-blank lines split at runs of blanks; blank lines are skipped only at the end of the file. */
    private static List<String[]> table(Path file) throws InputException, IOException {
        List<String[]> rows = new ArrayList<>();
        int blankAt = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty()) {
                    blankAt = blankAt == 0 ? no : blankAt;
                    continue;
                }
                if (blankAt != 0) {
                    throw new InputException(file.toString(), "line " + blankAt,
                            "expected one line per spot, found an empty line");
                }
                rows.add(t.split("[ \\t]+"));
            }
        }
        return rows;
    }
}
