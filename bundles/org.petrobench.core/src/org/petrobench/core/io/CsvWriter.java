package org.petrobench.core.io;

import java.io.IOException;
import java.io.Writer;

/** Writes CSV rows (comma-separated, '\n' line ends, RFC 4180 quoting where a field needs it). */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One row; numbers as given by {@link Numbers#shortest(double)}, null and NaN as empty fields. */
    public CsvWriter row(Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write('\n');
        return this;
    }

    /** One row from a list of fields. */
    public CsvWriter row(java.util.List<?> fields) throws IOException {
        return row(fields.toArray());
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Numbers.shortest(d);
        }
        if (value instanceof Float f) {
            return Numbers.shortest(f.doubleValue());
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
