package org.petrobench.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.petrobench.core.InputException;

/**
 * A CSV table read by column name (CLI.md conventions: UTF-8, comma-separated, one header row,
 * {@code .} as decimal mark, empty field for missing, RFC 4180 quoting). Every accessor that can
 * fail names the file, the line (1-based, header = line 1) and the column.
 */
public final class CsvTable {

    private final String source;
    private final List<String> header;
    private final List<String[]> rows;
    private final int[] lineNumbers;

    private CsvTable(String source, List<String> header, List<String[]> rows, int[] lineNumbers) {
        this.source = source;
        this.header = header;
        this.rows = rows;
        this.lineNumbers = lineNumbers;
    }

    /**
     * Reads a whole file. Every data row must have exactly as many fields as the header (a missing
     * value is an empty field, never an omitted one); lines that are empty or only blanks are skipped.
     */
    public static CsvTable read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), null, "file not found or not a regular file");
        }
        try (Reader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            return parse(file.toString(), reader);
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), null, "expected UTF-8 text, found malformed bytes");
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
    }

    /** Parses CSV text from a reader, with the rules of {@link #read(Path)}; {@code source} names it in messages. */
    public static CsvTable parse(String source, Reader reader) throws InputException, IOException {
        CsvRecordReader records = new CsvRecordReader(source, reader);
        String[] head = records.next();
        if (head == null) {
            throw new InputException(source, "line 1", "expected a header row, found an empty file");
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < head.length; c++) {
            String name = head[c].trim();
            if (c == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                throw new InputException(source, "line 1, column " + (c + 1), "expected a column name, found an empty field");
            }
            if (header.contains(name)) {
                throw new InputException(source, "line 1, column " + (c + 1), "column name '" + name + "' appears twice");
            }
            header.add(name);
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] fields;
        while ((fields = records.next()) != null) {
            if (fields.length == 1 && fields[0].isBlank()) {
                continue;
            }
            if (fields.length != header.size()) {
                String only = header.size() == 1 ? header.get(0) : "";
                if (only.contains(";") || only.contains("\t")) {
                    // e.g. "1;60,5" under "sample;SiO2_wt%": the decimal commas are not the fault
                    throw new InputException(source, "line 1", "expected comma-separated columns (CLI.md CSV conventions), found '"
                            + (only.contains(";") ? ";" : "tab") + "' as the separator");
                }
                // Padding a short row would shift every later value one column, silently.
                throw new InputException(source, "line " + records.recordLine(), "expected " + header.size()
                        + (header.size() == 1 ? " field" : " comma-separated fields") + " as in the header, found "
                        + fields.length);
            }
            for (int c = 0; c < fields.length; c++) {
                fields[c] = fields[c].trim();
            }
            rows.add(fields);
            lines.add(records.recordLine());
        }
        return new CsvTable(source, Collections.unmodifiableList(header), rows,
                lines.stream().mapToInt(Integer::intValue).toArray());
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Column index by exact name, or -1. */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    /** Column index by name ignoring case, or -1. */
    public int columnIndexIgnoreCase(String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    /** Column index of a column that must exist. */
    public int requireColumn(String name) throws InputException {
        int c = columnIndex(name);
        if (c < 0) {
            throw new InputException(source, "line 1", "expected a column '" + name + "', found columns " + header);
        }
        return c;
    }

    /** Raw (trimmed) text of a cell; empty for a missing value. */
    public String text(int row, int column) {
        return rows.get(row)[column];
    }

    public boolean isBlank(int row, int column) {
        return rows.get(row)[column].isEmpty();
    }

    /** The 1-based line number of a data row in the file. */
    public int line(int row) {
        return lineNumbers[row];
    }

    /** "line 7, column 'SiO2_wt%'" for messages. */
    public String location(int row, int column) {
        return "line " + lineNumbers[row] + ", column '" + header.get(column) + "'";
    }

    /** A finite number; a blank, non-numeric or non-finite cell is an input error. */
    public double number(int row, int column) throws InputException {
        String t = rows.get(row)[column];
        if (t.isEmpty()) {
            throw new InputException(source, location(row, column), "expected a number, found an empty field");
        }
        return parse(t, row, column);
    }

    /** A finite number, or NaN for a blank cell (a missing value). */
    public double numberOrNaN(int row, int column) throws InputException {
        String t = rows.get(row)[column];
        return t.isEmpty() ? Double.NaN : parse(t, row, column);
    }

    private double parse(String t, int row, int column) throws InputException {
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InputException(source, location(row, column), "expected a number, found '" + t + "'");
        }
        if (!Double.isFinite(v) || t.toLowerCase(Locale.ROOT).endsWith("d") || t.toLowerCase(Locale.ROOT).endsWith("f")) {
            throw new InputException(source, location(row, column), "expected a finite number, found '" + t + "'");
        }
        return v;
    }
}
