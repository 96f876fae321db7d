package org.petrobench.isocon.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.isocon.ImmobileSet;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.QPathPoint;
import org.petrobench.isocon.Uncertainty;

/**
 * Writes the result files of CLI.md "Isocon / mass transfer" (ISOCON.md §6), shared by the batch
 * mode and the GUI export: {@code mass-change.csv}, {@code transfer.csv} (with the proposed last
 * column {@code flags}), {@code immobile.csv} (with the proposed last column
 * {@code selected_fraction}) and, for sparse, {@code q-path.csv}. One row per altered sample in
 * input order, components in input column order, 6 significant digits, empty fields for unknowns.
 */
public final class IsoconResultFiles {

    /** Where a named output file goes (an output folder's staging area, or a plain folder). */
    @FunctionalInterface
    public interface Target {
        Path file(String name) throws IOException;
    }

    public static final String MASS_CHANGE = "mass-change.csv";
    public static final String TRANSFER = "transfer.csv";
    public static final String IMMOBILE = "immobile.csv";
    public static final String Q_PATH = "q-path.csv";

    private static final int DIGITS = 6;

    private IsoconResultFiles() {
    }

    /** Writes every file of the solution; returns the names written. */
    public static List<String> write(IsoconSolution s, Target target) throws IOException {
        List<String> written = new ArrayList<>();
        IsoconProblem p = s.problem();
        MassTransfer t = s.transfer();
        Uncertainty u = s.uncertainty();
        int m = p.sampleCount();
        int n = p.componentCount();
        AtomicWrite.text(target.file(MASS_CHANGE), out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("sample", "mass_ratio", "mass_ratio_sd", "isocon_slope", "volume_ratio");
            for (int j = 0; j < m; j++) {
                csv.row(p.sample(j), f(t.massRatio()[j]), f(u.massRatioSd()[j]), f(t.isoconSlope()[j]), f(t.volumeRatio()[j]));
            }
        });
        written.add(MASS_CHANGE);
        AtomicWrite.text(target.file(TRANSFER), out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("sample", "component", "unit", "delta_abs", "delta_abs_sd", "delta_rel", "delta_rel_sd", "flags");
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < n; i++) {
                    int k = j * n + i;
                    csv.row(p.sample(j), p.component(i), p.unit(i).label(), f(t.deltaAbs()[k]), f(u.deltaAbsSd()[k]),
                            f(t.deltaRel()[k]), f(u.deltaRelSd()[k]), p.isCensored(j, i) ? "censored" : "");
                }
            }
        });
        written.add(TRANSFER);
        ImmobileSet set = s.immobileSet();
        AtomicWrite.text(target.file(IMMOBILE), out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("component", "mobility", "immobile", "selected_fraction");
            for (int i = 0; i < n; i++) {
                csv.row(p.component(i), f(set.mobility()[i]), Boolean.toString(set.immobile()[i]), f(set.selectedFraction()[i]));
            }
        });
        written.add(IMMOBILE);
        if (!s.qPath().isEmpty()) {
            AtomicWrite.text(target.file(Q_PATH), out -> {
                CsvWriter csv = new CsvWriter(out);
                csv.row("q", "sample", "mass_ratio", "immobile_set");
                for (QPathPoint point : s.qPath()) {
                    for (int j = 0; j < m; j++) {
                        csv.row(f(point.q()), p.sample(j), f(point.massRatio()[j]), String.join(";", point.immobile()));
                    }
                }
            });
            written.add(Q_PATH);
        }
        return written;
    }

    private static String f(double v) {
        return SignificantDigits.format(v, DIGITS);
    }
}
