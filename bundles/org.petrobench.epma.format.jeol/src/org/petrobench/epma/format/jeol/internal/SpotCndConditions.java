package org.petrobench.epma.format.jeol.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.petrobench.core.InputException;
import org.petrobench.epma.data.ElementConditions;

/**
 * Per-element spot conditions from a JEOL spot folder's condition file (EPMA.md §3.4, sources 2
 * and 3): {@code .cnd/elemw.cnd} or {@code Pos_0001/data001.cnd} (also {@code Pos_001}, CONFIRM
 * §16), in {@code $KEY} form or in "value description" form. Nothing is guessed from line
 * positions; offsets are used as magnitudes.
 */
final class SpotCndConditions {

    static final Pattern BG_PLUS = Pattern.compile("(Back |BG)\\+\\[mm\\]");
    static final Pattern BG_MINUS = Pattern.compile("(Back |BG)-\\[mm\\]");
    static final Pattern PEAK_TIME = Pattern.compile("(Peak|Pk)( Meas\\.)? (Time|t)");
    static final Pattern BG_TIME = Pattern.compile("(Back|BG)( Meas\\.)? (Time|t)");

    private SpotCndConditions() {
    }

    /** The first existing condition file of the folder, or empty. */
    static Optional<Path> locate(Path qntFolder) {
        for (String candidate : List.of(".cnd/elemw.cnd", "Pos_0001/data001.cnd", "Pos_001/data001.cnd")) {
            Path p = qntFolder.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Conditions for {@code elements} (elint.qnt order) with {@code oxides}. */
    static List<ElementConditions> read(Path cnd, List<String> elements, List<String> oxides)
            throws InputException, IOException {
        return KeyConditions.looksLikeKeyFile(cnd) ? fromKeys(cnd, elements, oxides)
                : fromDescriptions(cnd, elements, oxides);
    }

    private static List<ElementConditions> fromKeys(Path cnd, List<String> elements, List<String> oxides)
            throws InputException, IOException {
        KeyConditions c = KeyConditions.read(cnd);
        int n = elements.size();
        // channel of each element: by the per-channel name key when present, else the %n order
        int[] channel = new int[n];
        TreeMap<Integer, String> names = c.indexed("XM_ELEM_NAME");
        List<Integer> plusChannels = new ArrayList<>(c.indexed("XM_ELEM_WDS_BACK_PLUS").keySet());
        for (int e = 0; e < n; e++) {
            if (!names.isEmpty()) {
                channel[e] = -1;
                for (Map.Entry<Integer, String> m : names.entrySet()) {
                    if (c.text(m.getValue()).trim().equalsIgnoreCase(elements.get(e))) {
                        channel[e] = m.getKey();
                    }
                }
                if (channel[e] < 0) {
                    throw new InputException(cnd.toString(), "keys $XM_ELEM_NAME%n",
                            "expected a channel for the analysed element '" + elements.get(e) + "', found " + names.size()
                                    + " channel(s) without it; supply conditions_qnt.csv instead");
                }
            } else {
                if (e >= plusChannels.size()) {
                    throw new InputException(cnd.toString(), "key $XM_ELEM_WDS_BACK_PLUS%" + e,
                            "expected background/time conditions for the analysed element '" + elements.get(e)
                                    + "' (element " + (e + 1) + " of elint.qnt), not found; supply conditions_qnt.csv");
                }
                channel[e] = plusChannels.get(e);
            }
        }
        List<ElementConditions> out = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            int ch = channel[e];
            double plus = Math.abs(key(c, "XM_ELEM_WDS_BACK_PLUS", ch, elements.get(e), Unit.MM));
            double minus = Math.abs(key(c, "XM_ELEM_WDS_BACK_MINUS", ch, elements.get(e), Unit.MM));
            double peak = key(c, "XM_ELEM_WDS_QNT_PEAK_TIME", ch, elements.get(e), Unit.S);
            double bg = key(c, "XM_ELEM_WDS_QNT_BACK_TIME", ch, elements.get(e), Unit.S);
            out.add(validated(cnd, "channel %" + ch, elements.get(e), oxides.get(e), plus, minus, peak, bg));
        }
        return out;
    }

    private static double key(KeyConditions c, String base, int channel, String element, Unit unit)
            throws InputException {
        String key = base + "%" + channel;
        if (!c.has(key)) {
            throw new InputException(c.file().toString(), "key $" + key,
                    "expected background/time conditions for the analysed element '" + element
                            + "', not found; supply conditions_qnt.csv");
        }
        return c.number(key, unit);
    }

    private static List<ElementConditions> fromDescriptions(Path cnd, List<String> elements, List<String> oxides)
            throws InputException, IOException {
        DescribedValues d = DescribedValues.read(cnd);
        int n = elements.size();
        List<DescribedValues.Line> plus = matches(d, BG_PLUS, n, elements);
        List<DescribedValues.Line> minus = matches(d, BG_MINUS, n, elements);
        List<DescribedValues.Line> peak = matches(d, PEAK_TIME, n, elements);
        List<DescribedValues.Line> bg = matches(d, BG_TIME, n, elements);
        List<ElementConditions> out = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            out.add(validated(cnd, "line " + plus.get(e).line(), elements.get(e), oxides.get(e),
                    Math.abs(plus.get(e).first(cnd)), Math.abs(minus.get(e).first(cnd)), seconds(peak.get(e), cnd),
                    seconds(bg.get(e), cnd)));
        }
        return out;
    }

    /** A time in s; a description stating "[msec]" or "[ms]" is converted. */
    private static double seconds(DescribedValues.Line line, Path cnd) throws InputException {
        double v = line.first(cnd);
        String t = line.text();
        return t.contains("[msec]") || t.contains("[ms]") ? v * 1e-3 : v;
    }

    private static List<DescribedValues.Line> matches(DescribedValues d, Pattern p, int n, List<String> elements)
            throws InputException {
        List<DescribedValues.Line> found = d.all(p);
        if (found.size() != n) {
            throw new InputException(d.file().toString(), "field /" + p.pattern() + "/",
                    "expected exactly " + n + " lines (one per analysed element " + elements + "), found " + found.size()
                            + "; supply conditions_qnt.csv instead");
        }
        return found;
    }

    private static ElementConditions validated(Path cnd, String where, String element, String oxide, double plus,
            double minus, double peak, double bg) throws InputException {
        if (!(plus + minus > 0)) {
            throw new InputException(cnd.toString(), where, "expected background offsets with a positive sum for '"
                    + element + "', found " + plus + " and " + minus);
        }
        if (!(peak > 0) || !(bg > 0)) {
            throw new InputException(cnd.toString(), where,
                    "expected positive peak and background times for '" + element + "', found " + peak + " and " + bg);
        }
        return new ElementConditions(element, oxide, plus, minus, peak, bg);
    }
}
