package org.petrobench.epma.engine.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.CalibrationParameters.Row;
import org.petrobench.epma.CalibrationParameters.Source;
import org.petrobench.epma.ClusteringReport;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.Membership;
import org.petrobench.epma.Phase;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.QuantifierSettings.Centre;
import org.petrobench.epma.SpotReport;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.io.ParametersCsv;

/**
 * The EPMA quantifier of Yasumoto et al. (2018), re-derived in EPMA.md: spot join (§3.7),
 * intensities (§4), spot validation (§5), initial centres (§6), clustering (§7.1 EM, §7.2
 * reference LDA, §7.4 unmixing), sub-phase grouping (§7.5), calibration (§8) and the per-pixel
 * model of §8–§9 (evaluated lazily by {@link QuantifiedMaps}). No step draws random numbers.
 * Guide-net tiles (§8.3, {@code tilesRows × tilesCols}): β′ is fitted per tile from the β spots
 * whose pixel, located on the whole map, lies in the tile (not against the tile's own size, the
 * reference's mistake §15.7); a tile with fewer than {@code minSpots} of them uses the pooled β′_e.
 * Not implemented: mosaics of several map folders (§8.3), which need a multi-folder reader.
 */
@Component(service = EpmaQuantifier.class)
public final class YasumotoQuantifier implements EpmaQuantifier {

    /** Oxide order of §1: Si Ti Al Cr Fe Mn Mg Ca Na K, then the rest in input order. */
    static final List<String> ELEMENT_ORDER = List.of("si", "ti", "al", "cr", "fe", "mn", "mg", "ca", "na", "k");

    @Override
    public String id() {
        return "yasumoto2018";
    }

    @Override
    public String name() {
        return "Poisson-mixture EPMA map quantifier (Yasumoto et al. 2018)";
    }

    @Override
    public String reference() {
        return "Yasumoto A. et al. (2018) Am. Mineral. 103(10):1690-1698, doi:10.2138/am-2018-6323CCBY";
    }

    @Override
    public QuantifiedMaps quantify(XrayMapSet maps, SpotSet spots, QuantifierSettings settings, Monitor monitor)
            throws InputException, DataException {
        return new Run(maps, spots, settings, monitor).execute();
    }

    static String normalisePhase(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ");
    }

    /** One quantification; holds the intermediate state of the pipeline. */
    private static final class Run {
        final XrayMapSet maps;
        final SpotSet spotSet;
        final QuantifierSettings settings;
        final Monitor monitor;
        final Diagnostics diag = new Diagnostics();
        final MapGeometry geometry;
        final int pixels;
        final double exposure;
        List<Row> fixedRows = List.of();
        final List<QuantifiedElement> elements = new ArrayList<>();
        final List<Integer> spotElementIndex = new ArrayList<>();
        final List<MapSignal> elementSignals = new ArrayList<>();
        List<Spot> spots = List.of();
        String[] spotPhase;
        String[] spotReason;
        boolean[] spotExcluded;
        boolean[] spotFlagged;
        boolean[] spotTested;
        boolean[] spotUsed;
        List<List<SpotReport.SpotCheck>> spotChecks = new ArrayList<>();
        SpotTable table;
        double[] slopes;
        List<String> clusterPhases;
        List<String> outputPhases;
        int[] clusterToOutput;

        Run(XrayMapSet maps, SpotSet spots, QuantifierSettings settings, Monitor monitor) {
            this.maps = maps;
            this.spotSet = spots;
            this.settings = settings;
            this.monitor = monitor;
            this.geometry = maps.geometry();
            this.pixels = geometry.pixels();
            this.exposure = maps.exposureSecUA();
        }

