package org.petrobench.epma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mean composition and modal fraction of one phase (EPMA.md §10 summary.csv, §11).
 * Means and sds are weighted over all pixels with data: m = Σ w_i C_i/Σ w_i,
 * sd = sqrt(Σ w_i (C_i − m)²/Σ w_i), with w_i = P_ik ({@code MEMBERSHIP}), the hard label
 * ({@code HARD}) or the hard label where the pixel and its 8 neighbours all carry it ({@code CORE},
 * which drops the boundary pixels that bias means). The modal fraction is the mean membership
 * (area = volume fraction by Delesse's principle); NaN arrays for a phase without weight.
 *
 * @param phase          phase name
 * @param pixels         hard-label count
 * @param modalFraction  φ_k = mean_i P_ik over pixels with data
 * @param mean           per oxide in {@link QuantifiedMaps#elements()} order, then Total (wt%)
 * @param sd             the same order
 */
public record PhaseSummary(String phase, int pixels, double modalFraction, double[] mean, double[] sd) {

    /** How pixels are weighted for the means. */
    public enum Weighting {
        MEMBERSHIP, HARD, CORE
    }

    /** Summaries of all phases, in phase order. */
    public static List<PhaseSummary> of(QuantifiedMaps q, Weighting weighting) {
        int columns = q.geometry().columns();
        int n = q.geometry().pixels();
        int block = Math.max(1, 65536 / columns) * columns;
        int blocks = (n + block - 1) / block;
        // per-block partial sums, reduced in block order: the result does not depend on the threads
        Partial[] parts = new Partial[blocks];
        java.util.stream.IntStream.range(0, blocks).parallel()
                .forEach(b -> parts[b] = partial(q, weighting, b * block, Math.min(n, (b + 1) * block), null));
        return combine(q, java.util.Arrays.asList(parts));
    }

    /**
     * The sums of pixels [from, to) for {@link #combine}, from wt values the caller has already
     * computed ({@link QuantifiedMaps#compute}, index i − from; rows 0..E−1 oxides, row E Total),
     * so that a writer streaming the maps needs no second pass (EPMA.md §14). Thread-safe.
     */
    public static Partial partial(QuantifiedMaps q, Weighting weighting, int from, int to, float[][] wt) {
        return partialSums(q, weighting, from, to, wt);
    }

    /**
     * Summaries from block sums given in block order; the order fixes the rounding, so the result
     * does not depend on how many threads produced the blocks.
     */
    public static List<PhaseSummary> combine(QuantifiedMaps q, List<Partial> parts) {
        int nk = q.phases().size();
        int ne = q.elements().size() + 1;
        double[] w = new double[nk];
        double[][] s1 = new double[nk][ne];
        double[][] s2 = new double[nk][ne];
        double[] member = new double[nk];
        int[] hard = new int[nk];
        int data = 0;
        for (Partial p : parts) {
            data += p.data;
            for (int k = 0; k < nk; k++) {
                w[k] += p.w[k];
                member[k] += p.member[k];
                hard[k] += p.hard[k];
                for (int e = 0; e < ne; e++) {
                    s1[k][e] += p.s1[k][e];
                    s2[k][e] += p.s2[k][e];
                }
            }
        }
        List<PhaseSummary> out = new ArrayList<>();
        for (int k = 0; k < nk; k++) {
            double[] mean = new double[ne];
            double[] sd = new double[ne];
            Arrays.fill(mean, Double.NaN);
            Arrays.fill(sd, Double.NaN);
            if (w[k] > 0 && hard[k] > 0) {
                for (int e = 0; e < ne; e++) {
                    mean[e] = s1[k][e] / w[k];
                    sd[e] = Math.sqrt(Math.max(0, s2[k][e] / w[k] - mean[e] * mean[e]));
                }
            }
            out.add(new PhaseSummary(q.phases().get(k).name(), hard[k], data > 0 ? member[k] / data : Double.NaN, mean, sd));
        }
        return out;
    }

    /** Sums of one pixel block (opaque: produced by {@link #partial}, consumed by {@link #combine}). */
    public static final class Partial {
        final double[] w;
        final double[][] s1;
        final double[][] s2;
        final double[] member;
        final int[] hard;
        final int data;

        Partial(double[] w, double[][] s1, double[][] s2, double[] member, int[] hard, int data) {
            this.w = w;
            this.s1 = s1;
            this.s2 = s2;
            this.member = member;
            this.hard = hard;
            this.data = data;
        }
    }

    private static Partial partialSums(QuantifiedMaps q, Weighting weighting, int from, int to, float[][] given) {
        int nk = q.phases().size();
        int ne = q.elements().size() + 1;
        Membership m = q.membership();
        int columns = q.geometry().columns();
        int lines = q.geometry().lines();
        double[] w = new double[nk];
        double[][] s1 = new double[nk][ne];
        double[][] s2 = new double[nk][ne];
        double[] member = new double[nk];
        int[] hard = new int[nk];
        int data = 0;
        float[][] wt = given;
        if (wt == null) {
            wt = new float[ne][to - from];
            q.compute(from, to, wt, new float[ne][to - from]);
        }
        boolean fractions = m.kind() == Membership.Kind.AREA_FRACTION && weighting == Weighting.MEMBERSHIP;
        PixelModel model = q.newPixelModel();
        double[][] own = new double[nk][ne];
        for (int i = from; i < to; i++) {
            int label = m.label(i);
            if (label < 0) {
                continue;
            }
            data++;
            hard[label]++;
            if (fractions) {
                phaseCompositions(q, model, i, own);
            }
            for (int k = 0; k < nk; k++) {
                member[k] += m.value(k, i);
                double weight = switch (weighting) {
                case MEMBERSHIP -> m.value(k, i);
                case HARD -> label == k ? 1 : 0;
                case CORE -> label == k && core(m, i, k, lines, columns) ? 1 : 0;
                };
                if (weight <= 0) {
                    continue;
                }
                w[k] += weight;
                for (int e = 0; e < ne; e++) {
                    double v = fractions ? own[k][e] : wt[e][i - from];
                    s1[k][e] += weight * v;
                    s2[k][e] += weight * v * v;
                }
            }
        }
        return new Partial(w, s1, s2, member, hard, data);
    }

    /**
     * Decision: with area fractions (§7.4) a mixed pixel adds to phase k's mean the phase's own
     * calibrated share α_ek(β_e ŝ_iek/f_ik − γ_ek), not the mixed pixel's total; otherwise every
     * boundary pixel would drag the other phase's composition into the mean.
     */
    private static void phaseCompositions(QuantifiedMaps q, PixelModel model, int i, double[][] own) {
        int ne = q.elements().size();
        int nk = q.phases().size();
        for (int k = 0; k < nk; k++) {
            own[k][ne] = 0;
        }
        for (int e = 0; e < ne; e++) {
            model.evaluate(e, i);
            for (int k = 0; k < nk; k++) {
                float f = q.membership().value(k, i);
                double v = f > 0 ? Math.max(0, model.w[k] / f) : 0;
                own[k][e] = v;
                own[k][ne] += v;
            }
        }
    }

    private static boolean core(Membership m, int i, int k, int lines, int columns) {
        int line = i / columns;
        int col = i % columns;
        for (int dl = -1; dl <= 1; dl++) {
            for (int dc = -1; dc <= 1; dc++) {
                int l2 = line + dl;
                int c2 = col + dc;
                if (l2 < 0 || l2 >= lines || c2 < 0 || c2 >= columns || m.label(l2 * columns + c2) != k) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Mass fractions ρ_k φ_k/Σ ρφ from modal (area) fractions and densities (g/cm³) in phase order.
     */
    public static double[] massFractions(List<PhaseSummary> summaries, double[] densities) {
        double total = 0;
        double[] out = new double[summaries.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = densities[k] * summaries.get(k).modalFraction();
            total += out[k];
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= total;
        }
        return out;
    }
}
