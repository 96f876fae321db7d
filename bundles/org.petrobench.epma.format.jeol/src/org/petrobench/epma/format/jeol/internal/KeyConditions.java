package org.petrobench.epma.format.jeol.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.petrobench.core.InputException;

/**
 * A JEOL condition file in {@code $KEY v1 v2 … [unit]} form (EPMA.md §3.1). Tokens are separated
 * by runs of blanks; a key may carry {@code %n} (channel index from 0). A trailing unit token must
 * be one the field accepts and is converted; without one the table's unit applies. Files are
 * small: read whole, ISO-8859-1 (JEOL writes Windows code pages).
 */
final class KeyConditions {

    /** One {@code $KEY} line. */
    record Entry(int line, String[] tokens) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private KeyConditions(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** True when the first non-blank line starts with {@code $} (reads at most 4 KiB). */
    static boolean looksLikeKeyFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            for (byte b : head) {
                if (b == '$') {
                    return true;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
                        && b != (byte) 0xBF) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static KeyConditions read(Path file) throws InputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), null, "expected a condition file, not found");
        }
        Map<String, Entry> map = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (!t.startsWith("$")) {
                    continue;
                }
                String[] parts = t.substring(1).split("[ \\t]+");
                String key = parts[0].toUpperCase(Locale.ROOT);
                String[] values = new String[parts.length - 1];
                System.arraycopy(parts, 1, values, 0, values.length);
                map.putIfAbsent(key, new Entry(no, values));
            }
        }
        return new KeyConditions(file, map);
    }

    Path file() {
        return file;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The text after the key, joined by single blanks ("" when the key has no value). */
    String text(String key) throws InputException {
        return String.join(" ", entry(key).tokens());
    }

    /** The first value token, or {@code fallback} when the key is absent. */
    String textOr(String key, String fallback) {
        Entry e = entries.get(key);
        return e == null || e.tokens().length == 0 ? fallback : String.join(" ", e.tokens());
    }

    /** Location text of a key for messages: {@code line 5, key $XM_POINTS}. */
    String where(String key) {
        Entry e = entries.get(key);
        return (e == null ? "" : "line " + e.line() + ", ") + "key $" + key;
    }

    /**
     * The numeric values of {@code key} in {@code tableUnit}; at least {@code min} of them. A
     * trailing unit token of the same dimension is converted.
     */
    double[] numbers(String key, int min, Unit tableUnit) throws InputException {
        Entry e = entry(key);
        String[] tokens = e.tokens();
        int n = tokens.length;
        double factor = 1;
        if (n > 0 && !isNumber(tokens[n - 1])) {
            Unit u = Unit.parse(tokens[n - 1]);
            if (u == null || tableUnit == null || u.dimension != tableUnit.dimension) {
                throw new InputException(file.toString(), where(key), "expected "
                        + (tableUnit == null ? "numbers" : "a unit among " + Unit.names(tableUnit.dimension))
                        + ", found '" + tokens[n - 1] + "'");
            }
            factor = u.toSi / tableUnit.toSi;
            n--;
        }
        if (n < min) {
            throw new InputException(file.toString(), where(key),
                    "expected at least " + min + " number(s), found " + n);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (!isNumber(tokens[i])) {
                throw new InputException(file.toString(), where(key) + ", value " + (i + 1),
                        "expected a number, found '" + tokens[i] + "'");
            }
            out[i] = Double.parseDouble(tokens[i]) * factor;
        }
        return out;
    }

    /** The first value of {@code key} in {@code tableUnit}. */
    double number(String key, Unit tableUnit) throws InputException {
        return numbers(key, 1, tableUnit)[0];
    }

    /**
     * The entries {@code base%0, base%1, …} ordered by n (only the listed indices); empty when
     * none.
     */
    TreeMap<Integer, String> indexed(String base) {
        TreeMap<Integer, String> out = new TreeMap<>();
        String prefix = base + "%";
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(prefix)) {
                String rest = k.substring(prefix.length());
                if (!rest.isEmpty() && rest.chars().allMatch(Character::isDigit)) {
                    out.put(Integer.parseInt(rest), k);
                }
            }
        }
        return out;
    }

    List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    private Entry entry(String key) throws InputException {
        Entry e = entries.get(key);
        if (e == null) {
            throw new InputException(file.toString(), "key $" + key, "expected this key, not found");
        }
        return e;
    }

    static boolean isNumber(String t) {
        try {
            return Double.isFinite(Double.parseDouble(t)) && !t.endsWith("d") && !t.endsWith("D") && !t.endsWith("f")
                    && !t.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