        QuantifiedMaps execute() throws InputException, DataException {
            monitor.begin("Quantifying maps", settings.emMaxIter() + 10);
            diag.addAll(maps.diagnostics());
            if (spotSet != null) {
                diag.addAll(spotSet.diagnostics());
            }
            String method = settings.clustering();
            if (!method.equals(QuantifierSettings.EM) && !method.equals(QuantifierSettings.REFERENCE_LDA)) {
                throw new InputException("settings", "clustering", "expected em or reference-lda, found '" + method + "'");
            }
            if (!(exposure > 0)) {
                throw new DataException("the maps have no X-ray signal with a positive dwell and current");
            }
            if (!settings.fixedParameters().isEmpty()) {
                ParametersCsv csv = ParametersCsv.read(Path.of(settings.fixedParameters()));
                fixedRows = csv.rows();
                if (csv.missingStandardErrors()) {
                    diag.warn(settings.fixedParameters() + ": no *_se columns; fixed parameters get se = 0");
                }
            }
            if (spotSet == null && fixedRows.isEmpty()) {
                throw new InputException("--spots", null,
                        "spot analyses are required unless fixed parameters (parameters.csv of an earlier run) are given");
            }
            resolveElements();
            resolveSpots();
            monitor.subTask("validating spots");
            validateSpots();
            resolvePhases();
            monitor.subTask("initial centres");
            List<String> signalNames = clusterSignalNames();
            float[][] signals = new float[signalNames.size()][];
            boolean[] gaussian = new boolean[signalNames.size()];
            for (int j = 0; j < signals.length; j++) {
                MapSignal s = maps.signal(signalNames.get(j)).orElseThrow();
                signals[j] = s.counts();
                gaussian[j] = !s.isXray();
            }
            double[][] centres = centres(signalNames, signals, gaussian);
            monitor.subTask("clustering (" + method + ")");
            try (PixelBlocks blocks = new PixelBlocks(pixels, settings.threads())) {
                float[][] posterior;
                double[][] reportRates;
                double[] proportions;
                int iterations = 0;
                boolean converged = true;
                double ll = Double.NaN;
                double ldaExponent = Double.NaN;
                double[][] emRates = null;
                if (method.equals(QuantifierSettings.EM)) {
                    PoissonMixtureEm.Fit fit = new PoissonMixtureEm(signals, gaussian, settings.emRelTol(),
                            settings.emMaxIter(), settings.emRateFloor()).fit(centres, blocks, monitor);
                    posterior = fit.membership();
                    reportRates = fit.rates();
                    emRates = fit.rates();
                    proportions = fit.proportions();
                    iterations = fit.iterations();
                    converged = fit.converged();
                    ll = fit.logLikelihood();
                    if (!converged) {
                        diag.warn("EM did not converge in " + iterations + " iterations; the last state is used");
                    }
                    if (!fit.monotone()) {
                        diag.warn("EM log-likelihood decreased at some iteration (numerical rounding)");
                    }
                    for (int k = 0; k < clusterPhases.size(); k++) {
                        if (fit.frozen()[k]) {
                            diag.warn("phase " + clusterPhases.get(k) + ": no pixels (rates frozen)");
                        }
                    }
                } else {
                    if (signals.length < 2) {
                        throw new InputException("settings", "clusterSignals",
                                "the reference LDA needs at least 2 clustering signals (p = 1 separates nothing)");
                    }
                    ReferenceLda.Fit fit = new ReferenceLda(signals).fit(centres, blocks);
                    posterior = fit.membership();
                    reportRates = fit.classEffects();
                    proportions = new double[clusterPhases.size()];
                    int kPrime = (int) Arrays.stream(fit.labelled()).filter(c -> c > 0).count();
                    for (int k = 0; k < proportions.length; k++) {
                        proportions[k] = fit.labelled()[k] > 0 ? 1.0 / kPrime : 0;
                    }
                    ldaExponent = fit.exponent();
                }
                monitor.worked(1);
                double[][] clusterRates = elementRates(posterior, blocks, emRates, signalNames);
                float[][] values = posterior;
                Membership.Kind kind = Membership.Kind.POSTERIOR;
                if (settings.unmixing()) {
                    monitor.subTask("unmixing mixed pixels");
                    values = unmix(signals, gaussian, posterior, emRates, blocks);
                    kind = Membership.Kind.AREA_FRACTION;
                }
                float[][] outValues = group(values);
                double[][] outRates = groupRates(clusterRates, posterior);
                Membership membership = new Membership(kind, outputPhases, outValues);
                monitor.subTask("calibrating");
                CalibrationParameters parameters = calibrate(membership, blocks);
                phaseDrift(membership);
                List<Centre> centreList = new ArrayList<>();
                for (int k = 0; k < clusterPhases.size(); k++) {
                    centreList.add(new Centre(clusterPhases.get(k), signalNames, centres[k].clone(), exposure));
                }
                ClusteringReport report = new ClusteringReport(method, signalNames, centreList, iterations, converged, ll,
                        reportRates, proportions, ldaExponent, slopes);
                List<Phase> phases = new ArrayList<>();
                for (int k = 0; k < outputPhases.size(); k++) {
                    double sum = 0;
                    float[] row = outValues[k];
                    for (int i = 0; i < pixels; i++) {
                        if (!Float.isNaN(row[i])) {
                            sum += row[i];
                        }
                    }
                    int n = 0;
                    for (int e = 0; e < elements.size(); e++) {
                        n = Math.max(n, parameters.nSpots(e, k));
                    }
                    phases.add(new Phase(outputPhases.get(k), n, sum >= 1));
                }
                float[][] counts = new float[elements.size()][];
                double[] dwell = new double[elements.size()];
                double[] tau = new double[elements.size()];
                for (int e = 0; e < elements.size(); e++) {
                    counts[e] = elementSignals.get(e).counts();
                    dwell[e] = elementSignals.get(e).dwellS();
                    tau[e] = elementSignals.get(e).deadTimeS();
                }
                monitor.done();
                return new QuantifiedMaps(geometry, elements, counts, dwell, tau, phases, membership, parameters, outRates,
                        spotReports(), report, settings, diag);
            }
        }

        // ---- elements (§3.6) ----
        private void resolveElements() throws DataException {
            List<String[]> found = new ArrayList<>();
            if (spotSet != null) {
                for (int e = 0; e < spotSet.elements().size(); e++) {
                    ElementConditions c = spotSet.elements().get(e);
                    Optional<MapSignal> s = maps.signal(c.element());
                    if (s.isPresent() && s.get().isXray()) {
                        found.add(new String[] { c.element(), c.oxide(), Integer.toString(e) });
                    } else {
                        diag.warn("element " + c.element() + " is analysed but not mapped: not quantified");
                    }
                }
            } else {
                LinkedHashSet<String> seen = new LinkedHashSet<>();
                for (Row r : fixedRows) {
                    Optional<MapSignal> s = maps.signal(r.element());
                    if (s.isPresent() && s.get().isXray() && seen.add(r.element().toLowerCase(Locale.ROOT))) {
                        found.add(new String[] { r.element(), r.oxide(), "-1" });
                    }
                }
            }
            if (found.isEmpty()) {
                throw new DataException("no element is both mapped and calibrated (maps: "
                        + maps.signals().stream().map(MapSignal::name).toList() + ", spots: "
                        + (spotSet == null ? "none" : spotSet.elements().stream().map(ElementConditions::element).toList()) + ")");
            }
            List<String[]> ordered = new ArrayList<>(found);
            ordered.sort((a, b) -> Integer.compare(rank(a[0], found), rank(b[0], found)));
            for (String[] f : ordered) {
                elements.add(new QuantifiedElement(f[0], f[1]));
                spotElementIndex.add(Integer.parseInt(f[2]));
                elementSignals.add(maps.signal(f[0]).orElseThrow());
            }
        }

        private static int rank(String element, List<String[]> input) {
            int r = ELEMENT_ORDER.indexOf(element.toLowerCase(Locale.ROOT));
            if (r >= 0) {
                return r;
            }
            for (int i = 0; i < input.size(); i++) {
                if (input.get(i)[0].equals(element)) {
                    return ELEMENT_ORDER.size() + i;
                }
            }
            return Integer.MAX_VALUE;
        }

