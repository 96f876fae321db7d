package org.petrobench.epma.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.petrobench.core.InputException;
import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.core.io.Numbers;
import org.petrobench.epma.Membership;
import org.petrobench.epma.PhaseSummary;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.SpotReport;

/**
 * Writes the files of CLI.md "EPMA quantification" (EPMA.md §10) into a folder, shared by the
 * batch mode and the GUI export: summary.csv, phase-map.csv, membership/&lt;phase&gt;.csv,
 * wt/&lt;oxide&gt;.csv, wt/Total.csv, se/…, parameters.csv, spots.csv. run.json is the caller's.
 * Matrices keep the input orientation, have no header and 4 decimals; wt and se are computed and
 * written in one streaming pass over line blocks (§14).
 */
public final class QuantifiedMapsWriter {

    private QuantifiedMapsWriter() {
    }

    /** A phase or oxide name as a file name: characters outside [A-Za-z0-9._+-] become '_' (§3.9). */
    public static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._+-]", "_");
    }

    /** @throws InputException when two phase names map to one file name (§3.9) */
    public static void write(QuantifiedMaps q, Path dir) throws IOException, InputException {
        List<String> phaseFiles = unique(q.phaseNames(), "phase");
        List<String> oxides = new ArrayList<>(q.elements().stream().map(QuantifiedElement::oxide).toList());
        oxides.add("Total");
        List<String> oxideFiles = unique(oxides, "oxide");
        Files.createDirectories(dir);
        writeSummary(q, dir.resolve("summary.csv"));
        AtomicWrite.text(dir.resolve("parameters.csv"), w -> ParametersCsv.write(q.parameters(), w));
        writeSpots(q, dir.resolve("spots.csv"));
        writeMatrices(q, dir, phaseFiles, oxideFiles);
    }

    private static List<String> unique(List<String> names, String what) throws InputException {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String f = fileName(n);
            if (!seen.add(f)) {
                throw new InputException("--phases", what + " '" + n + "'", "two names map to the same file name " + f + ".csv");
            }
            out.add(f);
        }
        return out;
    }

    private static void writeSummary(QuantifiedMaps q, Path file) throws IOException {
        List<PhaseSummary> sums = PhaseSummary.of(q, PhaseSummary.Weighting.MEMBERSHIP);
        AtomicWrite.text(file, w -> {
            CsvWriter c = new CsvWriter(w);
            List<String> header = new ArrayList<>(List.of("phase", "pixels", "modal_fraction"));
            for (QuantifiedElement e : q.elements()) {
                header.add(e.oxide() + "_mean");
                header.add(e.oxide() + "_sd");
            }
            header.add("Total_mean");
            header.add("Total_sd");
            c.row(header);
            for (PhaseSummary s : sums) {
                List<String> row = new ArrayList<>(List.of(s.phase(), Integer.toString(s.pixels()), Numbers.fixed(s.modalFraction(), 6)));
                for (int e = 0; e < s.mean().length; e++) {
                    row.add(Numbers.fixed(s.mean()[e], 4));
                    row.add(Numbers.fixed(s.sd()[e], 4));
                }
                c.row(row);
            }
        });
    }

    private static void writeSpots(QuantifiedMaps q, Path file) throws IOException {
        AtomicWrite.text(file, w -> {
            CsvWriter c = new CsvWriter(w);
            c.row("id", "phase", "x_px", "y_px", "used", "outlier", "reason");
            for (SpotReport s : q.spots()) {
                c.row(s.id(), s.phase(), s.insideMap() ? Integer.toString(s.column()) : "",
                        s.insideMap() ? Integer.toString(s.line()) : "", Boolean.toString(s.used()),
                        s.outlier() == null ? "" : s.outlier().toString(), s.reason());
            }
        });
    }

    private static void writeMatrices(QuantifiedMaps q, Path dir, List<String> phaseFiles, List<String> oxideFiles)
            throws IOException {
        int lines = q.geometry().lines();
        int columns = q.geometry().columns();
        int ne = oxideFiles.size();
        int nk = phaseFiles.size();
        Membership m = q.membership();
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        List<Writer> writers = new ArrayList<>();
        List<String> relative = new ArrayList<>();
        relative.add("phase-map.csv");
        for (String p : phaseFiles) {
            relative.add("membership/" + p + ".csv");
        }
        for (String o : oxideFiles) {
            relative.add("wt/" + o + ".csv");
        }
        for (String o : oxideFiles) {
            relative.add("se/" + o + ".csv");
        }
        try {
            for (String r : relative) {
                Path t = dir.resolve(r);
                Files.createDirectories(t.getParent());
                Path tmp = Files.createTempFile(t.getParent(), "." + t.getFileName(), ".tmp");
                targets.add(t);
                temps.add(tmp);
                writers.add(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
            }
            int block = Math.max(1, 16384 / columns);
            float[][] wt = new float[ne][block * columns];
            float[][] se = new float[ne][block * columns];
            StringBuilder b = new StringBuilder(1 << 16);
            List<String> names = q.phaseNames();
            for (int l0 = 0; l0 < lines; l0 += block) {
                int l1 = Math.min(lines, l0 + block);
                int from = l0 * columns;
                int to = l1 * columns;
                q.compute(from, to, wt, se);
                for (int l = l0; l < l1; l++) {
                    b.setLength(0);
                    for (int c = 0; c < columns; c++) {
                        if (c > 0) {
                            b.append(',');
                        }
                        int label = m.label(l * columns + c);
                        if (label >= 0) {
                            b.append(csv(names.get(label)));
                        }
                    }
                    writers.get(0).append(b).append('\n');
                    for (int k = 0; k < nk; k++) {
                        row(b, m.map(k), l * columns, columns, 0);
                        writers.get(1 + k).append(b).append('\n');
                    }
                    for (int e = 0; e < ne; e++) {
                        row(b, wt[e], (l - l0) * columns, columns, 0);
                        writers.get(1 + nk + e).append(b).append('\n');
                        row(b, se[e], (l - l0) * columns, columns, 0);
                        writers.get(1 + nk + ne + e).append(b).append('\n');
                    }
                }
            }
            for (Writer w : writers) {
                w.close();
            }
            for (int i = 0; i < targets.size(); i++) {
                AtomicWrite.move(temps.get(i), targets.get(i));
            }
        } finally {
            for (Writer w : writers) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // already closed or failing: the temp file is removed below
                }
            }
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static void row(StringBuilder b, float[] v, int offset, int columns, int unused) {
        b.setLength(0);
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                b.append(',');
            }
            Numbers.appendFixed(b, v[offset + c], 4);
        }
    }
}
