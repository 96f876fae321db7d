package org.petrobench.epma.data;

/** A stage axis of the microprobe. */
public enum StageAxis {
    X, Y;

    /** The axis named by {@code text} ("X"/"Y", case-insensitive), or {@code null}. */
    public static StageAxis parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("X")) {
            return X;
        }
        if (t.equalsIgnoreCase("Y")) {
            return Y;
        }
        return null;
    }
}