        // ---- spots (§3.7, §3.9, §4) ----
        private void resolveSpots() throws InputException, DataException {
            spots = spotSet == null ? List.of() : spotSet.spots();
            int ns = spots.size();
            int ne = elements.size();
            spotPhase = new String[ns];
            spotReason = new String[ns];
            spotExcluded = new boolean[ns];
            spotFlagged = new boolean[ns];
            spotTested = new boolean[ns];
            spotUsed = new boolean[ns];
            table = new SpotTable(ns, ne);
            Map<String, QuantifierSettings.PhaseChoice> choices = new HashMap<>();
            for (QuantifierSettings.PhaseChoice c : settings.phases()) {
                choices.put(c.id().trim(), c);
            }
            int inside = 0;
            for (int s = 0; s < ns; s++) {
                Spot spot = spots.get(s);
                spotReason[s] = "";
                String phase = normalisePhase(spot.phase());
                if (!choices.isEmpty()) {
                    QuantifierSettings.PhaseChoice c = choices.get(spot.id().trim());
                    if (c == null) {
                        spotExcluded[s] = true;
                        spotReason[s] = "not-in-phase-list";
                        diag.warn("spot " + spot.id() + " is not in the phase list: excluded");
                    } else {
                        phase = normalisePhase(c.phase());
                        if (!c.use()) {
                            spotExcluded[s] = true;
                            spotReason[s] = "excluded";
                        }
                    }
                }
                if (!spotExcluded[s] && phase.isEmpty()) {
                    spotExcluded[s] = true;
                    spotReason[s] = "no-phase";
                }
                spotPhase[s] = phase;
                int pix = geometry.pixelIndex(spot.xMm(), spot.yMm());
                table.pixel[s] = pix;
                if (pix >= 0 && !spotExcluded[s]) {
                    inside++;
                } else if (pix < 0 && !spotExcluded[s]) {
                    spotReason[s] = "outside-map (alpha/gamma only)";
                }
                for (int e = 0; e < ne; e++) {
                    int se = spotElementIndex.get(e);
                    ElementConditions c = spotSet.elements().get(se);
                    double bint = Calibration.backgroundAtPeak(spot.bgMinus()[se], spot.bgPlus()[se], c.bgPlusMm(),
                            c.bgMinusMm());
                    double pk = Double.isFinite(spot.peak()[se]) ? spot.peak()[se] : spot.net()[se] + bint;
                    table.peak[e][s] = pk;
                    table.background[e][s] = bint;
                    table.net[e][s] = spot.net()[se];
                    table.wt[e][s] = spot.wt()[se];
                    table.peakExposure[e][s] = c.peakTimeS() * spot.currentUA();
                    table.map[e][s] = pix >= 0 ? elementSignals.get(e).counts()[pix] / exposure : Double.NaN;
                }
            }
            if (ns > 0 && inside == 0) {
                double[] ex = geometry.extentXmm();
                double[] ey = geometry.extentYmm();
                double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
                double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
                for (Spot sp : spots) {
                    minX = Math.min(minX, sp.xMm());
                    maxX = Math.max(maxX, sp.xMm());
                    minY = Math.min(minY, sp.yMm());
                    maxY = Math.max(maxY, sp.yMm());
                }
                throw new DataException(String.format(Locale.ROOT,
                        "no spot lies inside the map: the map covers X %s..%s mm, Y %s..%s mm; the spots lie at X %s..%s mm, Y %s..%s mm",
                        ex[0], ex[1], ey[0], ey[1], minX, maxX, minY, maxY));
            }
            long outside = 0;
            for (int s = 0; s < ns; s++) {
                if (table.pixel[s] < 0 && !spotExcluded[s]) {
                    outside++;
                }
            }
            if (outside > 0) {
                diag.warn(outside + " spot(s) lie outside the map: used for alpha and gamma only");
            }
        }

        private boolean inMapUsed(int s) {
            return !spotExcluded[s] && table.pixel[s] >= 0;
        }

        /** §8.3: the guide-net layout (rows × cols over the whole map); checked against the map size. */
        private CalibrationParameters.Tiles tileLayout() throws InputException {
            int rows = settings.tilesRows();
            int cols = settings.tilesCols();
            if (rows > geometry.lines() || cols > geometry.columns()) {
                throw new InputException("settings", rows > geometry.lines() ? "tilesRows" : "tilesCols", "at most "
                        + geometry.lines() + " x " + geometry.columns() + " tiles on this map (lines x columns), found "
                        + rows + " x " + cols);
            }
            int ne = elements.size();
            int nt = rows * cols;
            return new CalibrationParameters.Tiles(rows, cols, geometry.lines(), geometry.columns(), new double[ne][nt],
                    new double[ne][nt], new int[ne][nt], new Source[ne][nt]);
        }

