package org.petrobench.pt.model.thermobarometry.internal;

import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XALM;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XGRS;
import static org.petrobench.pt.model.thermobarometry.internal.FeMgPartition.GRT_XPRP;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.Al2SiO5Diagram;
import org.petrobench.pt.Al2SiO5Diagram.Polymorph;
import org.petrobench.pt.Al2SiO5Diagram.TriplePoint;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * GASP barometer 3 An = Grs + 2 Al2SiO5 + Qz after Koziol &amp; Newton (1988), as implemented after
 * Koziol (1989) (PT.md §3.2; T_C in °C, T in K, P in bar, R' = 8.3143 J/(mol K)):
 * <pre>
 * ky:  P = 22.8 T_C − 1093                     − 3 R' T ln(a_an/a_grs) / 6.594   [K: reversal fit]
 * sil: P = −1.872e−4 T_C² + 23.41 T_C − 25    − 3 R' T ln(a_an/a_grs) / 5.452   [V]
 * and: P = −1.872e−4 T_C² + 23.98 T_C − 581   − 3 R' T ln(a_an/a_grs) / 5.124   [V]
 * a_an  = X_an (1+X_an)²/4 · exp[(1−X_an)² (2050 + 9392 X_an) / (1.987 T)]       (Newton et al. 1980)
 * a_grs = X_grs · exp[(1−X_grs)² (W1 + 2 X_grs (W2−W1)) / (8.3143 T)]
 * W1 = −2060 + 357.4 m − 4.95 m²,  W2 = 3391 − 371 m + 6.49 m²,  m = 100·Grt.XMg
 * </pre>
 * The denominators are |ΔV_r| in J/bar. m is computed as 100·X_prp/(X_prp+X_alm), which is
 * PT.md §1's Grt.XMg (Decision: no separate column). σ_cal = 1000 bar [K].
 * <p>
 * Polymorph (Decision, PT.md §3.2): {@code ky | sil | and | auto}; {@code auto} (default) takes
 * the polymorph stable at the current (P, T) on the reference diagram of PT.md §3.8 (triple point
 * selectable), never "the lowest of three pressures". GASP applies only when an Al2SiO5
 * polymorph and quartz are in the rock, which no profile column says: {@code auto} therefore
 * always warns, and also warns within 500 bar of a boundary (Decision), where the choice moves P
 * by a few hundred bar. A fixed polymorph outside its field on the reference diagram warns too.
 * Status: KNOWN with ky (the line could not be re-checked) or auto, VERIFIED with sil or and.
 */
@Component(service = ThermodynamicModel.class)
public final class GaspKn1988 extends Barometer {

    static final String PL_XAN = "Pl.Xan";
    static final String AUTO = "auto";

    /** R' = 8.3143 J/(mol K), the gas constant the lines were fitted with. */
    private static final double R_J = 8.3143;
    private static final double R_CAL = 1.987;
    private static final double SD_BAR = 1000;
    private static final double NEAR_BOUNDARY_BAR = 500;

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.choice("polymorph",
                    "Al2SiO5 polymorph in the rock; auto = the one stable at (P, T) on the reference diagram",
                    AUTO, "auto", "ky", "sil", "and"),
            ModelParameter.choice("triplePoint", "Al2SiO5 triple point of the reference diagram used by polymorph=auto",
                    TriplePoint.HOLDAWAY_1971.key(), TriplePoint.HOLDAWAY_1971.key(), TriplePoint.PATTISON_1992.key()));

    private static final List<String> REQUIRES = List.of(PL_XAN, GRT_XGRS, GRT_XPRP, GRT_XALM);

    private final Al2SiO5Diagram diagram;
    /** The polymorph set by the parameter, or null for {@code auto} (resolved once, not per point). */
    private final Polymorph fixedPolymorph;
    /** Indices of the variables in the value rows ({@link #slot}). */
    private final int xAn;
    private final int xGrs;
    private final int prp;
    private final int alm;

    public GaspKn1988() {
        this(Map.of());
    }

    private GaspKn1988(Map<String, Object> values) {
        super(values);
        String tp = choice("triplePoint");
        this.diagram = new Al2SiO5Diagram(tp.equals(TriplePoint.PATTISON_1992.key())
                ? TriplePoint.PATTISON_1992 : TriplePoint.HOLDAWAY_1971);
        String p = choice("polymorph");
        this.fixedPolymorph = p.equals(AUTO) ? null : Polymorph.ofKey(p);
        xAn = slot(PL_XAN);
        xGrs = slot(GRT_XGRS);
        prp = slot(GRT_XPRP);
        alm = slot(GRT_XALM);
    }

    @Override
    Calibration copy(Map<String, Object> values) {
        return new GaspKn1988(values);
    }

    @Override
    public String id() {
        return "gasp-kn1988";
    }

    @Override
    public String name() {
        return "GASP barometer, garnet-plagioclase-Al2SiO5-quartz (Koziol & Newton 1988; Koziol 1989)";
    }

    @Override
    public String reference() {
        return "Koziol A.M., Newton R.C. (1988) Redetermination of the anorthite breakdown reaction and improvement "
                + "of the plagioclase-garnet-Al2SiO5-quartz geobarometer. Am. Mineral. 73:216-223; sil and and lines "
                + "after Koziol A.M. (1989) as coded in open thermobarometry code; plagioclase activity after "
                + "Newton R.C., Charlu T.V., Kleppa O.J. (1980) Geochim. Cosmochim. Acta 44:933-941";
    }

    @Override
    public ModelStatus status() {
        String p = choice("polymorph");
        return p.equals("sil") || p.equals("and") ? ModelStatus.VERIFIED : ModelStatus.KNOWN;
    }

    @Override
    public String statusNote() {
        return "ky line = Koziol & Newton (1988) reversal fit, standard value not re-checked [K]; "
                + "sil and and lines checked against open code [V]";
    }

    @Override
    public List<String> phases() {
        return List.of("Grt", "Pl");
    }

    @Override
    public List<String> requires() {
        return REQUIRES;
    }

    @Override
    public List<ModelParameter> parameters() {
        return PARAMETERS;
    }

    /** The polymorph used at (P, T). */
    Polymorph polymorph(double pBar, double tK) {
        return fixedPolymorph == null ? diagram.stable(pBar, tK) : fixedPolymorph;
    }

    /** Plagioclase anorthite activity after Newton, Charlu &amp; Kleppa (1980). */
    static double anorthiteActivity(double xAn, double tK) {
        double q = 1 - xAn;
        return xAn * (1 + xAn) * (1 + xAn) / 4 * Math.exp(q * q * (2050 + 9392 * xAn) / (R_CAL * tK));
    }

    /** Garnet grossular activity, one-site model with Margules W1, W2 depending on m = 100·XMg. */
    static double grossularActivity(double xGrs, double xMg, double tK) {
        double m = 100 * xMg;
        double w1 = -2060 + 357.4 * m - 4.95 * m * m;
        double w2 = 3391 - 371 * m + 6.49 * m * m;
        double q = 1 - xGrs;
        return xGrs * Math.exp(q * q * (w1 + 2 * xGrs * (w2 - w1)) / (R_J * tK));
    }

    @Override
    double pressure(double pBar, double tK, double[] v, int o) {
        double tC = tK - KELVIN;
        double lnQ = Math.log(anorthiteActivity(v[o + xAn], tK)
                / grossularActivity(v[o + xGrs], FeMgPartition.garnetXMg(v[o + prp], v[o + alm]), tK));
        double act = 3 * R_J * tK * lnQ;
        return switch (polymorph(pBar, tK)) {
        case KYANITE -> 22.8 * tC - 1093 - act / 6.594;
        case SILLIMANITE -> -1.872e-4 * tC * tC + 23.41 * tC - 25 - act / 5.452;
        case ANDALUSITE -> -1.872e-4 * tC * tC + 23.98 * tC - 581 - act / 5.124;
        };
    }

    @Override
    double sdAt(double pBar, double tK, CompositionTable x, int row) {
        return SD_BAR;
    }

    @Override
    void compositionRules(double pBar, double tK, CompositionTable x, int row, List<String> warnings) {
        String p = choice("polymorph");
        if (p.equals(AUTO)) {
            warnings.add(id() + ": polymorph=auto assumes an Al2SiO5 polymorph and quartz in the rock; "
                    + "set " + id() + ".polymorph to the polymorph seen");
            if (diagram.pressureDistanceToBoundary(pBar, tK) < NEAR_BOUNDARY_BAR) {
                warnings.add(id() + ": within 0.5 kbar of an Al2SiO5 boundary of the reference diagram "
                        + "(orientation only), where the polymorph choice moves P by a few hundred bar");
            }
        } else if (diagram.stable(pBar, tK) != Polymorph.ofKey(p)) {
            warnings.add(id() + ": polymorph=" + p + " but (P, T) lies outside its field on the reference "
                    + "Al2SiO5 diagram (orientation only)");
        }
    }
}
