package org.petrobench.epma.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.SpotReport;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The spot-calibration views of one quantified element e (EPMA.md §5, §8), one colour per phase,
 * spots flagged by §5 (excluded from every fit) as crosses, each with its numbers for CSV export:
 * <ul>
 * <li>{@link View#BETA}: spot peak Pk against map intensity M at the spot's pixel, both cps/µA
 * with their 95 % Poisson CIs (§4), and the fitted line Pk = β′_e·M (§8.2);</li>
 * <li>{@link View#ALPHA}: spot oxide wt% C against spot Net (cps/µA) and the line C = α_ek·Net of
 * every phase (§8.1), solid when fitted, dashed when pooled, dotted when fixed;</li>
 * <li>{@link View#CHECK}: the quantified map at the spot's pixel (wt%, 1σ) against the spot
 * analysis, with the 1:1 line.</li>
 * </ul>
 */
final class CalibrationChart {

    /** The views of the Calibration tab, in selector order. */
    enum View {
        BETA("\u03b2: peak vs map"), ALPHA("\u03b1: wt vs net"), CHECK("check: spot vs map wt%");

        final String label;

        View(String label) {
            this.label = label;
        }
    }

    /** Legend prefix of the β′ line (and of nothing else). */
    static final String BETA_LINE = "fit \u03b2\u2032";
    /** Legend prefix of a phase's α line: {@code "α <phase>"}. */
    static final String ALPHA_LINE = "\u03b1 ";

    private CalibrationChart() {
    }

    /**
     * The chart of view {@code v} for quantified element {@code e}.
     *
     * @param spots the spot set of the run (null when none is open): the α and check views need it
     */
    static Chart chart(View v, int e, Quantification q, SpotSet spots) {
        String element = q.maps().elements().get(e).element();
        int spotElement = spots == null ? -1 : spots.indexOf(element);
        return switch (v) {
        case BETA -> beta(e, q.maps());
        case ALPHA -> alpha(e, spotElement, q.maps(), spots);
        case CHECK -> check(e, spotElement, q, spots);
        };
    }

    /**
     * §8.2 view. M and Pk are the {@link SpotReport.SpotCheck} values, which the engine takes from
     * the very table its β′ fit reads (M = X_{pix(s),e}/E_m, Pk = the file's peak or Net + B_int,
     * both cps/µA), so β′ (dimensionless) is the slope in these units and needs no conversion.
     * The table's {@code beta_weight} is ω of §8.2 ({@link #betaWeights}).
     */
    static Chart beta(int e, QuantifiedMaps m) {
        List<String> phases = m.phaseNames();
        CalibrationParameters p = m.parameters();
        String oxide = m.elements().get(e).oxide();
        String element = m.elements().get(e).element();
        DataTable.Builder data = new DataTable.Builder("spot", "phase", "line", "column", "M_cps_uA", "M_low", "M_high",
                "Pk_cps_uA", "Pk_low", "Pk_high", "Pk_predicted_low", "Pk_predicted_high", "M_predicted_low",
                "M_predicted_high", "flagged_by_" + element, "outlier", "beta_weight");
        double[] weight = betaWeights(m);
        Groups groups = new Groups(phases.size());
        double maxX = 0;
        List<SpotReport> reports = m.spots();
        for (int s = 0; s < reports.size(); s++) {
            SpotReport r = reports.get(s);
            if (r.checks().isEmpty()) {
                continue;
            }
            SpotReport.SpotCheck k = r.checks().get(e);
            groups.add(slot(m, r.phase()), Boolean.TRUE.equals(r.outlier()), k.map(), k.peak(), k.mapLow(),
                    k.mapHigh(), k.peakLow(), k.peakHigh());
            maxX = Math.max(maxX, k.mapHigh());
            data.row(r.id(), r.phase(), r.line(), r.column(), k.map(), k.mapLow(), k.mapHigh(), k.peak(), k.peakLow(),
                    k.peakHigh(), k.predictedPeakLow(), k.predictedPeakHigh(), k.predictedMapLow(),
                    k.predictedMapHigh(), k.flagged(), r.outlier(), weight[s]);
        }
        String title = "Calibration \u03b2 of " + element + " (" + oxide + "): spot peak against map intensity";
        Chart c = new Chart(groups.isEmpty() ? title + ": no spot was tested (\u00a75 validation off or no spot in the map)"
                : title).axes("map intensity M at the spot's pixel (cps/\u00b5A)", "spot peak Pk (cps/\u00b5A)");
        double end = maxX > 0 ? maxX * 1.05 : 1;
        double b = p.betaPrime(e);
        if (Double.isFinite(b)) {
            c.add(new Layer.Line(new double[] { 0, end }, new double[] { 0, b * end }, Palette.BLACK, 1.5f,
                    Layer.Dash.SOLID, String.format(Locale.ROOT, "%s = %.5g \u00b1 %.2g", BETA_LINE, b, p.betaPrimeSe(e))));
        }
        groups.addTo(c, phases);
        return c.data(data.build());
    }

    /**
     * ω_s of §8.2 per spot report: the spot's own (base-)phase membership at its pixel for clean
     * in-map spots (tested, not flagged), 0 below {@code betaMembershipThreshold}; when fewer than
     * {@code minSpots} spots reach it, every clean in-map spot weighted by its membership (the
     * fallback of §8.2).
     */
    static double[] betaWeights(QuantifiedMaps m) {
        QuantifierSettings settings = m.settings();
        List<SpotReport> reports = m.spots();
        double[] all = new double[reports.size()];
        double[] strong = new double[reports.size()];
        int nStrong = 0;
        int columns = m.geometry().columns();
        for (int s = 0; s < reports.size(); s++) {
            SpotReport r = reports.get(s);
            int k = m.phaseIndex(basePhase(r.phase(), settings));
            if (r.checks().isEmpty() || Boolean.TRUE.equals(r.outlier()) || k < 0 || !r.insideMap()) {
                continue;
            }
            double own = m.membership().value(k, (r.line() - 1) * columns + (r.column() - 1));
            all[s] = own;
            if (own >= settings.betaMembershipThreshold()) {
                strong[s] = own;
                nStrong++;
            }
        }
        return nStrong >= settings.minSpots() ? strong : all;
    }

    /**
     * §8.1 view: the spots of every phase that enter the fits (used, not flagged), including those
     * outside the map, and each phase's α line with its source.
     */
    static Chart alpha(int e, int spotElement, QuantifiedMaps m, SpotSet spots) {
        List<String> phases = m.phaseNames();
        CalibrationParameters p = m.parameters();
        String oxide = m.elements().get(e).oxide();
        Chart c = new Chart("Calibration \u03b1 of " + oxide + ": spot wt% against spot net intensity")
                .axes("spot net intensity Net (cps/\u00b5A)", "spot " + oxide + " (wt%)");
        // one CSV: a row per spot, then a row per phase with its α
        DataTable.Builder data = new DataTable.Builder("row", "spot", "phase", "net_cps_uA", "wt", "outlier", "in_fit",
                "alpha", "alpha_se", "source", "n_spots");
        Groups groups = new Groups(phases.size());
        double maxX = 0;
        Map<String, Spot> byId = byId(spots);
        for (SpotReport r : m.spots()) {
            Spot s = byId.get(r.id());
            if (s == null || spotElement < 0 || !r.used()) {
                continue;
            }
            boolean flagged = Boolean.TRUE.equals(r.outlier());
            double x = s.net()[spotElement];
            double y = s.wt()[spotElement];
            groups.add(slot(m, r.phase()), flagged, x, y, x, x, y, y);
            maxX = Math.max(maxX, x);
            data.row("spot", r.id(), r.phase(), x, y, r.outlier(), !flagged, null, null, null, null);
        }
        double end = maxX > 0 ? maxX * 1.05 : 1;
        for (int k = 0; k < phases.size(); k++) {
            double a = p.alpha(e, k);
            String source = alphaSource(p, e, k);
            if (!Double.isFinite(a)) {
                continue;
            }
            Layer.Dash dash = switch (source) {
            case "fixed" -> Layer.Dash.DOTTED;
            case "pooled" -> Layer.Dash.DASHED;
            default -> Layer.Dash.SOLID;
            };
            c.add(new Layer.Line(new double[] { 0, end }, new double[] { 0, a * end }, Palette.category(k), 1.5f, dash,
                    String.format(Locale.ROOT, "%s%s = %.5g (%s, n = %d)", ALPHA_LINE, phases.get(k), a, source,
                            p.nSpots(e, k))));
            data.row("alpha", null, phases.get(k), null, null, null, null, a, p.alphaSe(e, k), source, p.nSpots(e, k));
        }
        groups.addTo(c, phases);
        return c.data(data.build());
    }

    /** "fitted", "pooled" (the element's α over all phases) or "fixed" (parameters file, known composition). */
    static String alphaSource(CalibrationParameters p, int e, int k) {
        if (p.source(e, k) == CalibrationParameters.Source.FIXED) {
            return "fixed";
        }
        return p.alphaPooled(e, k) ? "pooled" : "fitted";
    }

    /** The spot analysis (x, wt%) against the quantified map at the spot's pixel (y, wt%, with 1σ), and 1:1. */
    static Chart check(int e, int spotElement, Quantification q, SpotSet spots) {
        QuantifiedMaps m = q.maps();
        int columns = m.geometry().columns();
        List<String> phases = m.phaseNames();
        String oxide = m.elements().get(e).oxide();
        Chart c = new Chart("Check: " + oxide + " of the spots against the map at their pixels")
                .axes("spot analysis " + oxide + " (wt%)", "quantified map " + oxide + " (wt%)");
        DataTable.Builder data = new DataTable.Builder("spot", "phase", "line", "column", "spot_wt", "map_wt",
                "map_se", "outlier");
        Groups groups = new Groups(phases.size());
        double max = 0;
        Map<String, Spot> byId = byId(spots);
        for (SpotReport r : m.spots()) {
            Spot s = byId.get(r.id());
            if (s == null || !r.insideMap() || spotElement < 0) {
                continue;
            }
            int pixel = (r.line() - 1) * columns + (r.column() - 1);
            double x = s.wt()[spotElement];
            double y = q.wt()[e][pixel];
            double sd = q.se()[e][pixel];
            groups.add(slot(m, r.phase()), Boolean.TRUE.equals(r.outlier()), x, y, x, x, y - sd, y + sd);
            max = Math.max(max, Math.max(x, y));
            data.row(r.id(), r.phase(), r.line(), r.column(), x, y, sd, r.outlier());
        }
        double end = max > 0 ? max * 1.05 : 1;
        c.add(new Layer.Line(new double[] { 0, end }, new double[] { 0, end }, Palette.GREY, 1f, Layer.Dash.DASHED,
                "1:1"));
        groups.addTo(c, phases);
        return c.data(data.build());
    }

    private static Map<String, Spot> byId(SpotSet spots) {
        Map<String, Spot> out = new HashMap<>();
        if (spots != null) {
            for (Spot s : spots.spots()) {
                out.putIfAbsent(s.id(), s);
            }
        }
        return out;
    }

    /** The output phase of a spot's phase (sub-phases grouped as the run did), else the "other" slot. */
    private static int slot(QuantifiedMaps m, String phase) {
        int k = m.phaseIndex(basePhase(phase, m.settings()));
        return k < 0 ? m.phaseNames().size() : k;
    }

    static String basePhase(String phase, QuantifierSettings settings) {
        if (settings == null || !settings.groupSubphases()) {
            return phase;
        }
        int i = phase.indexOf(settings.subphaseSeparator());
        return i > 0 ? phase.substring(0, i) : phase;
    }

    /**
     * Points per phase slot (the last slot: spots of no output phase), clean and flagged apart, with
     * asymmetric error bars [xLow, xHigh] × [yLow, yHigh] drawn as broken lines in the phase colour.
     */
    private static final class Groups {
        private final List<List<double[]>> clean = new ArrayList<>();
        private final List<List<double[]>> flagged = new ArrayList<>();

        Groups(int phases) {
            for (int k = 0; k <= phases; k++) {
                clean.add(new ArrayList<>());
                flagged.add(new ArrayList<>());
            }
        }

        void add(int slot, boolean isFlagged, double x, double y, double xLow, double xHigh, double yLow,
                double yHigh) {
            (isFlagged ? flagged : clean).get(slot).add(new double[] { x, y, xLow, xHigh, yLow, yHigh });
        }

        boolean isEmpty() {
            return clean.stream().allMatch(List::isEmpty) && flagged.stream().allMatch(List::isEmpty);
        }

        void addTo(Chart c, List<String> phases) {
            for (int k = 0; k < clean.size(); k++) {
                String name = k < phases.size() ? phases.get(k) : "other";
                int colour = Palette.category(k);
                errorBars(c, clean.get(k), colour);
                errorBars(c, flagged.get(k), colour);
                points(c, clean.get(k), colour, Layer.Marker.CIRCLE, name);
                points(c, flagged.get(k), colour, Layer.Marker.CROSS, name + " flagged");
            }
        }

        private static void errorBars(Chart c, List<double[]> p, int colour) {
            int n = 0;
            for (double[] q : p) {
                if (q[2] != q[3] || q[4] != q[5]) {
                    n++;
                }
            }
            if (n == 0) {
                return;
            }
            // each bar: two points and a NaN break, vertical then horizontal
            double[] x = new double[6 * n];
            double[] y = new double[6 * n];
            int i = 0;
            for (double[] q : p) {
                if (q[2] == q[3] && q[4] == q[5]) {
                    continue;
                }
                x[i] = q[0];
                y[i++] = q[4];
                x[i] = q[0];
                y[i++] = q[5];
                x[i] = Double.NaN;
                y[i++] = Double.NaN;
                x[i] = q[2];
                y[i++] = q[1];
                x[i] = q[3];
                y[i++] = q[1];
                x[i] = Double.NaN;
                y[i++] = Double.NaN;
            }
            c.add(new Layer.Line(x, y, colour, 1f, Layer.Dash.SOLID, null));
        }

        private static void points(Chart c, List<double[]> p, int colour, Layer.Marker marker, String legend) {
            if (p.isEmpty()) {
                return;
            }
            double[] x = new double[p.size()];
            double[] y = new double[p.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = p.get(i)[0];
                y[i] = p.get(i)[1];
            }
            c.add(new Layer.Points(x, y, new int[] { colour }, marker, marker != Layer.Marker.CROSS, 7, null, null,
                    legend));
        }
    }
}
