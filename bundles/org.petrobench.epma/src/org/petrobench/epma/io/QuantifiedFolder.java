package org.petrobench.epma.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.CalibrationParameters.Source;
import org.petrobench.epma.ClusteringReport;
import org.petrobench.epma.Membership;
import org.petrobench.epma.Phase;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.data.MapGeometry;

/**
 * A {@code quantify} output folder read back (CLI.md "From maps to the other methods"):
 * {@code wt/<oxide>.csv}, {@code se/<oxide>.csv}, {@code membership/<phase>.csv},
 * {@code phase-map.csv} and {@code parameters.csv}; the geometry, exposure, phase order and
 * membership kind come from run.json, which the caller parses ({@link Run}). Every matrix must have
 * the geometry's lines and columns; a missing file, a ragged line or a bad number is an
 * {@link InputException} naming the file and line.
 */
public final class QuantifiedFolder {

    /** What run.json says about the folder. */
    public record Run(MapGeometry geometry, double exposureSecUA, List<String> phaseOrder, Membership.Kind membershipKind) {
    }

    private final Path dir;
    private final Run run;
    private final List<QuantifiedElement> elements;
    private final float[][] wt;
    private final float[][] se;
    private final Membership membership;
    private final List<CalibrationParameters.Row> rows;

    private QuantifiedFolder(Path dir, Run run, List<QuantifiedElement> elements, float[][] wt, float[][] se,
            Membership membership, List<CalibrationParameters.Row> rows) {
        this.dir = dir;
        this.run = run;
        this.elements = elements;
        this.wt = wt;
        this.se = se;
        this.membership = membership;
        this.rows = rows;
    }

