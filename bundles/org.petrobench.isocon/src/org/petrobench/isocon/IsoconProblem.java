package org.petrobench.isocon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.chem.ComponentKind;

/**
 * The input of an isocon solver after the input rules of ISOCON.md §2: protolith replicates and
 * altered samples as separate row-major matrices ({@code row * componentCount() + i}) in each
 * column's unit, missing cells NaN, censored (half-limit) cells flagged, iron combined and
 * volatile-free recalculation applied as the settings ask, and the frame weight w_i of every
 * component. Immutable; accessors return copies.
 */
public final class IsoconProblem {

    /** 2·M(FeO)/M(Fe2O3) = 2·71.844/159.687 (ISOCON.md §2, Decision: FeOT = FeO + 0.89981·Fe2O3). */
    public static final double FE2O3_TO_FEO = 0.89981;

    private final String source;
    private final String[] components;
    private final ConcentrationUnit[] units;
    private final boolean[] volatiles;
    private final double[] weights;
    private final String[] protolithIds;
    private final double[] protolith;
    private final double[] protolithSd;
    private final boolean[] protolithCensored;
    private final double[] protolithDensity;
    private final double[] protolithDensitySd;
    private final String[] samples;
    private final double[] altered;
    private final double[] alteredSd;
    private final boolean[] censored;
    private final double[] density;
    private final double[] densitySd;

    /** Builds a problem from prepared arrays (see the class comment); arrays are taken as they are. */
    public IsoconProblem(String source, String[] components, ConcentrationUnit[] units, boolean[] volatiles, double[] weights,
            String[] protolithIds, double[] protolith, double[] protolithSd, boolean[] protolithCensored,
            double[] protolithDensity, double[] protolithDensitySd, String[] samples, double[] altered, double[] alteredSd,
            boolean[] censored, double[] density, double[] densitySd) {
        int n = components.length;
        int p = protolithIds.length;
        int m = samples.length;
        if (units.length != n || volatiles.length != n || weights.length != n || protolith.length != p * n
                || protolithSd.length != p * n || protolithCensored.length != p * n || protolithDensity.length != p
                || protolithDensitySd.length != p || altered.length != m * n || alteredSd.length != m * n
                || censored.length != m * n || density.length != m || densitySd.length != m) {
            throw new IllegalArgumentException("array sizes do not match " + p + " protolith rows, " + m + " samples, " + n
                    + " components");
        }
        this.source = source;
        this.components = components;
        this.units = units;
        this.volatiles = volatiles;
        this.weights = weights;
        this.protolithIds = protolithIds;
        this.protolith = protolith;
        this.protolithSd = protolithSd;
        this.protolithCensored = protolithCensored;
        this.protolithDensity = protolithDensity;
        this.protolithDensitySd = protolithDensitySd;
        this.samples = samples;
        this.altered = altered;
        this.alteredSd = alteredSd;
        this.censored = censored;
        this.density = density;
        this.densitySd = densitySd;
    }

    /**
     * Applies the input rules of ISOCON.md §2 to a table: picks the protolith replicates, handles
     * missing and below-detection cells, combines iron and recalculates volatile-free as the
     * settings ask. Every rejection names the file, line and column (or the option).
     *
     * @param protolith  sample ids of the protolith replicates ({@code --protolith})
     * @param diagnostics receives warnings (dropped components, combined iron, ...)
     */
    public static IsoconProblem prepare(BulkCompositions data, List<String> protolith, IsoconSettings settings,
            Diagnostics diagnostics) throws InputException {
        return new Preparation(data, protolith, settings, diagnostics).run();
    }

    public String source() {
        return source;
    }

    public int componentCount() {
        return components.length;
    }

    public int sampleCount() {
        return samples.length;
    }

    public int protolithCount() {
        return protolithIds.length;
    }

    public List<String> components() {
        return List.of(components);
    }

    public String component(int i) {
        return components[i];
    }

    public ConcentrationUnit unit(int i) {
        return units[i];
    }

    public boolean isVolatile(int i) {
        return volatiles[i];
    }

    /** Frame weight w_i (ISOCON.md §5.2); 0 = never a frame candidate. */
    public double weight(int i) {
        return weights[i];
    }

    public List<String> samples() {
        return List.of(samples);
    }

    public String sample(int j) {
        return samples[j];
    }

    public List<String> protolithIds() {
        return List.of(protolithIds);
    }

    /** Protolith replicates, row-major P×N, NaN = missing. */
    public double[] protolithValues() {
        return protolith.clone();
    }

