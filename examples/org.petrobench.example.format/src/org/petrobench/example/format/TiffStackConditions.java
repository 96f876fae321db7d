package org.petrobench.example.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.petrobench.core.InputException;

/**
 * {@code conditions.txt} of a TIFF map stack: {@code key = value} lines (keys ignore case), {@code #} comments.
 * Keys: {@code signals} (comma-separated; each is the file {@code <signal>.tif} beside it),
 * {@code dwell_ms}, {@code current_nA}, {@code step_um}, {@code start_mm} (x, y, z of the centre of
 * the first pixel), optional {@code instrument} and {@code dead_time_ns}. Errors name the line and
 * key.
 */
final class TiffStackConditions {

    static final String FILE = "conditions.txt";

    final Path file;
    final List<String> signals;
    final double dwellS;
    final double currentUA;
    final double stepUm;
    final double[] startMm;
    final String instrument;
    /** τ stated in the file, NaN when absent. */
    final double deadTimeNs;

    private final Map<String, Integer> lines;

    private TiffStackConditions(Path file, Map<String, String> values, Map<String, Integer> lines) throws InputException {
        this.file = file;
        this.lines = lines;
        this.signals = Arrays.stream(required(values, "signals").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (signals.isEmpty()) {
            throw error("signals", "at least one signal name");
        }
        this.dwellS = positive(values, "dwell_ms") / 1000;
        this.currentUA = positive(values, "current_nA") / 1000;
        this.stepUm = positive(values, "step_um");
        String[] start = required(values, "start_mm").split(",");
        if (start.length != 3) {
            throw error("start_mm", "three numbers x, y, z in mm");
        }
        this.startMm = new double[3];
        for (int i = 0; i < 3; i++) {
            startMm[i] = number("start_mm", start[i]);
        }
        this.instrument = values.getOrDefault("instrument", "");
        this.deadTimeNs = values.containsKey("dead_time_ns") ? number("dead_time_ns", values.get("dead_time_ns")) : Double.NaN;
        if (deadTimeNs < 0) {
            throw error("dead_time_ns", "a dead time >= 0 ns");
        }
    }

    static TiffStackConditions read(Path file) throws InputException, IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq <= 0) {
                    throw new InputException(file.toString(), "line " + n, "key = value, found '" + t + "'");
                }
                String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (values.put(key, t.substring(eq + 1).strip()) != null) {
                    throw new InputException(file.toString(), "line " + n, "key '" + key + "' only once");
                }
                lines.put(key, n);
            }
        }
        return new TiffStackConditions(file, values, lines);
    }

    private String required(Map<String, String> values, String key) throws InputException {
        String v = values.get(key.toLowerCase(Locale.ROOT));
        if (v == null || v.isEmpty()) {
            throw new InputException(file.toString(), "key '" + key + "'", "a value (the key is missing or empty)");
        }
        return v;
    }

    private double positive(Map<String, String> values, String key) throws InputException {
        double v = number(key, required(values, key));
        if (!(v > 0)) {
            throw error(key, "a number > 0");
        }
        return v;
    }

    private double number(String key, String text) throws InputException {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw error(key, "a number, found '" + text.strip() + "'");
    }

    private InputException error(String key, String expected) {
        Integer line = lines.get(key.toLowerCase(Locale.ROOT));
        return new InputException(file.toString(), (line == null ? "" : "line " + line + ", ") + "key '" + key + "'", expected);
    }

    List<Path> signalFiles() {
        List<Path> out = new ArrayList<>();
        for (String s : signals) {
            out.add(file.resolveSibling(s + ".tif"));
        }
        return out;
    }
}
