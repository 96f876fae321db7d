package org.petrobench.pt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.chem.Composition;
import org.petrobench.core.chem.FormulaUnit;
import org.petrobench.core.chem.Oxide;

/**
 * Recasts oxide wt% columns of a profile ({@code Grt.SiO2}, {@code Bt.FeO}, …) to the model
 * variables of PT.md §1, through {@link Composition#cationsPerFormulaUnit(double)} of
 * org.petrobench.core (molar masses from its IUPAC table):
 * <ul>
 * <li>oxygen basis: garnet 12, biotite 11, plagioclase 8, clinopyroxene 6, phengite 11 (micas
 * anhydrous: OH, F, Cl ignored); {@code Wm} is an alias of {@code Ph} and yields {@code Ph.*};</li>
 * <li>micas: Al^IV = 4 − Si (≥ 0, ≤ Al), Al^VI = Al − Al^IV; garnet Al is all octahedral;</li>
 * <li>garnet X_alm, X_prp, X_grs, X_sps = Fe²⁺, Mg, Ca, Mn / (Fe²⁺+Mg+Ca+Mn), XMg = Mg/(Mg+Fe²⁺);
 * biotite octahedral fractions cation/(Fe²⁺+Mg+Mn+Al^VI+Ti+Fe³⁺+Cr) (Decision of PT.md §1: the
 * McMullin et al. 1991 convention); plagioclase X_an, X_ab = Ca, Na / (Ca+Na+K);
 * clinopyroxene and phengite XMg, XFe = Mg, Fe²⁺ / (Mg+Fe²⁺).</li>
 * </ul>
 * Iron (Decision, PT.md §1): all Fe as Fe²⁺ by default; {@link FerricIron#CHARGE_BALANCE} applies
 * Droop (1987) to garnet (8 cations / 12 O) and clinopyroxene (4 / 6 O) only, never to micas.
 * <p>
 * Decisions: within a phase's analysis at a row, a blank oxide counts as not detected (0 wt%)
 * when at least one oxide of that phase is given there; a row without any oxide of the phase
 * stays blank. Variables given directly as columns take precedence over recast ones (the recast
 * only adds missing columns). Totals outside 98.5–101.5 wt% (anhydrous phases) or 93–97 wt%
 * (micas) are a warning, not a rejection.
 */
public final class PhaseRecast {

    /** How Fe³⁺ is estimated. */
    public enum FerricIron {
        /** All iron as Fe²⁺ (default; how most Fe–Mg calibrations were fitted). */
        NONE,
        /** Droop (1987) charge balance for garnet and clinopyroxene; micas stay all Fe²⁺. */
        CHARGE_BALANCE
    }

    /** Oxygen basis, ideal cation count for Droop (NaN: never), accepted total range, of one phase. */
    private record Basis(double oxygens, double idealCations, double totalMin, double totalMax, boolean mica) {
    }

    private static final Map<String, Basis> BASES = Map.of(
            "Grt", new Basis(12, 8, 98.5, 101.5, false),
            "Bt", new Basis(11, Double.NaN, 93, 97, true),
            "Pl", new Basis(8, Double.NaN, 98.5, 101.5, false),
            "Cpx", new Basis(6, 4, 98.5, 101.5, false),
            "Ph", new Basis(11, Double.NaN, 93, 97, true),
            "Wm", new Basis(11, Double.NaN, 93, 97, true));

    private PhaseRecast() {
    }

    /** Phases whose oxide columns can be recast. */
    public static List<String> phases() {
        return List.of("Grt", "Bt", "Pl", "Cpx", "Ph", "Wm");
    }

    /** The variables' phase for a recast phase ({@code Wm} → {@code Ph}, others unchanged). */
    public static String canonicalPhase(String phase) {
        return phase.equals("Wm") ? "Ph" : phase;
    }

    /** True for a column {@code <Phase>.<oxide formula>} of a recastable phase, e.g. {@code Grt.SiO2}. */
    public static boolean isOxideColumn(String column) {
        return oxideOf(column).isPresent();
    }

    private static Optional<Oxide> oxideOf(String column) {
        int dot = column.indexOf('.');
        if (dot <= 0 || !BASES.containsKey(column.substring(0, dot))) {
            return Optional.empty();
        }
        return Oxide.find(column.substring(dot + 1));
    }

    /** {@link #recast(CompositionTable, FerricIron, Diagnostics)} with all iron as Fe²⁺. */
    public static CompositionTable recast(CompositionTable table, Diagnostics diagnostics) {
        return recast(table, FerricIron.NONE, diagnostics);
    }

