package org.petrobench.epma.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * written in one streaming pass over line blocks (§14), which also sums summary.csv.
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
        List<PhaseSummary.Partial> sums = writeMatrices(q, dir, phaseFiles, oxideFiles);
        writeSummary(q, dir.resolve("summary.csv"), PhaseSummary.combine(q, sums));
        AtomicWrite.text(dir.resolve("parameters.csv"), w -> ParametersCsv.write(q.parameters(), w));
        writeSpots(q, dir.resolve("spots.csv"));
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

    private static void writeSummary(QuantifiedMaps q, Path file, List<PhaseSummary> sums) throws IOException {
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

    /**
     * The matrices in one streaming pass over line blocks (EPMA.md §14): worker threads compute wt
     * and se of a block and format every file's lines of it as bytes (no String per value: fixed
     * decimals by {@link AsciiLines}, equal to Numbers.fixed); the calling thread appends the blocks
     * in order to buffered streams on temporary files, which
     * are renamed into place at the end. At most 2 × threads blocks are in flight, so memory stays
     * a few MB whatever the map size. The output does not depend on the thread count.
     */
    private static List<PhaseSummary.Partial> writeMatrices(QuantifiedMaps q, Path dir, List<String> phaseFiles,
            List<String> oxideFiles) throws IOException {
        int lines = q.geometry().lines();
        int columns = q.geometry().columns();
        int nk = phaseFiles.size();
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
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        List<OutputStream> streams = new ArrayList<>();
        int threads = q.settings().threads() > 0 ? q.settings().threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "petrobench-map-writer");
            t.setDaemon(true);
            return t;
        });
        List<String> names = q.phaseNames().stream().map(QuantifiedMapsWriter::csv).toList();
        int blockLines = Math.max(1, BLOCK_PIXELS / columns);
        int blocks = (lines + blockLines - 1) / blockLines;
        try {
            for (String r : relative) {
                Path t = dir.resolve(r);
                Files.createDirectories(t.getParent());
                Path tmp = Files.createTempFile(t.getParent(), "." + t.getFileName(), ".tmp");
                targets.add(t);
                temps.add(tmp);
                streams.add(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
            }
            ArrayDeque<Future<Block>> window = new ArrayDeque<>();
            List<PhaseSummary.Partial> sums = new ArrayList<>();
            int next = 0;
            int window2 = 2 * Math.max(1, threads);
            for (int b = 0; b < blocks; b++) {
                while (next < blocks && window.size() < window2) {
                    int l0 = next * blockLines;
                    int l1 = Math.min(lines, l0 + blockLines);
                    window.add(pool.submit(() -> formatBlock(q, names, nk, l0, l1)));
                    next++;
                }
                Block done = window.poll().get();
                for (int f = 0; f < done.text().length; f++) {
                    streams.get(f).write(done.text()[f]);
                }
                sums.add(done.sums());
            }
            for (OutputStream o : streams) {
                o.close();
            }
            for (int i = 0; i < targets.size(); i++) {
                AtomicWrite.move(temps.get(i), targets.get(i));
            }
            return sums;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("writing the maps was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        } finally {
            pool.shutdownNow();
            for (OutputStream o : streams) {
                try {
                    o.close();
                } catch (IOException ignored) {
                    // already closed or failing: the temp file is removed below
                }
            }
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    /** Pixels per block of lines (whole lines, at least one). */
    private static final int BLOCK_PIXELS = 16384;

    /** One block's text per matrix file and its summary.csv sums. */
    private record Block(byte[][] text, PhaseSummary.Partial sums) {
    }

    /** The text of lines [l0, l1) of every matrix file (phase map, memberships, wt, se) and the summary sums. */
    private static Block formatBlock(QuantifiedMaps q, List<String> names, int nk, int l0, int l1) {
        int columns = q.geometry().columns();
        int ne = q.elements().size() + 1;
        Membership m = q.membership();
        int from = l0 * columns;
        int to = l1 * columns;
        float[][] wt = new float[ne][to - from];
        float[][] se = new float[ne][to - from];
        q.compute(from, to, wt, se);
        byte[][] out = new byte[1 + nk + 2 * ne][];
        StringBuilder b = new StringBuilder((to - from) * 8);
        for (int l = l0; l < l1; l++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    b.append(',');
                }
                int label = m.label(l * columns + c);
                if (label >= 0) {
                    b.append(names.get(label));
                }
            }
            b.append('\n');
        }
        out[0] = b.toString().getBytes(StandardCharsets.UTF_8);
        AsciiLines a = new AsciiLines((to - from) * 8);
        for (int k = 0; k < nk; k++) {
            out[1 + k] = rows(a, m.map(k), from, l1 - l0, columns);
        }
        for (int e = 0; e < ne; e++) {
            out[1 + nk + e] = rows(a, wt[e], 0, l1 - l0, columns);
            out[1 + nk + ne + e] = rows(a, se[e], 0, l1 - l0, columns);
        }
        return new Block(out, PhaseSummary.partial(q, PhaseSummary.Weighting.MEMBERSHIP, from, to, wt));
    }

    private static byte[] rows(AsciiLines b, float[] v, int offset, int lineCount, int columns) {
        b.clear();
        int i = offset;
        for (int l = 0; l < lineCount; l++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    b.append(',');
                }
                b.appendFixed(v[i++], 4);
            }
            b.append('\n');
        }
        return b.toBytes();
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
