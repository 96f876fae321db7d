package org.petrobench.epma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.petrobench.core.chem.Oxide;
import org.petrobench.core.chem.OxygenBasis;

/**
 * Structural-formula components of the phases the P-T models use (PT.md §1), recast from oxide
 * wt% on the phase's oxygen basis with all Fe as Fe²⁺ (PT.md Decision):
 * <pre>apfu_c = (wt_o n_c/M_o)·O_basis/Σ_o(wt_o n_O,o/M_o)       (EPMA.md §11)</pre>
 * <ul>
 * <li>Grt (12 O): Xalm, Xprp, Xgrs, Xsps = Fe, Mg, Ca, Mn / (Fe + Mg + Ca + Mn);</li>
 * <li>Bt (11 O): XMg, XFe, XAlVI, XTi = octahedral site fractions over Fe + Mg + Mn + Al^VI + Ti + Cr
 * with Al^IV = min(Al, max(0, 4 − Si)), Al^VI = Al − Al^IV (McMullin et al. 1991 convention);</li>
 * <li>Pl (8 O): Xan, Xab = Ca, Na / (Ca + Na + K).</li>
 * </ul>
 * Other phases have no components here (their oxide wt% are used instead). A sub-phase
 * {@code Grt_core} is recast as its base phase.
 */
public final class StructuralFormula {

    private final String phase;
    private final List<String> components;
    private final OxygenBasis basis;
    private final String[] cation;
    private final double[] apfu;
    private final double[] scratch;

    private StructuralFormula(String phase, List<String> components, double oxygens, List<Oxide> oxides, String[] cation) {
        this.phase = phase;
        this.components = components;
        this.basis = new OxygenBasis(oxygens, oxides);
        this.cation = cation;
        this.apfu = new double[oxides.size()];
        this.scratch = new double[oxides.size()];
    }

    /** The base phase name: the text before the first '_'. */
    public static String basePhase(String phase) {
        int u = phase.indexOf('_');
        return u > 0 ? phase.substring(0, u) : phase;
    }

    /** The component names (without the phase prefix), empty for a phase without a recast. */
    public static List<String> components(String phase) {
        return switch (basePhase(phase)) {
        case "Grt" -> List.of("Xalm", "Xprp", "Xgrs", "Xsps");
        case "Bt" -> List.of("XMg", "XFe", "XAlVI", "XTi");
        case "Pl" -> List.of("Xan", "Xab");
        default -> List.of();
        };
    }

    /**
     * A recast for {@code phase} from wt% of {@code oxides} (map names; names that are not oxide
     * formulas carry no oxygen and are ignored); empty when the phase has no components.
     */
    public static Optional<StructuralFormula> of(String phase, List<String> oxides) {
        List<String> comps = components(phase);
        if (comps.isEmpty()) {
            return Optional.empty();
        }
        double oxygens = switch (basePhase(phase)) {
        case "Grt" -> 12;
        case "Bt" -> 11;
        default -> 8;
        };
        List<Oxide> list = new ArrayList<>();
        String[] cation = new String[oxides.size()];
        for (int o = 0; o < oxides.size(); o++) {
            Optional<Oxide> ox = Oxide.find(oxides.get(o));
            cation[o] = ox.map(x -> x.cation().symbol()).orElse(null);
            // a non-oxide column enters with zero weight as a stand-in oxide so indices stay aligned
            list.add(ox.orElse(Oxide.parse("SiO2")));
        }
        return Optional.of(new StructuralFormula(basePhase(phase), comps, oxygens, list, cation));
    }

    public List<String> componentNames() {
        return components;
    }

    /**
     * The components for one analysis (wt% in the oxide order given to {@link #of}); NaN where the
     * denominator is 0 or the analysis carries no oxygen. Not thread-safe (scratch array).
     */
    public double[] recast(double[] wt, double[] out) {
        double[] w = scratch;
        for (int o = 0; o < w.length; o++) {
            w[o] = cation[o] == null ? 0 : wt[o]; // a non-oxide column carries no oxygen
        }
        double sum = basis.cations(w, apfu);
        java.util.Arrays.fill(out, Double.NaN);
        if (Double.isNaN(sum)) {
            return out;
        }
        double fe = apfu("Fe"), mg = apfu("Mg"), ca = apfu("Ca"), mn = apfu("Mn"), na = apfu("Na"), k = apfu("K");
        switch (phase) {
        case "Grt" -> ratios(out, fe + mg + ca + mn, fe, mg, ca, mn);
        case "Bt" -> {
            double si = apfu("Si"), al = apfu("Al"), ti = apfu("Ti"), cr = apfu("Cr");
            double alIv = Math.min(al, Math.max(0, 4 - si));
            double alVi = al - alIv;
            ratios(out, fe + mg + mn + alVi + ti + cr, mg, fe, alVi, ti);
        }
        default -> ratios(out, ca + na + k, ca, na);
        }
        return out;
    }

    /**
     * The components per pixel (EPMA.md §11): computed where the phase's membership P_ik ≥ 0.5 and
     * the analytical total ≥ {@code minTotal} (80 wt% by default in the spec), NaN elsewhere.
     *
     * @param wt    wt maps in the oxide order given to {@link #of}
     * @param total the Total map (wt%)
     * @return [component][pixel]
     */
    public float[][] map(float[][] wt, float[] total, Membership membership, int phase, double minTotal) {
        int n = total.length;
        float[][] out = new float[components.size()][n];
        double[] w = new double[wt.length];
        double[] x = new double[components.size()];
        for (int i = 0; i < n; i++) {
            boolean use = membership.hasData(i) && membership.value(phase, i) >= 0.5f && total[i] >= minTotal;
            if (use) {
                for (int o = 0; o < w.length; o++) {
                    w[o] = wt[o][i];
                }
                recast(w, x);
            }
            for (int c = 0; c < x.length; c++) {
                out[c][i] = use ? (float) x[c] : Float.NaN;
            }
        }
        return out;
    }

    private static void ratios(double[] out, double denominator, double... parts) {
        for (int i = 0; i < parts.length; i++) {
            out[i] = denominator > 0 ? parts[i] / denominator : Double.NaN;
        }
    }

    private double apfu(String symbol) {
        double s = 0;
        for (int o = 0; o < cation.length; o++) {
            if (symbol.equals(cation[o])) {
                s += apfu[o];
            }
        }
        return s;
    }
}
