package org.petrobench.epma.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.data.ElementConditions;

/**
 * {@code conditions_qnt.csv} (EPMA.md §3.4–3.5): per analysed element
 * {@code Oxide, Element, Bg+ [mm], Bg- [mm], Peak [sec], Bg [sec]}. Offsets are used as
 * magnitudes; times must be positive.
 */
public final class SpotConditionsCsv {

    public static final String FILE_NAME = "conditions_qnt.csv";

    private SpotConditionsCsv() {
    }

    /**
     * {@code conditions_qnt.csv} in the spot folder or in its parent (where qntmap's example keeps
     * it beside {@code .qnt/}).
     */
    public static Optional<Path> locate(Path spotFolder) {
        Path own = spotFolder.resolve(FILE_NAME);
        if (Files.isRegularFile(own)) {
            return Optional.of(own);
        }
        Path parent = spotFolder.toAbsolutePath().getParent();
        if (parent != null && Files.isRegularFile(parent.resolve(FILE_NAME))) {
            return Optional.of(parent.resolve(FILE_NAME));
        }
        return Optional.empty();
    }

    /**
     * The conditions of {@code elements} in that order.
     *
     * @param oxides oxide names in the same order (from the spot files), or {@code null} to take
     *               them from the CSV; a disagreement is a warning and the spot files win
     * @throws InputException a missing column, a bad number, or an analysed element without a row
     */
    public static List<ElementConditions> read(Path csv, List<String> elements, List<String> oxides,
            Diagnostics diagnostics) throws InputException {
        CsvTable t = CsvTable.read(csv);
        int cOxide = t.requireColumn("Oxide");
        int cElement = t.requireColumn("Element");
        int cPlus = t.requireColumn("Bg+ [mm]");
        int cMinus = t.requireColumn("Bg- [mm]");
        int cPeak = t.requireColumn("Peak [sec]");
        int cBg = t.requireColumn("Bg [sec]");
        List<ElementConditions> out = new ArrayList<>();
        for (int e = 0; e < elements.size(); e++) {
            String element = elements.get(e);
            int row = -1;
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.text(r, cElement).equalsIgnoreCase(element)) {
                    if (row >= 0) {
                        throw new InputException(csv.toString(), t.location(r, cElement),
                                "expected one row per element, found '" + element + "' again (first on line "
                                        + t.line(row) + ")");
                    }
                    row = r;
                }
            }
            if (row < 0) {
                throw new InputException(csv.toString(), "column 'Element'",
                        "expected a row with background/time conditions for the analysed element '" + element + "'");
            }
            double plus = Math.abs(t.number(row, cPlus));
            double minus = Math.abs(t.number(row, cMinus));
            double peak = t.number(row, cPeak);
            double bg = t.number(row, cBg);
            if (!(plus + minus > 0)) {
                throw new InputException(csv.toString(), t.location(row, cPlus),
                        "expected background offsets with a positive sum for '" + element + "', found 0 and 0");
            }
            if (!(peak > 0)) {
                throw new InputException(csv.toString(), t.location(row, cPeak), "expected a positive peak time [s]");
            }
            if (!(bg > 0)) {
                throw new InputException(csv.toString(), t.location(row, cBg), "expected a positive background time [s]");
            }
            String oxide = t.text(row, cOxide);
            if (oxides != null) {
                if (!oxide.isEmpty() && !oxide.equals(oxides.get(e))) {
                    diagnostics.warn(csv + ": " + t.location(row, cOxide) + ": oxide '" + oxide
                            + "' differs from the spot files' '" + oxides.get(e) + "'; using the spot files'");
                }
                oxide = oxides.get(e);
            } else if (oxide.isEmpty()) {
                throw new InputException(csv.toString(), t.location(row, cOxide), "expected an oxide name");
            }
            out.add(new ElementConditions(element, oxide, plus, minus, peak, bg));
        }
        return out;
    }
}
