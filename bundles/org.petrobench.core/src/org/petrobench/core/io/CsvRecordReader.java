package org.petrobench.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.InputException;

/** Splits RFC 4180 CSV text into records: quoted fields may hold commas, quotes ("") and newlines. */
final class CsvRecordReader {

    private final String source;
    private final Reader reader;
    private int line = 1;
    private int recordLine;
    private int pending = -2;

    CsvRecordReader(String source, Reader reader) {
        this.source = source;
        this.reader = reader;
    }

    /** Line on which the last record returned by {@link #next()} started. */
    int recordLine() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return reader.read();
    }

    /** The next record, or null at the end of the input. */
    String[] next() throws IOException, InputException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new InputException(source, "line " + recordLine, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pending = d;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == -1 || c == '\n') {
                fields.add(field.toString());
                line++;
                return fields.toArray(new String[0]);
            } else if (c == '\r') {
                int d = read();
                if (d != '\n') {
                    pending = d;
                }
                fields.add(field.toString());
                line++;
                return fields.toArray(new String[0]);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }
}