    /** Reads and validates the folder; matrices are read in parallel. */
    public static QuantifiedFolder read(Path dir, Run run) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), null, "quantified folder not found (expected the --out folder of ./petrobench quantify)");
        }
        MapGeometry g = run.geometry();
        List<CalibrationParameters.Row> rows = readParameters(dir.resolve("parameters.csv"));
        List<QuantifiedElement> elements = new ArrayList<>();
        for (CalibrationParameters.Row r : rows) {
            QuantifiedElement q = new QuantifiedElement(r.element(), r.oxide());
            if (!elements.contains(q)) {
                elements.add(q);
            }
        }
        List<Path> files = new ArrayList<>();
        for (QuantifiedElement e : elements) {
            files.add(dir.resolve("wt").resolve(QuantifiedMapsWriter.fileName(e.oxide()) + ".csv"));
        }
        for (QuantifiedElement e : elements) {
            files.add(dir.resolve("se").resolve(QuantifiedMapsWriter.fileName(e.oxide()) + ".csv"));
        }
        for (String p : run.phaseOrder()) {
            files.add(dir.resolve("membership").resolve(QuantifiedMapsWriter.fileName(p) + ".csv"));
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new InputException(f.toString(), null, "file not found (expected in a quantify output folder)");
            }
        }
        Path phaseMap = dir.resolve("phase-map.csv");
        checkPhaseMap(phaseMap, g, run.phaseOrder());
        float[][] m = new float[files.size()][];
        AtomicReference<InputException> failure = new AtomicReference<>();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                m[i] = readMatrix(files.get(i), g.lines(), g.columns());
            } catch (InputException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        int ne = elements.size();
        float[][] wt = Arrays.copyOfRange(m, 0, ne);
        float[][] se = Arrays.copyOfRange(m, ne, 2 * ne);
        float[][] p = Arrays.copyOfRange(m, 2 * ne, m.length);
        return new QuantifiedFolder(dir, run, List.copyOf(elements), wt, se,
                new Membership(run.membershipKind(), run.phaseOrder(), p), rows);
    }

    public Path folder() {
        return dir;
    }

    public MapGeometry geometry() {
        return run.geometry();
    }

    public List<QuantifiedElement> elements() {
        return elements;
    }

    public List<String> oxides() {
        return elements.stream().map(QuantifiedElement::oxide).toList();
    }

    public List<String> phases() {
        return run.phaseOrder();
    }

    /** wt% maps in {@link #elements()} order (NaN = no data); shared. */
    public float[][] wt() {
        return wt;
    }

    /** 1σ maps in {@link #elements()} order; shared. */
    public float[][] se() {
        return se;
    }

    public Membership membership() {
        return membership;
    }

    /**
     * The quantification rebuilt from the files, for the derived products of EPMA.md §11 that need
     * the per-pixel model (bulk σ²). The folder holds wt, not counts: X_ie is recovered from §8,
     * X = (wt + Σ_k P_ik α_ek γ_ek)/(β_e Σ_k P_ik α_ek), exact up to the 4 written decimals and the
     * clipping at 0. Decisions: V(X) = X (the dead-time excess variance is not in the folder, so the
     * counting term is a slight underestimate at high count rates); a {@code pooled} row shares both
     * its α and its γ with the other pooled phases (parameters.csv does not say which one was
     * pooled; sharing gives the larger, conservative calibration term); area fractions are treated
     * as posterior memberships (the endmember rates are not in the folder).
     */
    public QuantifiedMaps toQuantifiedMaps() throws InputException {
        int ne = elements.size();
        List<String> phases = run.phaseOrder();
        int nk = phases.size();
        double[][] alpha = new double[ne][nk];
        double[][] alphaSe = new double[ne][nk];
        double[][] gamma = new double[ne][nk];
        double[][] gammaSe = new double[ne][nk];
        boolean[][] pooled = new boolean[ne][nk];
        int[][] nSpots = new int[ne][nk];
        Source[][] source = new Source[ne][nk];
        double[] betaPrime = new double[ne];
        double[] betaPrimeSe = new double[ne];
        boolean[][] seen = new boolean[ne][nk];
        for (CalibrationParameters.Row r : rows) {
            int e = elements.indexOf(new QuantifiedElement(r.element(), r.oxide()));
            int k = phases.indexOf(r.phase());
            if (k < 0) {
                throw new InputException(dir.resolve("parameters.csv").toString(), "phase '" + r.phase() + "'",
                        "expected one of the phases of run.json " + phases);
            }
            alpha[e][k] = r.alpha();
            alphaSe[e][k] = r.alphaSe();
            gamma[e][k] = r.gamma();
            gammaSe[e][k] = r.gammaSe();
            pooled[e][k] = r.source() == Source.POOLED;
            nSpots[e][k] = r.nSpots();
            source[e][k] = r.source();
            betaPrime[e] = r.beta();
            betaPrimeSe[e] = r.betaSe();
            seen[e][k] = true;
        }
        for (int e = 0; e < ne; e++) {
            for (int k = 0; k < nk; k++) {
                if (!seen[e][k]) {
                    throw new InputException(dir.resolve("parameters.csv").toString(), "oxide " + elements.get(e).oxide()
                            + ", phase " + phases.get(k), "expected a row for every oxide and phase");
                }
            }
        }
        double exposure = run.exposureSecUA() > 0 ? run.exposureSecUA() : 1;
        CalibrationParameters cal = new CalibrationParameters(elements, phases, exposure, alpha, alphaSe, pooled, gamma,
                gammaSe, pooled, betaPrime, betaPrimeSe, nSpots, source);
        int n = run.geometry().pixels();
        float[][] counts = new float[ne][n];
        IntStream.range(0, ne).parallel().forEach(e -> {
            double beta = cal.beta(e);
            for (int i = 0; i < n; i++) {
                if (!membership.hasData(i) || Float.isNaN(wt[e][i])) {
                    continue;
                }
                double sa = 0;
                double sag = 0;
                for (int k = 0; k < nk; k++) {
                    double p = membership.value(k, i);
                    sa += p * alpha[e][k];
                    sag += p * alpha[e][k] * gamma[e][k];
                }
                counts[e][i] = sa > 0 ? (float) Math.max(0, (wt[e][i] + sag) / (beta * sa)) : 0;
            }
        });
        double[] dwell = new double[ne];
        Arrays.fill(dwell, 1);
        List<Phase> phaseList = phases.stream().map(p -> new Phase(p, 0, true)).toList();
        Membership posterior = new Membership(Membership.Kind.POSTERIOR, phases,
                IntStream.range(0, nk).mapToObj(membership::map).toArray(float[][]::new));
        ClusteringReport report = new ClusteringReport("from-folder", List.of(), List.of(), 0, true, Double.NaN,
                new double[0][], new double[nk], Double.NaN, new double[ne]);
        return new QuantifiedMaps(run.geometry(), elements, counts, dwell, new double[ne], phaseList, posterior, cal,
                new double[nk][ne], List.of(), report, QuantifierSettings.defaults(), new Diagnostics());
    }

    private static List<CalibrationParameters.Row> readParameters(Path file) throws InputException {
        CsvTable t = CsvTable.read(file);
        int[] c = new int[ParametersCsv.HEADER.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = t.requireColumn(ParametersCsv.HEADER.get(i));
        }
        List<CalibrationParameters.Row> rows = new ArrayList<>();
        Map<String, Source> sources = new HashMap<>();
        for (Source s : Source.values()) {
            sources.put(s.label(), s);
        }
        for (int r = 0; r < t.rowCount(); r++) {
            Source s = sources.get(t.text(r, c[10]).trim());
            if (s == null) {
                throw new InputException(file.toString(), t.location(r, c[10]), "expected fitted, pooled or fixed, found '"
                        + t.text(r, c[10]) + "'");
            }
            rows.add(new CalibrationParameters.Row(t.text(r, c[0]).trim(), t.text(r, c[1]).trim(), t.text(r, c[2]).trim(),
                    t.number(r, c[3]), t.number(r, c[4]), t.number(r, c[5]), t.number(r, c[6]), t.number(r, c[7]),
                    t.number(r, c[8]), (int) t.number(r, c[9]), s));
        }
        if (rows.isEmpty()) {
            throw new InputException(file.toString(), "line 2", "expected at least one parameter row");
        }
        return rows;
    }

    private static void checkPhaseMap(Path file, MapGeometry g, List<String> phases) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), null, "file not found (expected in a quantify output folder)");
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
        if (lines.size() != g.lines()) {
            throw new InputException(file.toString(), "line " + Math.min(lines.size() + 1, g.lines() + 1),
                    "expected " + g.lines() + " lines (run.json geometry), found " + lines.size());
        }
        for (int l = 0; l < lines.size(); l++) {
            String[] f = lines.get(l).split(",", -1);
            if (f.length != g.columns()) {
                throw new InputException(file.toString(), "line " + (l + 1), "expected " + g.columns() + " fields (run.json geometry), found " + f.length);
            }
            for (int c = 0; c < f.length; c++) {
                if (!f[c].isEmpty() && !phases.contains(f[c]) && !phases.contains(unquote(f[c]))) {
                    throw new InputException(file.toString(), "line " + (l + 1) + ", field " + (c + 1),
                            "expected a phase of run.json " + phases + ", found '" + f[c] + "'");
                }
            }
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    /**
     * A headerless numeric matrix of {@code lines} × {@code columns}, comma-separated, empty field =
     * NaN. Byte-level parsing: no String per value (EPMA.md §14).
     */
    static float[] readMatrix(Path file, int lines, int columns) throws InputException {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
        float[] out = new float[lines * columns];
        int pos = 0;
        int line = 0;
        int len = b.length;
        while (pos < len) {
            if (line >= lines) {
                // tolerate trailing blank lines only
                while (pos < len && (b[pos] == '\n' || b[pos] == '\r')) {
                    pos++;
                }
                if (pos < len) {
                    throw new InputException(file.toString(), "line " + (line + 1), "expected " + lines
                            + " lines (run.json geometry), found more");
                }
                break;
            }
            int col = 0;
            while (true) {
                // one field: [-]digits[.digits] or empty
                int start = pos;
                boolean neg = false;
                long mant = 0;
                int scale = 0;
                boolean digits = false;
                boolean dot = false;
                if (pos < len && b[pos] == '-') {
                    neg = true;
                    pos++;
                }
                while (pos < len) {
                    byte c = b[pos];
                    if (c >= '0' && c <= '9') {
                        if (mant < 100_000_000_000_000L) {
                            mant = mant * 10 + (c - '0');
                            if (dot) {
                                scale++;
                            }
                        } else if (!dot) {
                            throw new InputException(file.toString(), "line " + (line + 1) + ", field " + (col + 1), "number too large");
                        }
                        digits = true;
                    } else if (c == '.' && !dot) {
                        dot = true;
                    } else {
                        break;
                    }
                    pos++;
                }
                byte next = pos < len ? b[pos] : (byte) '\n';
                if (next != ',' && next != '\n' && next != '\r') {
                    throw new InputException(file.toString(), "line " + (line + 1) + ", field " + (col + 1),
                            "expected a number, found '" + token(b, start) + "'");
                }
                if (col >= columns) {
                    throw new InputException(file.toString(), "line " + (line + 1), "expected " + columns
                            + " values (run.json geometry), found more");
                }
                float v;
                if (!digits) {
                    if (pos != start) {
                        throw new InputException(file.toString(), "line " + (line + 1) + ", field " + (col + 1),
                                "expected a number, found '" + token(b, start) + "'");
                    }
                    v = Float.NaN;
                } else {
                    double d = mant / POW10[Math.min(scale, POW10.length - 1)];
                    v = (float) (neg ? -d : d);
                }
                out[line * columns + col] = v;
                col++;
                if (next == ',') {
                    pos++;
                    continue;
                }
                break;
            }
            if (col != columns) {
                throw new InputException(file.toString(), "line " + (line + 1), "expected " + columns
                        + " values (run.json geometry), found " + col);
            }
            if (pos < len && b[pos] == '\r') {
                pos++;
            }
            if (pos < len && b[pos] == '\n') {
                pos++;
            }
            line++;
        }
        if (line != lines) {
            throw new InputException(file.toString(), "line " + (line + 1), "expected " + lines
                    + " lines (run.json geometry), found " + line);
        }
        return out;
    }

    private static String token(byte[] b, int start) {
        int end = start;
        while (end < b.length && end - start < 20 && b[end] != ',' && b[end] != '\n' && b[end] != '\r') {
            end++;
        }
        return new String(b, start, end - start, StandardCharsets.UTF_8);
    }

    private static final double[] POW10 = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18 };
}