    /**
     * The table with the §1 variables of every phase that has oxide columns added (existing
     * columns, including the oxides, are kept). Totals outside the accepted range are reported
     * once per phase.
     */
    public static CompositionTable recast(CompositionTable table, FerricIron fe3, Diagnostics diagnostics) {
        Map<String, List<String>> oxideColumns = new LinkedHashMap<>();
        for (String v : table.variables()) {
            if (isOxideColumn(v)) {
                oxideColumns.computeIfAbsent(v.substring(0, v.indexOf('.')), k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, double[]> added = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : oxideColumns.entrySet()) {
            String phase = e.getKey();
            Basis basis = BASES.get(phase);
            int badTotals = 0;
            String firstBad = null;
            for (int row = 0; row < table.rows(); row++) {
                Map<String, Double> wt = new LinkedHashMap<>();
                boolean any = false;
                double total = 0;
                for (String c : e.getValue()) {
                    double v = table.get(c, row);
                    any |= !Double.isNaN(v);
                    wt.put(c.substring(c.indexOf('.') + 1), Double.isNaN(v) ? 0.0 : v);
                    total += Double.isNaN(v) ? 0 : v;
                }
                if (!any) {
                    continue;
                }
                if (total < basis.totalMin || total > basis.totalMax) {
                    badTotals++;
                    firstBad = firstBad != null ? firstBad : String.format(Locale.ROOT, "row %d: %.2f wt%%", row, total);
                }
                Map<String, Double> vars = variables(phase, Composition.ofWeightPercent(wt), fe3);
                final int r = row;
                vars.forEach((name, value) -> {
                    if (!table.has(name)) {
                        added.computeIfAbsent(name, k -> blank(table.rows()))[r] = value;
                    }
                });
            }
            if (badTotals > 0) {
                diagnostics.warn(String.format(Locale.ROOT, "%s oxide totals outside %.1f–%.1f wt%%%s at %d of %d rows (first %s)",
                        phase, basis.totalMin, basis.totalMax, basis.mica ? " (anhydrous mica)" : "", badTotals, table.rows(),
                        firstBad));
            }
        }
        return added.isEmpty() ? table : table.withColumns(added);
    }

    /**
     * Cations per formula unit of one analysis of a phase on its oxygen basis; with
     * {@link FerricIron#CHARGE_BALANCE} garnet and clinopyroxene get Droop's Fe³⁺.
     *
     * @throws IllegalArgumentException for a phase that cannot be recast
     */
    public static FormulaUnit formulaUnit(String phase, Composition analysis, FerricIron fe3) {
        Basis b = BASES.get(phase);
        if (b == null) {
            throw new IllegalArgumentException("cannot recast phase '" + phase + "': expected one of " + phases());
        }
        if (fe3 == FerricIron.CHARGE_BALANCE && !Double.isNaN(b.idealCations)) {
            return analysis.cationsPerFormulaUnit(b.oxygens, b.idealCations);
        }
        return analysis.withIronAsFeO().cationsPerFormulaUnit(b.oxygens);
    }

    /** Tetrahedral Al of a mica formula on 11 O: 4 − Si, at least 0 and at most Al. */
    public static double tetrahedralAl(FormulaUnit mica) {
        return Math.min(mica.apfu("Al"), Math.max(0, 4 - mica.apfu("Si")));
    }

    /** The §1 variables ({@code <Phase>.X…}) of one analysis of a phase. */
    public static Map<String, Double> variables(String phase, Composition analysis, FerricIron fe3) {
        FormulaUnit f = formulaUnit(phase, analysis, fe3);
        String p = canonicalPhase(phase);
        double fe2 = f.ferrousIron();
        double mg = f.apfu("Mg");
        double ca = f.apfu("Ca");
        double mn = f.apfu("Mn");
        Map<String, Double> v = new LinkedHashMap<>();
        switch (p) {
        case "Grt" -> {
            double s = fe2 + mg + ca + mn;
            v.put("Grt.Xalm", fe2 / s);
            v.put("Grt.Xprp", mg / s);
            v.put("Grt.Xgrs", ca / s);
            v.put("Grt.Xsps", mn / s);
            v.put("Grt.XMg", mg / (mg + fe2));
        }
        case "Bt" -> {
            double alVI = f.apfu("Al") - tetrahedralAl(f);
            double ti = f.apfu("Ti");
            double s = fe2 + mg + mn + alVI + ti + f.ferricIron() + f.apfu("Cr");
            v.put("Bt.XMg", mg / s);
            v.put("Bt.XFe", fe2 / s);
            v.put("Bt.XAlVI", alVI / s);
            v.put("Bt.XTi", ti / s);
        }
        case "Pl" -> {
            double s = ca + f.apfu("Na") + f.apfu("K");
            v.put("Pl.Xan", ca / s);
            v.put("Pl.Xab", f.apfu("Na") / s);
        }
        default -> {
            v.put(p + ".XMg", mg / (mg + fe2));
            v.put(p + ".XFe", fe2 / (mg + fe2));
        }
        }
        return v;
    }

    private static double[] blank(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }
}
