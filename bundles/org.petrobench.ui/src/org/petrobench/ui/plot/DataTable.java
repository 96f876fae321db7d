package org.petrobench.ui.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvWriter;

/** The numbers behind a plot or a table, as text cells, for CSV export. */
public record DataTable(List<String> header, List<List<String>> rows) {

    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A table being filled row by row. */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        public Builder(String... header) {
            this.header = List.of(header);
        }

        public Builder(List<String> header) {
            this.header = List.copyOf(header);
        }

        /** Adds a row; numbers are written in their shortest round-trip form, NaN as empty. */
        public Builder row(Object... cells) {
            List<String> r = new ArrayList<>(cells.length);
            for (Object c : cells) {
                r.add(cell(c));
            }
            rows.add(r);
            return this;
        }

        public DataTable build() {
            return new DataTable(header, rows);
        }
    }

    static String cell(Object c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Double d) {
            return d.isNaN() ? "" : org.petrobench.core.io.Numbers.shortest(d);
        }
        if (c instanceof Float f) {
            return f.isNaN() ? "" : org.petrobench.core.io.Numbers.shortest(f.doubleValue());
        }
        return c.toString();
    }

    /** Writes the table as CSV (UTF-8, one header row), replacing the file atomically. */
    public void writeCsv(Path file) throws IOException {
        AtomicWrite.text(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header);
            for (List<String> r : rows) {
                csv.row(r);
            }
        });
    }
}