        // ---- §5 ----
        /**
         * Decision (tiles, §8.3): a tile's β′ may differ from the others' by more than the width of
         * the prediction intervals, and one slope for the whole map would then flag whole tiles of
         * clean spots. Each tile therefore scales b_e by its own factor f_t, the weighted median of
         * (Pk/M)/b_e over the tile's spots and all elements (weights M·b_e, the §5 rule applied to
         * all elements at once): robust with the few spots of a tile, and exact when the tiles differ
         * by a common factor such as a probe-current drift. f_t = 1 for a tile without spots.
         */
        private void validateSpots() throws InputException {
            int ne = elements.size();
            int ns = spots.size();
            slopes = new double[ne];
            Arrays.fill(slopes, Double.NaN);
            CalibrationParameters.Tiles layout = tileLayout();
            int nt = layout.count();
            int[] spotTile = new int[ns];
            for (int s = 0; s < ns; s++) {
                spotTile[s] = inMapUsed(s) ? layout.tileOf(table.pixel[s]) : -1;
            }
            for (int s = 0; s < ns; s++) {
                spotChecks.add(new ArrayList<>());
            }
            List<List<String>> flaggedBy = new ArrayList<>();
            for (int s = 0; s < ns; s++) {
                flaggedBy.add(new ArrayList<>());
            }
            for (int e = 0; e < ne; e++) {
                double[] y = new double[ns];
                double[] x = new double[ns];
                for (int s = 0; s < ns; s++) {
                    y[s] = table.peak[e][s];
                    x[s] = inMapUsed(s) ? table.map[e][s] : 0;
                }
                slopes[e] = WeightedMedianSlope.of(y, x);
            }
            double[] tileFactor = new double[nt];
            Arrays.fill(tileFactor, 1);
            for (int t = 0; t < nt && nt > 1; t++) {
                double[] y = new double[ns * ne];
                double[] x = new double[ns * ne];
                for (int s = 0; s < ns; s++) {
                    for (int e = 0; e < ne; e++) {
                        if (spotTile[s] == t && slopes[e] > 0) {
                            y[s * ne + e] = table.peak[e][s];
                            x[s * ne + e] = table.map[e][s] * slopes[e];
                        }
                    }
                }
                double f = WeightedMedianSlope.of(y, x);
                tileFactor[t] = f > 0 ? f : 1;
            }
            if (nt > 1) {
                StringBuilder sb = new StringBuilder("spot validation: slope factor per tile (row-major)");
                for (double f : tileFactor) {
                    sb.append(String.format(Locale.ROOT, " %.4f", f));
                }
                diag.info(sb.toString());
            }
            for (int e = 0; e < ne; e++) {
                if (!settings.validation()) {
                    continue;
                }
                if (!(slopes[e] > 0)) {
                    diag.warn("element " + elements.get(e).element() + ": no spot with map intensity > 0, not tested (§5)");
                    continue;
                }
                for (int s = 0; s < ns; s++) {
                    if (!inMapUsed(s)) {
                        continue;
                    }
                    double[] r = SpotValidation.test(table.peak[e][s], table.peakExposure[e][s],
                            elementSignals.get(e).counts()[table.pixel[s]], exposure, slopes[e] * tileFactor[spotTile[s]],
                            settings.ciLevel(),
                            settings.piLevel());
                    spotTested[s] = true;
                    boolean flag = r[8] == 1;
                    spotChecks.get(s).add(new SpotReport.SpotCheck(table.map[e][s], r[0], r[1], table.peak[e][s], r[2], r[3],
                            r[4], r[5], r[6], r[7], flag));
                    if (flag) {
                        spotFlagged[s] = true;
                        flaggedBy.get(s).add(elements.get(e).element());
                    }
                }
            }
            for (int s = 0; s < ns; s++) {
                if (spotFlagged[s]) {
                    spotReason[s] = "multi-phase-pixel: " + String.join(" ", flaggedBy.get(s));
                }
                if (spotChecks.get(s).size() != ne) {
                    spotChecks.set(s, List.of());
                }
            }
        }

        /** A calibration spot: used and not flagged (in or outside the map). */
        private boolean calibrationSpot(int s) {
            return !spotExcluded[s] && !spotFlagged[s];
        }

        private boolean clean(int s) {
            return inMapUsed(s) && !spotFlagged[s];
        }

        // ---- phases (§3.9, §6.5, §7.5) ----
        private void resolvePhases() throws InputException {
            TreeSet<String> names = new TreeSet<>();
            for (int s = 0; s < spots.size(); s++) {
                if (!spotExcluded[s]) {
                    names.add(spotPhase[s]);
                }
            }
            for (QuantifierSettings.ExtraPhase x : settings.extraPhases()) {
                names.add(normalisePhase(x.phase()));
            }
            for (Centre c : settings.centres()) {
                names.add(normalisePhase(c.phase()));
            }
            if (names.isEmpty()) {
                throw new InputException("--spots", null, "no spot has a phase and no phase centre is given");
            }
            clusterPhases = List.copyOf(names);
            TreeSet<String> bases = new TreeSet<>();
            for (String n : clusterPhases) {
                bases.add(base(n));
            }
            outputPhases = List.copyOf(bases);
            clusterToOutput = new int[clusterPhases.size()];
            for (int k = 0; k < clusterPhases.size(); k++) {
                clusterToOutput[k] = outputPhases.indexOf(base(clusterPhases.get(k)));
            }
            for (QuantifierSettings.KnownComposition kc : settings.knownCompositions()) {
                if (!outputPhases.contains(normalisePhase(kc.phase()))) {
                    throw new InputException("settings", "knownCompositions", "phase '" + kc.phase()
                            + "' is not among the phases " + outputPhases);
                }
                if (elementIndexByOxide(kc.oxide()) < 0) {
                    throw new InputException("settings", "knownCompositions", "oxide '" + kc.oxide()
                            + "' is not quantified (quantified: " + elements.stream().map(QuantifiedElement::oxide).toList() + ")");
                }
            }
        }

        private String base(String phase) {
            if (!settings.groupSubphases()) {
                return phase;
            }
            int i = phase.indexOf(settings.subphaseSeparator());
            return i > 0 ? phase.substring(0, i) : phase;
        }

