package org.petrobench.epma.format.generic.internal;

import java.nio.file.Path;

import org.petrobench.core.InputException;
import org.petrobench.core.chem.PeriodicTable;
import org.petrobench.core.io.CsvTable;

/**
 * The {@code Element} column of {@code conditions_qnt.csv} (EPMA.md §3.5): every filled cell must
 * be an element symbol. An unknown symbol would otherwise only fail to match any map signal and be
 * dropped with a warning, which §13 T4 makes exit 2 ("a setting that names an element that is
 * absent").
 */
final class ConditionsElements {

    private ConditionsElements() {
    }

    static void check(CsvTable conditions, Path file) throws InputException {
        int c = conditions.requireColumn("Element");
        for (int r = 0; r < conditions.rowCount(); r++) {
            String symbol = conditions.text(r, c).trim();
            if (!symbol.isEmpty() && !PeriodicTable.contains(symbol)) {
                throw new InputException(file.toString(), conditions.location(r, c),
                        "expected an element symbol (H ... U, e.g. Si), found '" + symbol + "'");
            }
        }
    }
}
