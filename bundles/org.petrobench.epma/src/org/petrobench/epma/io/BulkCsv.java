package org.petrobench.epma.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.core.io.Numbers;
import org.petrobench.epma.BulkComposition;

/**
 * Bulk compositions in the {@code isocon --data} input format (CLI.md "Isocon", EPMA.md §11):
 * {@code sample}, then {@code <oxide>_wt%} and {@code <oxide>_sd} per oxide, then
 * {@code density_g_cm3}. All rows must have the same oxides.
 */
public final class BulkCsv {

    private BulkCsv() {
    }

    public static void write(Path file, List<BulkComposition> rows) throws IOException {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no bulk composition to write");
        }
        List<String> oxides = rows.get(0).oxides();
        AtomicWrite.text(file, w -> {
            CsvWriter c = new CsvWriter(w);
            List<String> header = new ArrayList<>();
            header.add("sample");
            for (String o : oxides) {
                header.add(o + "_wt%");
            }
            for (String o : oxides) {
                header.add(o + "_sd");
            }
            header.add("density_g_cm3");
            c.row(header);
            for (BulkComposition b : rows) {
                List<String> row = new ArrayList<>();
                row.add(b.name());
                for (int e = 0; e < oxides.size(); e++) {
                    row.add(Numbers.fixed(b.wt()[e], 4));
                }
                for (int e = 0; e < oxides.size(); e++) {
                    row.add(Numbers.fixed(b.sd()[e], 4));
                }
                row.add(Numbers.fixed(b.density(), 4));
                c.row(row);
            }
        });
    }
}