        private int elementIndexByOxide(String oxide) {
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e).oxide().equalsIgnoreCase(oxide.trim())) {
                    return e;
                }
            }
            return -1;
        }

        private List<String> clusterSignalNames() throws InputException {
            if (settings.clusterSignals().isEmpty()) {
                return elements.stream().map(QuantifiedElement::element).toList();
            }
            List<String> names = new ArrayList<>();
            for (String n : settings.clusterSignals()) {
                Optional<MapSignal> s = maps.signal(n.trim());
                if (s.isEmpty()) {
                    throw new InputException("settings", "clusterSignals", "signal '" + n + "' is not in the maps (maps: "
                            + maps.signals().stream().map(MapSignal::name).toList() + ")");
                }
                names.add(s.get().name());
            }
            return names;
        }

        // ---- §6 ----
        private double[][] centres(List<String> signalNames, float[][] signals, boolean[] gaussian) throws InputException, DataException {
            int k = clusterPhases.size();
            int p = signalNames.size();
            double[][] c = new double[k][p];
            for (double[] row : c) {
                Arrays.fill(row, Double.NaN);
            }
            int ns = spots.size();
            for (int ph = 0; ph < k; ph++) {
                String name = clusterPhases.get(ph);
                for (int j = 0; j < p; j++) {
                    int e = indexOfElement(signalNames.get(j));
                    double[] buf = new double[ns];
                    int cleanCount = 0;
                    for (int s = 0; s < ns; s++) {
                        if (name.equals(spotPhase[s]) && clean(s)) {
                            buf[cleanCount++] = signals[j][table.pixel[s]];
                        }
                    }
                    if (e >= 0 && spotElementIndex.get(e) >= 0) {
                        if (cleanCount >= settings.minSpots()) {
                            c[ph][j] = Calibration.median(buf, cleanCount);
                            markUsed(name, true);
                        } else if (slopes[e] > 0) {
                            int m = 0;
                            for (int s = 0; s < ns; s++) {
                                if (name.equals(spotPhase[s]) && !spotExcluded[s]) {
                                    buf[m++] = table.peak[e][s] * exposure / slopes[e];
                                    spotUsed[s] = true;
                                }
                            }
                            c[ph][j] = Calibration.median(buf, m);
                        }
                    } else {
                        if (cleanCount > 0) {
                            c[ph][j] = Calibration.median(buf, cleanCount);
                            markUsed(name, true);
                        } else {
                            int m = 0;
                            for (int s = 0; s < ns; s++) {
                                if (name.equals(spotPhase[s]) && inMapUsed(s)) {
                                    buf[m++] = signals[j][table.pixel[s]];
                                    spotUsed[s] = true;
                                }
                            }
                            c[ph][j] = Calibration.median(buf, m);
                        }
                    }
                }
            }
            for (QuantifierSettings.ExtraPhase x : settings.extraPhases()) {
                int ph = clusterPhases.indexOf(normalisePhase(x.phase()));
                c[ph] = extraCentre(x, signals);
            }
            for (Centre reuse : settings.centres()) {
                int ph = clusterPhases.indexOf(normalisePhase(reuse.phase()));
                double scale = reuse.exposureSecUA() > 0 ? exposure / reuse.exposureSecUA() : 1;
                for (int j = 0; j < p; j++) {
                    int r = indexIgnoreCase(reuse.signals(), signalNames.get(j));
                    if (r >= 0 && r < reuse.counts().length) {
                        c[ph][j] = gaussian[j] ? reuse.counts()[r] : reuse.counts()[r] * scale;
                    }
                }
            }
            impute(c, signals, clusterPhases);
            return c;
        }

        private void markUsed(String phase, boolean cleanOnly) {
            for (int s = 0; s < spots.size(); s++) {
                if (phase.equals(spotPhase[s]) && (cleanOnly ? clean(s) : !spotExcluded[s])) {
                    spotUsed[s] = true;
                }
            }
        }

        private static int indexIgnoreCase(List<String> list, String name) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        private int indexOfElement(String signal) {
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e).element().equalsIgnoreCase(signal)) {
                    return e;
                }
            }
            return -1;
        }

        private double[] extraCentre(QuantifierSettings.ExtraPhase x, float[][] signals) throws InputException {
            int p = signals.length;
            double[] c = new double[p];
            int[] box;
            if (x.pixel() != null && x.pixel().length == 2) {
                box = new int[] { x.pixel()[0], x.pixel()[1], x.pixel()[0], x.pixel()[1] };
            } else if (x.box() != null && x.box().length == 4) {
                box = x.box();
            } else {
                throw new InputException("settings", "extraPhases", "phase " + x.phase()
                        + ": expected pixel [col,line] or box [c0,l0,c1,l1]");
            }
            int c0 = Math.min(box[0], box[2]), c1 = Math.max(box[0], box[2]);
            int l0 = Math.min(box[1], box[3]), l1 = Math.max(box[1], box[3]);
            if (c0 < 1 || l0 < 1 || c1 > geometry.columns() || l1 > geometry.lines()) {
                throw new InputException("settings", "extraPhases", "phase " + x.phase() + ": pixel box outside the "
                        + geometry.columns() + " x " + geometry.lines() + " map (1-based column, line)");
            }
            int n = (c1 - c0 + 1) * (l1 - l0 + 1);
            for (int j = 0; j < p; j++) {
                double[] v = new double[n];
                int m = 0;
                for (int l = l0; l <= l1; l++) {
                    for (int col = c0; col <= c1; col++) {
                        v[m++] = signals[j][(l - 1) * geometry.columns() + col - 1];
                    }
                }
                c[j] = Calibration.median(v, m);
            }
            return c;
        }

        /** §6 step 4: copy the missing values of the best-matching pixel on the known signals. */
        private void impute(double[][] c, float[][] signals, List<String> names) throws DataException {
            int p = signals.length;
            for (int k = 0; k < c.length; k++) {
                boolean any = false;
                boolean missing = false;
                for (int j = 0; j < p; j++) {
                    if (Double.isNaN(c[k][j])) {
                        missing = true;
                    } else {
                        any = true;
                    }
                }
                if (!missing) {
                    continue;
                }
                if (!any) {
                    throw new DataException("phase " + names.get(k) + ": no initial centre can be formed (no usable spot); "
                            + "add it to extraPhases with a pixel or box");
                }
                int best = -1;
                double bd = Double.POSITIVE_INFINITY;
                for (int i = 0; i < pixels; i++) {
                    double d = 0;
                    for (int j = 0; j < p; j++) {
                        if (!Double.isNaN(c[k][j])) {
                            double t = signals[j][i] - c[k][j];
                            d += t * t / Math.max(c[k][j], 1);
                        }
                    }
                    if (d < bd) {
                        bd = d;
                        best = i;
                    }
                }
                for (int j = 0; j < p; j++) {
                    if (Double.isNaN(c[k][j])) {
                        c[k][j] = signals[j][best];
                    }
                }
                diag.info("phase " + names.get(k) + ": missing centre values copied from pixel index " + best + " (§6.4)");
            }
        }

        /** λ_ke per cluster phase and quantified element: EM rates where the element is a signal, else P-weighted means. */
        private double[][] elementRates(float[][] posterior, PixelBlocks blocks, double[][] emRates, List<String> signalNames) {
            int k = posterior.length;
            int ne = elements.size();
            int nb = blocks.count();
            double[][][] num = new double[nb][k][ne];
            double[][] den = new double[nb][k];
            blocks.forEach(b -> {
                for (int i = blocks.from(b); i < blocks.to(b); i++) {
                    if (Float.isNaN(posterior[0][i])) {
                        continue;
                    }
                    for (int c = 0; c < k; c++) {
                        float pk = posterior[c][i];
                        if (pk <= 0) {
                            continue;
                        }
                        den[b][c] += pk;
                        for (int e = 0; e < ne; e++) {
                            num[b][c][e] += pk * elementSignals.get(e).counts()[i];
                        }
                    }
                }
            });
            double[][] rates = new double[k][ne];
            for (int c = 0; c < k; c++) {
                double d = 0;
                double[] n = new double[ne];
                for (int b = 0; b < nb; b++) {
                    d += den[b][c];
                    for (int e = 0; e < ne; e++) {
                        n[e] += num[b][c][e];
                    }
                }
                for (int e = 0; e < ne; e++) {
                    int j = indexIgnoreCase(signalNames, elements.get(e).element());
                    rates[c][e] = emRates != null && j >= 0 ? emRates[c][j]
                            : Math.max(settings.emRateFloor(), d > 0 ? n[e] / d : 0);
                }
            }
            return rates;
        }

        private float[][] unmix(float[][] signals, boolean[] gaussian, float[][] posterior, double[][] emRates,
                PixelBlocks blocks) {
            List<Integer> poisson = new ArrayList<>();
            for (int j = 0; j < signals.length; j++) {
                if (!gaussian[j]) {
                    poisson.add(j);
                }
            }
            float[][] x = new float[poisson.size()][];
            double[][] rates = new double[posterior.length][poisson.size()];
            double[][] src = emRates;
            if (src == null) {
                src = weightedSignalMeans(signals, posterior, blocks);
            }
            for (int r = 0; r < poisson.size(); r++) {
                x[r] = signals[poisson.get(r)];
                for (int k = 0; k < posterior.length; k++) {
                    rates[k][r] = Math.max(src[k][poisson.get(r)], settings.emRateFloor());
                }
            }
            int[] failures = new int[1];
            int[] mixed = new int[1];
            float[][] f = PoissonUnmixing.unmix(x, rates, posterior, geometry.lines(), geometry.columns(), blocks, failures, mixed);
            diag.info("unmixing: " + mixed[0] + " mixed pixels unmixed");
            if (failures[0] > 0) {
                diag.warn("unmixing: " + failures[0] + " pixels missed the KKT tolerance 1e-6");
            }
            return f;
        }

        private double[][] weightedSignalMeans(float[][] signals, float[][] posterior, PixelBlocks blocks) {
            int k = posterior.length;
            int p = signals.length;
            double[][] m = new double[k][p];
            double[] w = new double[k];
            for (int i = 0; i < pixels; i++) {
                if (Float.isNaN(posterior[0][i])) {
                    continue;
                }
                for (int c = 0; c < k; c++) {
                    w[c] += posterior[c][i];
                    for (int j = 0; j < p; j++) {
                        m[c][j] += posterior[c][i] * signals[j][i];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < p; j++) {
                    m[c][j] = w[c] > 0 ? m[c][j] / w[c] : 0;
                }
            }
            return m;
        }

        /** §7.5: memberships of sub-phases summed into their base phase. */
        private float[][] group(float[][] values) {
            if (clusterPhases.size() == outputPhases.size()) {
                return values;
            }
            float[][] out = new float[outputPhases.size()][pixels];
            for (int c = 0; c < clusterPhases.size(); c++) {
                float[] dst = out[clusterToOutput[c]];
                float[] srcRow = values[c];
                for (int i = 0; i < pixels; i++) {
                    dst[i] += srcRow[i];
                }
            }
            return out;
        }

        /**
         * Base-phase rates as the membership-weighted mean of their sub-phases' rates (Decision: with
         * unmixing and sub-phases, ŝ uses this average rate of the base phase).
         */
        private double[][] groupRates(double[][] rates, float[][] posterior) {
            if (clusterPhases.size() == outputPhases.size()) {
                return rates;
            }
            int ne = elements.size();
            double[][] out = new double[outputPhases.size()][ne];
            double[] w = new double[outputPhases.size()];
            for (int c = 0; c < clusterPhases.size(); c++) {
                double s = 0;
                for (int i = 0; i < pixels; i++) {
                    if (!Float.isNaN(posterior[c][i])) {
                        s += posterior[c][i];
                    }
                }
                int o = clusterToOutput[c];
                w[o] += s;
                for (int e = 0; e < ne; e++) {
                    out[o][e] += s * rates[c][e];
                }
            }
            for (int o = 0; o < out.length; o++) {
                for (int e = 0; e < ne; e++) {
                    out[o][e] = w[o] > 0 ? out[o][e] / w[o] : out[o][e];
                }
            }
            return out;
        }

        private int outputPhaseOfSpot(int s) {
            return outputPhases.indexOf(base(spotPhase[s]));
        }

        // ---- §8 ----
        private CalibrationParameters calibrate(Membership membership, PixelBlocks blocks) throws InputException, DataException {
            int ne = elements.size();
            int nk = outputPhases.size();
            int ns = spots.size();
            double[][] alpha = new double[ne][nk], alphaSe = new double[ne][nk];
            double[][] gamma = new double[ne][nk], gammaSe = new double[ne][nk];
            boolean[][] alphaPooled = new boolean[ne][nk], gammaPooled = new boolean[ne][nk];
            double[] betaP = new double[ne], betaPSe = new double[ne];
            int[][] nSpots = new int[ne][nk];
            Source[][] source = new Source[ne][nk];
            boolean[][] fitted = new boolean[ne][nk];
            boolean[] betaFitted = new boolean[ne];
            boolean[] betaFixed = new boolean[ne];
            CalibrationParameters.Tiles tiles = tileLayout();
            int nt = tiles.count();
            double[][] tileB = tiles.betaPrime(), tileBSe = tiles.betaPrimeSe();
            int[][] tileN = tiles.nSpots();
            Source[][] tileSource = tiles.source();
            for (int e = 0; e < ne; e++) {
                boolean hasSpotData = spotElementIndex.get(e) >= 0;
                List<Integer> all = new ArrayList<>();
                for (int s = 0; s < ns; s++) {
                    if (hasSpotData && calibrationSpot(s) && outputPhaseOfSpot(s) >= 0) {
                        all.add(s);
                    }
                }
                double[] pooledA = Calibration.alpha(pick(table.net[e], all), pick(table.wt[e], all));
                double[] pooledG = Calibration.gamma(pick(table.background[e], all));
                for (int k = 0; k < nk; k++) {
                    List<Integer> own = new ArrayList<>();
                    for (int s : all) {
                        if (outputPhaseOfSpot(s) == k) {
                            own.add(s);
                            spotUsed[s] = true;
                        }
                    }
                    nSpots[e][k] = own.size();
                    double[] a = Calibration.alpha(pick(table.net[e], own), pick(table.wt[e], own));
                    boolean aOk = own.size() >= settings.minSpots() && Double.isFinite(a[0]) && a[0] > 0;
                    double[] g = Calibration.gamma(pick(table.background[e], own));
                    boolean gOk = own.size() >= settings.minSpots();
                    alpha[e][k] = aOk ? a[0] : pooledA[0];
                    alphaSe[e][k] = aOk ? a[1] : pooledA[1];
                    alphaPooled[e][k] = !aOk;
                    gamma[e][k] = gOk ? g[0] : pooledG[0];
                    gammaSe[e][k] = gOk ? g[1] : pooledG[1];
                    gammaPooled[e][k] = !gOk;
                    source[e][k] = aOk && gOk ? Source.FITTED : Source.POOLED;
                    fitted[e][k] = Double.isFinite(alpha[e][k]) && Double.isFinite(gamma[e][k]);
                    if (own.size() == 1 || all.size() == 1) {
                        diag.warn("element " + elements.get(e).element() + ", phase " + outputPhases.get(k)
                                + ": a single calibration spot gives se = 0");
                    }
                }
                // β′ (§8.2): clean in-map spots weighted by their own-phase membership
                double[] m = new double[ns], pk = new double[ns], w = new double[ns], wAll = new double[ns];
                double[] vm = new double[ns], vpk = new double[ns];
                MapSignal signal = elementSignals.get(e);
                int strong = 0;
                for (int s = 0; s < ns; s++) {
                    int k = outputPhaseOfSpot(s);
                    if (!hasSpotData || !clean(s) || k < 0) {
                        continue;
                    }
                    m[s] = table.map[e][s];
                    pk[s] = table.peak[e][s];
                    vm[s] = signal.variance(table.pixel[s]) / (exposure * exposure);
                    vpk[s] = table.peakExposure[e][s] > 0 ? Math.max(pk[s], 0) / table.peakExposure[e][s] : 0;
                    double own = membership.value(k, table.pixel[s]);
                    wAll[s] = own;
                    if (own >= settings.betaMembershipThreshold()) {
                        w[s] = own;
                        strong++;
                    } else if (e == 0) {
                        spotReason[s] = String.format(Locale.ROOT, "low-membership %.4f (no beta)", own);
                    }
                }
                double[] b;
                if (strong >= settings.minSpots()) {
                    b = Calibration.betaPrime(m, pk, w, vpk, vm);
                } else {
                    if (hasSpotData) {
                        diag.warn("element " + elements.get(e).element() + ": fewer than " + settings.minSpots()
                                + " beta spots above the membership threshold; all clean in-map spots are used, weighted by membership");
                    }
                    b = Calibration.betaPrime(m, pk, wAll, vpk, vm);
                }
                betaP[e] = b[0];
                betaPSe[e] = b[1];
                betaFitted[e] = Double.isFinite(betaP[e]) && betaP[e] > 0;
                if (nt > 1) {
                    tileBeta(e, tiles, m, pk, w, vpk, vm);
                } else {
                    tileN[e][0] = (int) b[2];
                }
            }
            applyFixed(alpha, alphaSe, alphaPooled, gamma, gammaSe, gammaPooled, betaP, betaPSe, source, fitted, betaFitted,
                    betaFixed);
            for (int e = 0; e < ne; e++) {
                if (!betaFitted[e]) {
                    throw new DataException("element " + elements.get(e).element()
                            + ": no clean spot inside the map to fit beta, and beta is not fixed");
                }
                int pooledTiles = 0;
                for (int t = 0; t < nt; t++) {
                    if (nt == 1 || betaFixed[e] || tileSource[e][t] == null) {
                        // one tile, a fixed β′ (parameters.csv holds no per-tile β′), or too few spots: the pooled β′_e
                        tileB[e][t] = betaP[e];
                        tileBSe[e][t] = betaPSe[e];
                        tileSource[e][t] = betaFixed[e] ? Source.FIXED : nt == 1 ? Source.FITTED : Source.POOLED;
                        pooledTiles += nt > 1 && !betaFixed[e] ? 1 : 0;
                    }
                }
                if (pooledTiles > 0) {
                    diag.warn("element " + elements.get(e).element() + ": " + pooledTiles + " of " + nt + " tiles have fewer than "
                            + settings.minSpots() + " beta spots and use the pooled beta (§8.3)");
                }
            }
            applyKnown(membership, alpha, alphaSe, alphaPooled, gamma, gammaSe, gammaPooled, tiles, source, blocks);
            return new CalibrationParameters(elements, outputPhases, exposure, alpha, alphaSe, alphaPooled, gamma, gammaSe,
                    gammaPooled, betaP, betaPSe, nSpots, source, tiles);
        }

        /**
         * §8.3: β′ per tile from the β spots (weight w > 0) whose pixel, located on the whole map
         * ({@link MapGeometry#pixelIndex}), lies in the tile. A tile with fewer than minSpots of them,
         * or without a positive fit, is left null here and gets the pooled β′_e.
         */
        private void tileBeta(int e, CalibrationParameters.Tiles tiles, double[] m, double[] pk, double[] w, double[] vpk,
                double[] vm) {
            int nt = tiles.count();
            int ns = w.length;
            int[] tileOfSpot = new int[ns];
            int[] count = new int[nt];
            for (int s = 0; s < ns; s++) {
                tileOfSpot[s] = w[s] > 0 ? tiles.tileOf(table.pixel[s]) : -1;
                if (tileOfSpot[s] >= 0) {
                    count[tileOfSpot[s]]++;
                }
            }
            double[] wt = new double[ns];
            for (int t = 0; t < nt; t++) {
                tiles.nSpots()[e][t] = count[t];
                if (count[t] < settings.minSpots()) {
                    continue;
                }
                for (int s = 0; s < ns; s++) {
                    wt[s] = tileOfSpot[s] == t ? w[s] : 0;
                }
                double[] b = Calibration.betaPrime(m, pk, wt, vpk, vm);
                if (Double.isFinite(b[0]) && b[0] > 0) {
                    tiles.betaPrime()[e][t] = b[0];
                    tiles.betaPrimeSe()[e][t] = b[1];
                    tiles.source()[e][t] = Source.FITTED;
                }
            }
        }

        private static double[] pick(double[] v, List<Integer> idx) {
            double[] out = new double[idx.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = v[idx.get(i)];
            }
            return out;
        }

        /** §8.5: rows of an earlier parameters.csv override the fit; pairs this run cannot fit must be present. */
        private void applyFixed(double[][] alpha, double[][] alphaSe, boolean[][] alphaPooled, double[][] gamma,
                double[][] gammaSe, boolean[][] gammaPooled, double[] betaP, double[] betaPSe, Source[][] source,
                boolean[][] fitted, boolean[] betaFitted, boolean[] betaFixed) throws InputException {
            for (Row r : fixedRows) {
                int e = elementIndexByOxide(r.oxide());
                int k = outputPhases.indexOf(normalisePhase(r.phase()));
                if (e < 0 || k < 0) {
                    continue;
                }
                alpha[e][k] = r.alpha();
                alphaSe[e][k] = r.alphaSe();
                alphaPooled[e][k] = false;
                gamma[e][k] = r.gamma();
                gammaSe[e][k] = r.gammaSe();
                gammaPooled[e][k] = false;
                source[e][k] = Source.FIXED;
                fitted[e][k] = true;
                betaP[e] = r.beta();
                betaPSe[e] = r.betaSe();
                betaFitted[e] = true;
                betaFixed[e] = true;
            }
            List<String> missing = new ArrayList<>();
            for (int e = 0; e < elements.size(); e++) {
                for (int k = 0; k < outputPhases.size(); k++) {
                    if (!fitted[e][k]) {
                        missing.add(outputPhases.get(k) + "/" + elements.get(e).oxide());
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(fixedRows.isEmpty() ? "--spots" : settings.fixedParameters(), "phase/oxide",
                        "no calibration spot and no fixed parameter for " + String.join(", ", missing));
            }
        }

        /**
         * §8.4: α_ek = wt/(β_e Ī_ke − γ_ek); wt = 0 sets γ_ek = β_e Ī_ke with the pooled α. With tiles
         * (§8.3) β_e Ī_ke is the membership-weighted mean of β_{e,g(i)} X_ie, so that the phase mean
         * still equals wt.
         */
        private void applyKnown(Membership membership, double[][] alpha, double[][] alphaSe, boolean[][] alphaPooled,
                double[][] gamma, double[][] gammaSe, boolean[][] gammaPooled, CalibrationParameters.Tiles tiles,
                Source[][] source, PixelBlocks blocks) throws DataException {
            for (QuantifierSettings.KnownComposition kc : settings.knownCompositions()) {
                int e = elementIndexByOxide(kc.oxide());
                int k = outputPhases.indexOf(normalisePhase(kc.phase()));
                float[] p = membership.map(k);
                float[] x = elementSignals.get(e).counts();
                double num = 0, den = 0;
                double[] tileBeta = tiles.betaPrime()[e];
                for (int i = 0; i < pixels; i++) {
                    if (!Float.isNaN(p[i])) {
                        num += p[i] * x[i] * tileBeta[tiles.tileOf(i)];
                        den += p[i];
                    }
                }
                double betaMean = num / den / exposure; // β_e Ī_ke
                if (kc.wt() == 0) {
                    gamma[e][k] = betaMean;
                    gammaSe[e][k] = 0;
                    gammaPooled[e][k] = false;
                    int donor = -1;
                    for (int j = 0; j < outputPhases.size(); j++) {
                        if (alphaPooled[e][j]) {
                            donor = j;
                        }
                    }
                    if (donor >= 0) {
                        alpha[e][k] = alpha[e][donor];
                        alphaSe[e][k] = alphaSe[e][donor];
                        alphaPooled[e][k] = true;
                    }
                } else {
                    double d = betaMean - gamma[e][k];
                    if (!(d > 0)) {
                        throw new DataException("known composition " + kc.phase() + " " + kc.oxide() + " = " + kc.wt()
                                + " wt%: the phase's net map intensity is not positive");
                    }
                    alpha[e][k] = kc.wt() / d;
                    alphaSe[e][k] = 0;
                    alphaPooled[e][k] = false;
                }
                source[e][k] = Source.FIXED;
            }
        }

        private void phaseDrift(Membership membership) {
            for (int s = 0; s < spots.size(); s++) {
                if (clean(s)) {
                    int label = membership.label(table.pixel[s]);
                    int own = outputPhaseOfSpot(s);
                    if (label >= 0 && label != own) {
                        diag.warn("spot " + spots.get(s).id() + " (" + spotPhase[s] + ") lies on a pixel labelled "
                                + outputPhases.get(label) + " (phase drift)");
                    }
                }
            }
        }

        private List<SpotReport> spotReports() {
            List<SpotReport> out = new ArrayList<>();
            for (int s = 0; s < spots.size(); s++) {
                int pix = table.pixel[s];
                int line = pix >= 0 ? pix / geometry.columns() + 1 : 0;
                int col = pix >= 0 ? pix % geometry.columns() + 1 : 0;
                Boolean outlier = spotTested[s] ? Boolean.valueOf(spotFlagged[s]) : null;
                out.add(new SpotReport(spots.get(s).id(), spotPhase[s], line, col, spotUsed[s] && !spotExcluded[s], outlier,
                        spotReason[s], spotChecks.get(s)));
            }
            return out;
        }
    }
}
