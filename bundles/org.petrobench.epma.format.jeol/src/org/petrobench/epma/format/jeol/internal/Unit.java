package org.petrobench.epma.format.jeol.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Unit tokens accepted after values in condition files (EPMA.md §3.1), with their SI factor. */
enum Unit {
    MSEC("msec", Dimension.TIME, 1e-3), MS("ms", Dimension.TIME, 1e-3), SEC("sec", Dimension.TIME, 1),
    S("s", Dimension.TIME, 1), UM("um", Dimension.LENGTH, 1e-6), MICRO_M("µm", Dimension.LENGTH, 1e-6),
    MM("mm", Dimension.LENGTH, 1e-3), NM("nm", Dimension.LENGTH, 1e-9), A("A", Dimension.CURRENT, 1),
    NA("nA", Dimension.CURRENT, 1e-9);

    enum Dimension {
        TIME, LENGTH, CURRENT
    }

    final String token;
    final Dimension dimension;
    final double toSi;

    Unit(String token, Dimension dimension, double toSi) {
        this.token = token;
        this.dimension = dimension;
        this.toSi = toSi;
    }

    /** The unit written as {@code token} (exact case, except µm also as "μm"), or null. */
    static Unit parse(String token) {
        String t = token.replace('\u03bc', '\u00b5');
        for (Unit u : values()) {
            if (u.token.equals(t)) {
                return u;
            }
        }
        return null;
    }

    static String names(Dimension d) {
        return Arrays.stream(values()).filter(u -> u.dimension == d).map(u -> u.token).collect(Collectors.joining(" "));
    }
}