    public double[] protolithSd() {
        return protolithSd.clone();
    }

    public boolean[] protolithCensored() {
        return protolithCensored.clone();
    }

    public double[] protolithDensities() {
        return protolithDensity.clone();
    }

    public double[] protolithDensitySd() {
        return protolithDensitySd.clone();
    }

    /** Altered samples, row-major M×N, NaN = missing. */
    public double[] alteredValues() {
        return altered.clone();
    }

    public double[] alteredSd() {
        return alteredSd.clone();
    }

    /** Censored (half-limit) cells of the altered samples, row-major M×N. */
    public boolean[] censored() {
        return censored.clone();
    }

    public double[] densities() {
        return density.clone();
    }

    public double[] densitySd() {
        return densitySd.clone();
    }

    public double altered(int j, int i) {
        return altered[j * components.length + i];
    }

    public boolean isCensored(int j, int i) {
        return censored[j * components.length + i];
    }

    /** C_i^O: the arithmetic mean of the protolith replicates (missing replicates skipped). */
    public double[] protolithMean() {
        return ReplicateMean.mean(protolith, protolithIds.length, components.length);
    }

    /** s_i^O: the sample standard deviation of the replicates (NaN with fewer than two). */
    public double[] protolithSpread() {
        return ReplicateMean.sd(protolith, protolithIds.length, components.length);
    }

    /** ρ^O: the mean density of the replicates that have one, NaN when none has. */
    public double protolithDensity() {
        return ReplicateMean.mean(protolithDensity, protolithIds.length, 1)[0];
    }

    /** True when every altered sample and at least one protolith replicate have a density. */
    public boolean hasDensities() {
        return Double.isFinite(protolithDensity()) && Arrays.stream(density).allMatch(Double::isFinite);
    }

    /** True when any value or density carries an analytical sd. */
    public boolean hasAnalyticalSd() {
        return Arrays.stream(protolithSd).anyMatch(s -> s > 0) || Arrays.stream(alteredSd).anyMatch(s -> s > 0)
                || Arrays.stream(protolithDensitySd).anyMatch(s -> s > 0) || Arrays.stream(densitySd).anyMatch(s -> s > 0);
    }

