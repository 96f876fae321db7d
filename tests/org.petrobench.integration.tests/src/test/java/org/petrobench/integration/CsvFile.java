package org.petrobench.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small CSV reader for result files (no quoting needed in what the tests read). */
record CsvFile(List<String> header, List<String[]> rows) {

    static CsvFile read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                rows.add(l.split(",", -1));
            }
        }
        return new CsvFile(Arrays.asList(lines.get(0).split(",", -1)), rows);
    }

    int column(String name) {
        int c = header.indexOf(name);
        if (c < 0) {
            throw new AssertionError("no column " + name + " in " + header);
        }
        return c;
    }

    String[] row(String firstField) {
        return rows.stream().filter(r -> r[0].equals(firstField)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstField));
    }

    double number(String firstField, String column) {
        return Double.parseDouble(row(firstField)[column(column)]);
    }
}
