package org.petrobench.epma.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.core.io.Numbers;

/**
 * A zoning profile in the {@code ptpath --profile} input format (CLI.md "P-T(-t) path"):
 * {@code distance_um} first, then one column per {@code <Phase>.<component>}; a blank field means
 * "not measured at this point" (NaN). Distances with 3 decimals, values with 6.
 */
public final class ProfileCsv {

    private ProfileCsv() {
    }

    /**
     * @param columns  column names after {@code distance_um}
     * @param values   [row][column], NaN written blank
     */
    public static void write(Path file, double[] distanceUm, List<String> columns, double[][] values) throws IOException {
        AtomicWrite.text(file, w -> {
            CsvWriter c = new CsvWriter(w);
            List<String> header = new ArrayList<>();
            header.add("distance_um");
            header.addAll(columns);
            c.row(header);
            for (int r = 0; r < distanceUm.length; r++) {
                List<String> row = new ArrayList<>(columns.size() + 1);
                row.add(Numbers.fixed(distanceUm[r], 3));
                for (int k = 0; k < columns.size(); k++) {
                    row.add(Numbers.fixed(values[r][k], 6));
                }
                c.row(row);
            }
        });
    }
}