    /**
     * Frame candidates (ISOCON.md §4, §5.2): positive weight, C_i^O > 0 and no censored protolith
     * replicate.
     */
    public boolean[] frameCandidates() {
        double[] c0 = protolithMean();
        boolean[] candidate = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            boolean censoredO = false;
            for (int r = 0; r < protolithIds.length; r++) {
                censoredO |= protolithCensored[r * components.length + i];
            }
            candidate[i] = weights[i] > 0 && c0[i] > 0 && !censoredO;
        }
        return candidate;
    }

    /** The index of a component by name, or -1. */
    public int indexOf(String component) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].equals(component)) {
                return i;
            }
        }
        return -1;
    }

    /** Applies ISOCON.md §2 to a {@link BulkCompositions}. */
    private static final class Preparation {
        private final BulkCompositions data;
        private final List<String> protolith;
        private final IsoconSettings settings;
        private final Diagnostics diagnostics;
        private final int n;

        Preparation(BulkCompositions data, List<String> protolith, IsoconSettings settings, Diagnostics diagnostics) {
            this.data = data;
            this.protolith = protolith;
            this.settings = settings;
            this.diagnostics = diagnostics;
            this.n = data.componentCount();
        }

        IsoconProblem run() throws InputException {
            int rows = data.rowCount();
            Map<String, Integer> rowOf = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                rowOf.put(data.sample(r), r);
            }
            if (protolith.isEmpty()) {
                throw new InputException("--protolith", null, "expected at least one protolith sample id");
            }
            List<Integer> pRows = new ArrayList<>();
            for (String id : protolith) {
                Integer r = rowOf.get(id);
                if (r == null) {
                    throw new InputException("--protolith", null, "no sample '" + id + "' in " + data.source()
                            + " (column 'sample' holds " + abbreviate(rowOf.keySet().stream().sorted().toList()) + ")");
                }
                if (pRows.contains(r)) {
                    throw new InputException("--protolith", null, "sample '" + id + "' is listed twice");
                }
                pRows.add(r);
            }
            List<Integer> aRows = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (!pRows.contains(r)) {
                    aRows.add(r);
                }
            }
            if (aRows.isEmpty()) {
                throw new InputException(data.source(), null, "expected at least one altered sample besides the protolith");
            }
            double[] v = new double[rows * n];
            double[] sd = new double[rows * n];
            boolean[] cens = new boolean[rows * n];
            boolean[] drop = new boolean[n];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < n; i++) {
                    int k = r * n + i;
                    sd[k] = data.sd(r, i);
                    v[k] = cell(r, i, cens, k, drop);
                }
            }
            boolean[] isVolatile = new boolean[n];
            for (int i = 0; i < n; i++) {
                String name = data.component(i);
                isVolatile[i] = settings.volatiles().stream().anyMatch(x -> x.equalsIgnoreCase(name));
            }
            for (int i = 0; i < n; i++) {
                if (!isVolatile[i] && opaque(data.component(i))) {
                    diagnostics.warn("component " + data.component(i) + " is neither an oxide, an element nor a volatile:"
                            + " accepted as an opaque component");
                }
            }
            if (settings.volatileFree()) {
                volatileFree(v, sd, isVolatile, rows);
            }
            List<Integer> keep = new ArrayList<>();
            String[] names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = data.component(i);
                if (drop[i]) {
                    diagnostics.warn("component " + names[i] + " dropped: it has missing values (missing = dropComponent)");
                } else {
                    keep.add(i);
                }
            }
            int feo = index("FeO");
            int fe2o3 = index("Fe2O3");
            boolean combine = settings.iron() == IsoconSettings.Iron.combined && feo >= 0 && fe2o3 >= 0 && !drop[feo]
                    && !drop[fe2o3];
            if (combine) {
                combineIron(v, sd, cens, rows, feo, fe2o3);
                names[feo] = "FeOT";
                keep.remove(Integer.valueOf(fe2o3));
                diagnostics.info("FeO and Fe2O3 combined into total iron FeOT = FeO + " + FE2O3_TO_FEO + "*Fe2O3");
            }
            return assemble(keep, names, isVolatile, v, sd, cens, pRows, aRows);
        }

        private IsoconProblem assemble(List<Integer> keep, String[] names, boolean[] isVolatile, double[] v, double[] sd,
                boolean[] cens, List<Integer> pRows, List<Integer> aRows) throws InputException {
            int nk = keep.size();
            if (nk == 0) {
                throw new InputException(data.source(), null, "expected at least one component column");
            }
            String[] comps = new String[nk];
            ConcentrationUnit[] units = new ConcentrationUnit[nk];
            boolean[] vol = new boolean[nk];
            double[] w = new double[nk];
            for (int c = 0; c < nk; c++) {
                int i = keep.get(c);
                comps[c] = names[i];
                units[c] = data.unit(i);
                vol[c] = isVolatile[i];
                Double given = settings.componentWeights().get(comps[c]);
                w[c] = given != null ? given : vol[c] ? 0 : 1;
            }
            for (String named : settings.componentWeights().keySet()) {
                if (!Arrays.asList(comps).contains(named)) {
                    throw new InputException("componentWeights", "field '" + named + "'",
                            "expected a component of the input, found none named '" + named + "'");
                }
            }
            int p = pRows.size();
            int m = aRows.size();
            double[] po = new double[p * nk], poSd = new double[p * nk], a = new double[m * nk], aSd = new double[m * nk];
            boolean[] poC = new boolean[p * nk], aC = new boolean[m * nk];
            double[] rhoO = new double[p], rhoOSd = new double[p], rhoA = new double[m], rhoASd = new double[m];
            String[] pIds = new String[p], aIds = new String[m];
            for (int r = 0; r < p; r++) {
                int row = pRows.get(r);
                pIds[r] = data.sample(row);
                rhoO[r] = data.density(row);
                rhoOSd[r] = data.densitySd(row);
                copyRow(keep, row, r, v, sd, cens, po, poSd, poC);
            }
            for (int j = 0; j < m; j++) {
                int row = aRows.get(j);
                aIds[j] = data.sample(row);
                rhoA[j] = data.density(row);
                rhoASd[j] = data.densitySd(row);
                copyRow(keep, row, j, v, sd, cens, a, aSd, aC);
            }
            for (int c = 0; c < nk; c++) {
                boolean any = false;
                for (int r = 0; r < p; r++) {
                    any |= !Double.isNaN(po[r * nk + c]);
                }
                if (!any) {
                    throw new InputException(data.source(), "column '" + data.column(keep.get(c)) + "'",
                            "expected a protolith value, found none in the protolith rows " + List.of(pIds));
                }
            }
            return new IsoconProblem(data.source(), comps, units, vol, w, pIds, po, poSd, poC, rhoO, rhoOSd, aIds, a, aSd, aC,
                    rhoA, rhoASd);
        }

        private void copyRow(List<Integer> keep, int row, int to, double[] v, double[] sd, boolean[] cens, double[] dst,
                double[] dstSd, boolean[] dstC) {
            int nk = keep.size();
            for (int c = 0; c < nk; c++) {
                int k = row * n + keep.get(c);
                dst[to * nk + c] = v[k];
                dstSd[to * nk + c] = sd[k];
                dstC[to * nk + c] = cens[k];
            }
        }

        private double cell(int r, int i, boolean[] cens, int k, boolean[] drop) throws InputException {
            BulkCompositions.Cell state = data.cell(r, i);
            double x = data.value(r, i);
            if (state == BulkCompositions.Cell.BELOW_DETECTION) {
                switch (settings.belowDetection()) {
                case error -> throw new InputException(data.source(), data.location(r, i),
                        "expected a value, found a below-detection value (set belowDetection to missing or halfLimit to accept it)");
                case halfLimit -> {
                    if (Double.isNaN(x)) {
                        throw new InputException(data.source(), data.location(r, i),
                                "expected a detection limit '<x' for belowDetection = halfLimit, found none");
                    }
                    cens[k] = true;
                    return x / 2;
                }
                case missing -> state = BulkCompositions.Cell.MISSING;
                }
            }
            if (state == BulkCompositions.Cell.MISSING) {
                switch (settings.missing()) {
                case error -> throw new InputException(data.source(), data.location(r, i),
                        "expected a value, found an empty field (set missing to dropComponent or pairwise to accept it)");
                case dropComponent -> drop[i] = true;
                case pairwise -> {
                    // masked cell: NaN
                }
                }
                return Double.NaN;
            }
            if (!(x >= 0) || !Double.isFinite(x)) {
                throw new InputException(data.source(), data.location(r, i), "expected a concentration >= 0, found " + x);
            }
            return x;
        }

        private void volatileFree(double[] v, double[] sd, boolean[] isVolatile, int rows) throws InputException {
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double x = v[r * n + i];
                    if (isVolatile[i] && !Double.isNaN(x)) {
                        sum += x * data.unit(i).massFraction() * 100;
                    }
                }
                if (sum >= 100) {
                    throw new InputException(data.source(), data.location(r),
                            String.format(Locale.ROOT, "volatiles sum to %.4g wt%%: no volatile-free recalculation possible", sum));
                }
                double f = 100 / (100 - sum);
                for (int i = 0; i < n; i++) {
                    v[r * n + i] *= f;
                    sd[r * n + i] *= f;
                }
            }
        }

        private void combineIron(double[] v, double[] sd, boolean[] cens, int rows, int feo, int fe2o3) {
            double f = FE2O3_TO_FEO * data.unit(fe2o3).massFraction() / data.unit(feo).massFraction();
            for (int r = 0; r < rows; r++) {
                int a = r * n + feo;
                int b = r * n + fe2o3;
                v[a] = v[a] + f * v[b];
                double sa = Double.isNaN(sd[a]) ? 0 : sd[a];
                double sb = Double.isNaN(sd[b]) ? 0 : sd[b];
                sd[a] = Double.isNaN(sd[a]) && Double.isNaN(sd[b]) ? Double.NaN : Math.hypot(sa, f * sb);
                cens[a] |= cens[b];
            }
        }

        /**
         * ISOCON.md §2: names resolve through the core oxide and element tables ({@link ComponentKind})
         * and the volatile list; anything else is opaque. Decision: total-iron notations (an iron oxide
         * followed by {@code T}, {@code t} or {@code *}, e.g. {@code FeOT}, {@code Fe2O3t}) are iron oxides,
         * because the spec itself names combined iron {@code FeOT}.
         */
        static boolean opaque(String name) {
            if (ComponentKind.of(name) != ComponentKind.OTHER) {
                return false;
            }
            boolean total = name.endsWith("T") || name.endsWith("t") || name.endsWith("*");
            String oxide = total ? name.substring(0, name.length() - 1) : name;
            return !(total && oxide.startsWith("Fe") && ComponentKind.of(oxide) == ComponentKind.OXIDE);
        }

        private int index(String name) {
            for (int i = 0; i < n; i++) {
                if (data.component(i).equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private static String abbreviate(List<String> ids) {
            return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10) + " and " + (ids.size() - 10) + " more";
        }
    }
}
