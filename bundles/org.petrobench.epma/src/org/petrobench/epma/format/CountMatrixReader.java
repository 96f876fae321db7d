package org.petrobench.epma.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/**
 * Streaming reader of headerless count matrices (EPMA.md §3.1 "Matrices", §14 "Reading"): a
 * byte-level tokenizer that creates no {@code String} per value and validates while parsing.
 * <ul>
 * <li>The separator is detected on line 1: {@code ,} if present, else {@code ;}, else tab, else
 * runs of blanks; every line must use the same. With a one-character separator, blanks around a
 * value are allowed and one trailing separator per line is tolerated.</li>
 * <li>Every line has the number of values of line 1; each value is a finite decimal number ≥ 0
 * (optionally with a fraction and an exponent). Empty lines at the end of the file are ignored.</li>
 * <li>Values are stored as float (the precision the maps keep, §3.8). The decimal-to-binary step
 * is exact for integers below 2^53 and within one double ulp otherwise, which float rounding
 * absorbs.</li>
 * </ul>
 * Thread-safe (no state): map formats read several files in parallel with it.
 */
public final class CountMatrixReader {

    private static final int BUFFER = 1 << 16;
    private static final double[] POW10 = new double[23];
    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private enum Separator {
        COMMA(','), SEMICOLON(';'), TAB('\t'), BLANKS(' ');

        final byte b;

        Separator(char c) {
            this.b = (byte) c;
        }

        String describe() {
            return switch (this) {
                case COMMA -> "','";
                case SEMICOLON -> "';'";
                case TAB -> "tab";
                case BLANKS -> "blanks";
            };
        }
    }

    private CountMatrixReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param sizeHint expected number of values (e.g. from the conditions), or 0 when unknown;
     *                 only sizes the first buffer
     * @param monitor  checked for cancellation between blocks
     * @throws InputException naming the file, line and column: non-numeric, negative or
     *                        non-finite value, ragged or empty line, empty file
     */
    public static CountMatrix read(Path file, int sizeHint, Monitor monitor) throws InputException, IOException {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(source, null, "expected a map file, not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Parse(source, in, sizeHint, monitor).run();
        }
    }

    /** One parse: mutable tokenizer state. */
    private static final class Parse {
        private final String source;
        private final InputStream in;
        private final Monitor monitor;
        private final byte[] buf = new byte[BUFFER];
        private int len;
        private int pos;
        private boolean eof;

        private float[] values;
        private int count;
        private Separator sep;
        private int columns = -1;
        private int line = 1;
        private int lines;
        private boolean nonInteger;

        Parse(String source, InputStream in, int sizeHint, Monitor monitor) {
            this.source = source;
            this.in = in;
            this.monitor = monitor == null ? Monitor.silent() : monitor;
            this.values = new float[Math.max(sizeHint, 1024)];
        }

