package org.petrobench.epma.format.jeol.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.petrobench.core.InputException;

/**
 * A JEOL condition file in "value description" form (EPMA.md §3.1): each line is
 * {@code value(s) text}. Leading numeric tokens are the values (a line may carry several, e.g.
 * "1.988e-07 1.989e-07 1.987e-07 Probe Current Avg, Before After [A]"); a line starting with a
 * word has that word as its value ("Si  Element Name No.7-Seq.2"). A field is found by a regex on
 * the text, never by line number.
 */
final class DescribedValues {

    /** One line: its number, values and description. */
    record Line(int line, String[] values, String text) {
        double first(Path file) throws InputException {
            try {
                return Double.parseDouble(values[0]);
            } catch (NumberFormatException e) {
                throw new InputException(file.toString(), "line " + line + " ('" + text + "')",
                        "expected a number, found '" + values[0] + "'");
            }
        }
    }

    private final Path file;
    private final List<Line> lines;

    private DescribedValues(Path file, List<Line> lines) {
        this.file = file;
        this.lines = lines;
    }

    static DescribedValues read(Path file) throws InputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), null, "expected a condition file, not found");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String s;
            int no = 0;
            while ((s = r.readLine()) != null) {
                no++;
                String t = s.strip();
                if (t.isEmpty()) {
                    continue;
                }
                String[] tokens = t.split("[ \\t]+");
                int n = 0;
                while (n < tokens.length - 1 && KeyConditions.isNumber(tokens[n])) {
                    n++;
                }
                if (n == 0) {
                    n = 1;
                }
                String[] values = new String[n];
                System.arraycopy(tokens, 0, values, 0, n);
                out.add(new Line(no, values, String.join(" ", java.util.Arrays.copyOfRange(tokens, n, tokens.length))));
            }
        }
        return new DescribedValues(file, out);
    }

    Path file() {
        return file;
    }

    /** Every line whose text matches {@code pattern} (find, not full match), in file order. */
    List<Line> all(Pattern pattern) {
        return lines.stream().filter(l -> pattern.matcher(l.text()).find()).toList();
    }

    /** The one line whose text matches; exit 2 when there is none. */
    Line one(Pattern pattern, String what) throws InputException {
        List<Line> found = all(pattern);
        if (found.isEmpty()) {
            throw new InputException(file.toString(), "field '" + what + "'",
                    "expected a line whose description matches /" + pattern.pattern() + "/, not found");
        }
        return found.get(0);
    }

    List<Line> lines() {
        return lines;
    }
}
