package org.petrobench.epma.data;

import java.util.Objects;

/**
 * One spot analysis. Per-element arrays follow the order of {@link SpotSet#elements()}.
 *
 * @param id        spot id as in the files
 * @param phase     comment/default phase, "" if none
 * @param xMm       stage X
 * @param yMm       stage Y
 * @param zMm       stage Z
 * @param currentUA I_s, probe current
 * @param wt        oxide wt% (C_se)
 * @param net       Net_se in cps/µA (a negative value was set to 0 by the reader)
 * @param bgMinus   B⁻_se in cps/µA
 * @param bgPlus    B⁺_se in cps/µA
 * @param peak      Pk_se in cps/µA, NaN where the file is absent (then Pk = Net + B_int, §4)
 */
public record Spot(String id, String phase, double xMm, double yMm, double zMm, double currentUA, double[] wt,
        double[] net, double[] bgMinus, double[] bgPlus, double[] peak) {

    public Spot {
        Objects.requireNonNull(id, "id");
        phase = phase == null ? "" : phase;
        int n = wt.length;
        if (net.length != n || bgMinus.length != n || bgPlus.length != n || peak.length != n) {
            throw new IllegalArgumentException("spot " + id + ": per-element arrays differ in length");
        }
    }
}