        private int next() throws IOException {
            if (pos == len) {
                if (eof) {
                    return -1;
                }
                monitor.checkCanceled();
                len = in.readNBytes(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    eof = true;
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xff;
        }

        private void unread() {
            pos--;
        }

        private void detectSeparator() throws IOException {
            // Line 1 is inspected in the buffer; a first line longer than the buffer is decided
            // on its first 64 KiB, which holds thousands of values.
            if (len == 0 && !eof) {
                len = in.readNBytes(buf, 0, buf.length);
                if (len <= 0) {
                    eof = true;
                    len = 0;
                }
            }
            sep = Separator.BLANKS;
            boolean tab = false;
            for (int i = 0; i < len && buf[i] != '\n'; i++) {
                if (buf[i] == ',') {
                    sep = Separator.COMMA;
                    return;
                }
                if (buf[i] == ';') {
                    sep = Separator.SEMICOLON;
                    return;
                }
                tab |= buf[i] == '\t';
            }
            if (tab) {
                sep = Separator.TAB;
            }
        }

        CountMatrix run() throws InputException, IOException {
            detectSeparator();
            int pendingEmptyLine = 0;
            while (true) {
                int c = next();
                if (c == -1) {
                    break;
                }
                unread();
                int found = parseLine();
                if (found == 0) {
                    if (pendingEmptyLine == 0) {
                        pendingEmptyLine = line;
                    }
                } else {
                    if (pendingEmptyLine != 0) {
                        throw new InputException(source, "line " + pendingEmptyLine,
                                "expected " + columns + " values, found an empty line");
                    }
                    if (columns < 0) {
                        columns = found;
                    } else if (found != columns) {
                        throw new InputException(source, "line " + line,
                                "expected " + columns + " values (as on line 1), found " + found + " (ragged matrix)");
                    }
                    lines++;
                }
                line++;
            }
            if (lines == 0) {
                throw new InputException(source, "line 1", "expected a matrix of counts, found an empty file");
            }
            return new CountMatrix(lines, columns, count == values.length ? values : Arrays.copyOf(values, count),
                    nonInteger);
        }

        /** Parses one line up to and including its end; returns the number of values (0 = empty line). */
        private int parseLine() throws InputException, IOException {
            int found = 0;
            boolean afterSeparator = false; // a one-character separator was seen and no value since
            while (true) {
                int c = next();
                if (c == -1 || c == '\n') {
                    return found;
                }
                if (c == '\r') {
                    continue;
                }
                if (c == ' ' || (c == '\t' && sep != Separator.BLANKS && sep != Separator.TAB)) {
                    continue;
                }
                if (c == '\t' && sep == Separator.BLANKS) {
                    throw new InputException(source, "line " + line + ", column " + (found + 1),
                            "expected blanks as separator (detected on line 1), found a tab");
                }
                if (sep != Separator.BLANKS && c == sep.b) {
                    if (found == 0 || afterSeparator) {
                        throw new InputException(source, "line " + line + ", column " + (found + 1),
                                "expected a number, found an empty field");
                    }
                    afterSeparator = true;
                    continue;
                }
                if (found > 0 && !afterSeparator && sep != Separator.BLANKS) {
                    throw new InputException(source, "line " + line + ", column " + (found + 1),
                            "expected the separator " + sep.describe() + " (detected on line 1) before the value");
                }
                unread();
                store(parseValue(found + 1));
                found++;
                afterSeparator = false;
            }
        }

        private void store(float v) {
            if (count == values.length) {
                values = Arrays.copyOf(values, Math.max(16, values.length + (values.length >> 1)));
            }
            values[count++] = v;
        }

        private boolean endsValue(int c) {
            return c == -1 || c == '\n' || c == '\r' || c == ' ' || (sep == Separator.BLANKS ? c == '\t' : c == sep.b)
                    || (sep != Separator.BLANKS && c == '\t');
        }

        /** Parses one value starting at the current byte; leaves the terminating byte unread. */
        private float parseValue(int column) throws InputException, IOException {
            long mantissa = 0;
            int digits = 0;
            int dropped = 0; // integer digits beyond 18 significant ones
            int fraction = 0; // digits after the point kept in the mantissa
            boolean point = false;
            int c = next();
            if (c == '+') {
                c = next();
            } else if (c == '-') {
                throw error(column, "expected a count >= 0", c);
            }
            while (true) {
                if (c >= '0' && c <= '9') {
                    digits++;
                    if (mantissa < 100_000_000_000_000_000L) {
                        mantissa = mantissa * 10 + (c - '0');
                        if (point) {
                            fraction++;
                        }
                    } else if (!point) {
                        dropped++;
                    }
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    break;
                }
                c = next();
            }
            int exponent = 0;
            if (digits > 0 && (c == 'e' || c == 'E')) {
                c = next();
                boolean negative = c == '-';
                if (c == '-' || c == '+') {
                    c = next();
                }
                int expDigits = 0;
                while (c >= '0' && c <= '9') {
                    exponent = Math.min(exponent * 10 + (c - '0'), 10_000);
                    expDigits++;
                    c = next();
                }
                if (expDigits == 0) {
                    throw error(column, "expected a number, found a malformed exponent", c);
                }
                exponent = negative ? -exponent : exponent;
            }
            if (digits == 0 || !endsValue(c)) {
                throw error(column, "expected a number", c);
            }
            if (c != -1) {
                unread();
            }
            int e10 = exponent - fraction + dropped;
            double v;
            if (e10 == 0) {
                v = mantissa;
            } else if (e10 > 0 && e10 < POW10.length) {
                v = mantissa * POW10[e10];
            } else if (e10 < 0 && -e10 < POW10.length) {
                v = mantissa / POW10[-e10];
            } else {
                v = mantissa * Math.pow(10, e10);
            }
            if (!Double.isFinite(v) || v > Float.MAX_VALUE) {
                throw new InputException(source, "line " + line + ", column " + column,
                        "expected a finite count, found a value beyond the float range");
            }
            if (v != Math.rint(v)) {
                nonInteger = true;
            }
            return (float) v;
        }

        /** An error naming the offending token (read up to its end, for the message only). */
        private InputException error(int column, String expected, int first) throws IOException {
            StringBuilder token = new StringBuilder();
            byte[] raw = new byte[64];
            int n = 0;
            int c = first;
            while (!endsValue(c) && n < raw.length) {
                raw[n++] = (byte) c;
                c = next();
            }
            token.append(new String(raw, 0, n, StandardCharsets.UTF_8));
            return new InputException(source, "line " + line + ", column " + column,
                    expected + (token.length() > 0 ? ", found '" + token + "'" : ", found nothing"));
        }
    }
}
