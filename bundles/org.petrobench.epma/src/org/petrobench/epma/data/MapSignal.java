package org.petrobench.epma.data;

import java.util.Objects;

/**
 * One map channel.
 *
 * @param name       element symbol as written in the file ("Si") or the electron signal ("BSE")
 * @param type       X-ray or electron (§3.6)
 * @param counts     row-major per-pixel values: dead-time corrected counts (X-ray) or raw values
 *                   (electron); shared, not copied (do not modify)
 * @param dwellS     t_d, dwell per pixel
 * @param currentUA  I_m, probe current
 * @param deadTimeS  τ applied to these counts (0 = none); variance V(X) = X(1 + τX/t_d) (§3.8)
 * @param sourceFile the file the values came from (for messages)
 */
public record MapSignal(String name, SignalType type, float[] counts, double dwellS, double currentUA,
        double deadTimeS, String sourceFile) {

    public MapSignal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(counts, "counts");
    }

    public boolean isXray() {
        return type == SignalType.XRAY;
    }

    /** E_m = t_d · I_m in s·µA. */
    public double exposureSecUA() {
        return dwellS * currentUA;
    }

    /** Variance of the value at {@code pixel} (§3.8); for electron signals the value itself. */
    public double variance(int pixel) {
        return type == SignalType.XRAY ? DeadTime.variance(counts[pixel], deadTimeS, dwellS) : counts[pixel];
    }
}
