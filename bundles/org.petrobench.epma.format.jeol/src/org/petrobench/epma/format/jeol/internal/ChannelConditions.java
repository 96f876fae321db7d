package org.petrobench.epma.format.jeol.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.epma.data.SignalType;

/**
 * The conditions of one map channel as read from its condition file, in SI-friendly units, and
 * the cross-channel agreement check of EPMA.md §3.2 ("every .cnd is parsed"): dwell, current,
 * pixels, step and start must agree across X-ray channels (exit 2 naming both files and the key);
 * for an electron channel a mismatch is only a warning.
 */
record ChannelConditions(Path conditionsFile, String signal, SignalType type, double dwellS, double currentUA,
        double[] startMm, int pointsX, int pointsY, double stepXUm, double stepYUm, String instrument,
        Keys keys) {

    /** The keys each quantity came from, for messages. */
    record Keys(String dwell, String current, String start, String points, String step) {
    }

    /** Checks {@code other} against this reference channel. */
    void checkAgreement(ChannelConditions other, Diagnostics diagnostics) throws InputException {
        compare(other, keys.dwell, dwellS == other.dwellS, dwellS * 1e3 + " ms", other.dwellS * 1e3 + " ms",
                diagnostics);
        compare(other, keys.current, currentUA == other.currentUA, currentUA * 1e-6 + " A",
                other.currentUA * 1e-6 + " A", diagnostics);
        compare(other, keys.points, pointsX == other.pointsX && pointsY == other.pointsY, pointsX + " " + pointsY,
                other.pointsX + " " + other.pointsY, diagnostics);
        compare(other, keys.step, stepXUm == other.stepXUm && stepYUm == other.stepYUm, stepXUm + " " + stepYUm + " um",
                other.stepXUm + " " + other.stepYUm + " um", diagnostics);
        compare(other, keys.start, Arrays.equals(startMm, other.startMm), Arrays.toString(startMm) + " mm",
                Arrays.toString(other.startMm) + " mm", diagnostics);
    }

    private void compare(ChannelConditions other, String key, boolean same, String mine, String theirs,
            Diagnostics diagnostics) throws InputException {
        if (same) {
            return;
        }
        String text = "expected the same value as " + conditionsFile + " (" + mine + ", channel " + signal
                + "), found " + theirs;
        if (other.type == SignalType.XRAY) {
            throw new InputException(other.conditionsFile.toString(), "key $" + key, text);
        }
        diagnostics.warn(other.conditionsFile + ": key $" + key + ": " + text + " (electron signal " + other.signal
                + ": kept)");
    }

    /** The reference channel: the first X-ray channel, else the first. */
    static ChannelConditions reference(List<ChannelConditions> all) {
        return all.stream().filter(c -> c.type == SignalType.XRAY).findFirst().orElse(all.get(0));
    }

    /** A positive integer pixel count. */
    static int count(double v, Path file, String key) throws InputException {
        if (!(v >= 1) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new InputException(file.toString(), "key $" + key, "expected a positive whole pixel count, found " + v);
        }
        return (int) v;
    }

    static double positive(double v, Path file, String key, String what) throws InputException {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InputException(file.toString(), "key $" + key, "expected a positive " + what + ", found " + v);
        }
        return v;
    }
}
