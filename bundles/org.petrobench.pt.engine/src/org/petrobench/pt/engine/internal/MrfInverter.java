package org.petrobench.pt.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.Hyperparameter;
import org.petrobench.pt.path.Hyperparameters;
import org.petrobench.pt.path.McmcSummary;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/**
 * MRF P–T path inversion ({@code --method mrf}, PT.md §5): our reconstruction of Kuwatani, Nagata,
 * Okada &amp; Toriumi (2012, Contrib. Mineral. Petrol. 163:547–562) and Kuwatani et al. (2018,
 * J. Mineral. Petrol. Sci. 113:82–95). Gaussian Markov-chain prior on P and T along growth, the
 * selected models' residuals at the points where their phases are measured, MAP by banded
 * Levenberg–Marquardt ({@link MapFit}), hyperparameters by the Laplace evidence
 * ({@link HyperparameterSearch}), bands from the Laplace approximation, integrated over the
 * hyperparameter grid by default ({@link MixtureBands}), and an optional Metropolis-within-Gibbs
 * check ({@link GibbsSampler}).
 * <p>
 * Decisions (PT.md §5.1–§5.3 and ours):
 * <ul>
 * <li>Initial path: point-wise estimates (PT.md §4) that converged inside the box, linearly
 * interpolated in distance (constant beyond the ends); with fewer than two, the constant μ_0.</li>
 * <li>μ_0 = centre of the used models' common validity box (open sides and an empty intersection
 * from the inverter box); K_0 = diag(1/20², 1/500²) (kbar⁻², K⁻²): a weak anchor.</li>
 * <li>Calibration sd σ_cal,mk and analytical variances σ_an,mk² (from {@code <variable>_sd}
 * columns, J_x at the initial path) are evaluated once at the initial path. Initial noise σ_m =
 * RMS σ_cal,m. Floor σ_m ≥ 0.1·RMS σ_cal,m (reported "at bound" there). CHECK, a deviation: PT.md
 * §5.2/§5.5 say σ_m ≥ 0 ("clamp ≥ 0"), with or without analytical sds.
 * <ul>
 * <li>Without analytical sds the evidence is flat as a barometer's σ_m → 0 (the prior absorbs the
 * scatter) and EM crawls there; on the synthetic garnet profiles of the tests a floor of
 * 10⁻³·σ_cal let GASP's σ fall to ≈ 7 bar against a true scatter of 60–100 bar, biasing the path
 * through the GASP slope (mean 95 % coverage 0.48 on one dataset), against PT.md §5.2's prototype
 * note "path and bands stay good".</li>
 * <li>With analytical sds ({@code _sd} columns) v = σ_an² + σ_m² stays positive at σ_m = 0, so the
 * spec's clamp would be numerically safe, and the floor does add to v (GASP on the test profiles
 * below: σ_an 75–130 bar, so the 100 bar floor raises √v by ≈ 40 %). Tried (floor 10⁻⁶·σ_cal where every point has
 * σ_an &gt; 0): GASP's σ_m then fell to 0 in every grid cell, and on the PT.md §7-type profiles
 * with inclusions at 25 % of the points ({@code MrfRecoveryTest}, 8 datasets) the mean 95 %
 * coverage fell from 0.848 to 0.794 (below the 0.80) and e.g. seed 6's RMSE rose from
 * 0.45 to 0.57 kbar and 18 to 23 K; on prior draws ({@code MrfBandCoverageTest}) coverage stayed
 * 0.94–0.96. So the floor is kept for all channels.</li>
 * </ul>
 * 0.1·σ_cal (100 bar for GASP, 5 K for Grt–Bt) is below any realistic scatter of natural inclusion
 * data beyond analytical error.</li>
 * <li>The systematic calibration part (PT.md §5.6) treats the per-point σ_cal,mk as one shared
 * standardised offset per model and residual: g = −H⁻¹ Jᵀ W s_m, Σ_sys = Σ g gᵀ (diagonal only).</li>
 * <li>{@code hyperparameters=fixed} uses one Laplace posterior, so its bands are plug-in bands.</li>
 * <li>Bands (PT.md §5.6, default {@code integrated}), as the spec prescribes them: the mixture of
 * the Laplace posteriors of all grid cells with w_c ∝ exp(log Z_c) (equal prior mass per cell: a
 * log-uniform hyperprior on the log-spaced SD_tot grid), σ_m profiled per cell (updated by EM in
 * each cell, not integrated), mixture sd and mixture quantiles; the reported path is the MAP at the
 * polished η̂, so path and band need not be centred on each other. When the grid posterior has
 * mass on the smooth edge (warned), the band is lopsided about the path: on the 11-point demo
 * profile 62 % of the weight sits on cells with a nearly constant path whose σ of grt-bt-fs1978
 * (≈ 48 K) absorbs the 155 K trend, against η̂ with σ at its floor, giving a rim band of
 * 607–719 °C about 711.5 °C. That is the hyperparameter-integrated answer for noise-free data on 11
 * points, not a defect of the mixture; {@code bands: plugin} gives the band at η̂ only. With the
 * inclusions of rows 5–7 (0-based) removed the stiff mode also holds the best cell (log Z −81.09
 * against −82.66 for the best cell with a T trend), so η̂ sits on the grid's smooth P edge, the most
 * probable T path is nearly constant (625–629 °C) and the rim band (586–710 °C) misses the rim's
 * point-wise 713.9 °C: the type-II choice PT.md §5.5 "why the grid" describes for flat evidence,
 * not a polishing artefact. Coverage on prior draws: {@code MrfBandCoverageTest}, with gaps
 * {@code MrfGapTest}.</li>
 * </ul>
 */
@Component(service = PtPathInverter.class)
public final class MrfInverter implements PtPathInverter {

    static final double[] K0 = { 1 / (20.0 * 20.0), 1 / (500.0 * 500.0) };
    /** Lower bound of σ_m as a fraction of the RMS calibration sd (Decision and CHECK above). */
    private static final double SIGMA_FLOOR = 0.1;
    private static final double EDGE_MASS = 0.025;

    @Override
    public String id() {
        return "mrf";
    }

    @Override
    public String name() {
        return "MRF P-T path inversion (Gaussian Markov-chain prior, Laplace evidence and bands)";
    }

    @Override
    public String reference() {
        return "Kuwatani T., Nagata K., Okada M., Toriumi M. (2012) Precise estimation of pressure-temperature paths "
                + "from zoned minerals using Markov random field modeling: theory and synthetic inversion. Contrib. "
                + "Mineral. Petrol. 163:547-562, doi:10.1007/s00410-011-0686-7; Kuwatani T. et al. (2018) J. Mineral. "
                + "Petrol. Sci. 113:82-95; implementation after PetroBench PT.md section 5";
    }

    @Override
    public Class<? extends Record> settingsType() {
        return MrfSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return MrfSettings.defaults();
    }

    @Override
    public PtPath invert(ZoningProfile profile, List<? extends ThermodynamicModel> models, Record settings,
            Monitor monitor, Diagnostics diagnostics) throws DataException {
        if (!(settings instanceof MrfSettings s)) {
            throw new IllegalArgumentException("mrf expects MrfSettings, got " + settings.getClass().getSimpleName());
        }
        Setup setup = Setup.of(profile, models, s.boxPMin(), s.boxPMax(), s.boxTMin(), s.boxTMax(), diagnostics);
        MrfProblem pr = setup.problem;
        int n = pr.n;
        MapFit fit = new MapFit(pr);
        double[] th = setup.initialPath.clone();
        int cells = s.gridSize() * s.gridSize();
        monitor.begin("MRF P-T path", cells + 2);
        HyperparameterSearch.Result search = null;
        double aP;
        double aT;
        if (s.hyperparameters().equals(MrfSettings.ETA_MARGINAL)) {
            monitor.subTask("hyperparameters by the Laplace evidence");
            double[] sdP = HyperparameterSearch.logSpaced(s.gridSdTotPMin(), s.gridSdTotPMax(), s.gridSize());
            double[] sdT = HyperparameterSearch.logSpaced(s.gridSdTotTMin(), s.gridSdTotTMax(), s.gridSize());
            search = new HyperparameterSearch(pr, fit).run(th, sdP, sdT, monitor);
            if (search == null) {
                throw new DataException("the MRF posterior could not be evaluated at any hyperparameter grid cell "
                        + "(models give non-finite residuals on the whole box)");
            }
            if (!search.polishConverged()) {
                double[] hz = search.evidenceHistory();
                diagnostics.warn(String.format(Locale.ROOT, "mrf: hyperparameter polishing stopped before convergence (%d EM "
                        + "iterations; log Z rose by %.2g over them): the estimate is the last iterate; the integrated bands "
                        + "do not depend on it, bands: plugin and the path do", HyperparameterSearch.MAX_POLISH,
                        hz[hz.length - 1] - hz[0]));
            }
            th = search.theta().clone();
            aP = search.alphaP();
            aT = search.alphaT();
        } else {
            aP = 1 / (s.fixedStepSdP() * s.fixedStepSdP());
            aT = 1 / (s.fixedStepSdT() * s.fixedStepSdT());
            for (int c = 0; c < pr.channels; c++) {
                pr.sigma2[c] = Math.max(pr.sigma2Floor[c], s.fixedSigmaScale() * s.fixedSigmaScale() * pr.sigma2[c]);
            }
            monitor.worked(cells);
        }
        fit.fit(th, aP, aT);
        if (!fit.converged) {
            diagnostics.warn("mrf: the MAP did not converge in " + MapFit.MAX_ITERATIONS + " iterations");
        }
        if (fit.onBox) {
            diagnostics.warn("mrf: the most probable path touches the search box (P " + s.boxPMin() + "–" + s.boxPMax()
                    + " kbar, T " + s.boxTMin() + "–" + s.boxTMax() + " K)");
        }
        double[] lap = fit.laplace(th, aP, aT);
        if (Double.isNaN(lap[1])) {
            throw new DataException("the MRF Hessian at the most probable path is not positive definite");
        }
        double logZ = pr.logEvidence(lap[0], lap[1], aP, aT);
        double[] diag = fit.sigmaDiag.clone();
        double[] sys = systematicVariance(pr, fit, setup);
        monitor.worked(1);

        double[] pMean = new double[n], tMean = new double[n];
        double[] pSd = new double[n], tSd = new double[n], cov = new double[n];
        double[] pLo = new double[n], pHi = new double[n], tLo = new double[n], tHi = new double[n];
        double[] pSys = new double[n], tSys = new double[n];
        boolean integrated = search != null && s.bands().equals(MrfSettings.BANDS_INTEGRATED);
        if (s.bands().equals(MrfSettings.BANDS_INTEGRATED) && search == null) {
            diagnostics.info("mrf: fixed hyperparameters give plug-in bands");
        }
        double[] w = integrated ? weights(search.grid()) : new double[] { 1 };
        for (int k = 0; k < n; k++) {
            pSys[k] = Math.sqrt(sys[2 * k]);
            tSys[k] = Math.sqrt(sys[2 * k + 1]);
            double addP = s.includeCalibration() ? sys[2 * k] : 0;
            double addT = s.includeCalibration() ? sys[2 * k + 1] : 0;
            double[] mp;
            double[] vp;
            double[] mt;
            double[] vt;
            if (integrated) {
                HyperparameterSearch.Cell[] g = search.grid();
                mp = new double[g.length];
                vp = new double[g.length];
                mt = new double[g.length];
                vt = new double[g.length];
                for (int c = 0; c < g.length; c++) {
                    mp[c] = g[c].theta()[2 * k];
                    mt[c] = g[c].theta()[2 * k + 1];
                    vp[c] = g[c].varP()[k] + addP;
                    vt[c] = g[c].varT()[k] + addT;
                }
            } else {
                mp = new double[] { th[2 * k] };
                mt = new double[] { th[2 * k + 1] };
                vp = new double[] { diag[4 * k] + addP };
                vt = new double[] { diag[4 * k + 3] + addT };
            }
            double[] bp = MixtureBands.summarise(w, mp, vp);
            double[] bt = MixtureBands.summarise(w, mt, vt);
            pMean[k] = th[2 * k];
            tMean[k] = th[2 * k + 1];
            pSd[k] = bp[1];
            tSd[k] = bt[1];
            pLo[k] = bp[2];
            pHi[k] = bp[3];
            tLo[k] = bt[2];
            tHi[k] = bt[3];
            cov[k] = diag[4 * k + 1];
        }
        McmcSummary mcmc = null;
        if (s.samples() > 0) {
            monitor.subTask("MCMC check (" + s.samples() + " sweeps)");
            mcmc = new GibbsSampler(pr, aP, aT, th, diag).run(s.samples(), s.seed(), monitor);
            if (mcmc.maxRhat() > 1.05) {
                diagnostics.warn(String.format(Locale.ROOT, "mrf: MCMC split-R-hat up to %.3f (> 1.05): use more samples; "
                        + "the Laplace bands stay the primary output", mcmc.maxRhat()));
            }
        }
        monitor.worked(1);
        validityWarnings(setup, th, diagnostics);
        Hyperparameters hyper = hyperparameters(setup, search, aP, aT, logZ, diagnostics);
        monitor.done();
        boolean[] constrained = new boolean[n];
        for (ModelTerm t : pr.terms) {
            for (int k : t.rows) {
                constrained[k] = true;
            }
        }
        List<String> ids = pr.terms.stream().map(t -> t.model.id()).toList();
        return new PtPath(id(), ids, profile.distanceUm(), pMean, tMean, pSd, tSd, cov, pLo, pHi, tLo, tHi, pSys, tSys,
                constrained, null, null, null, hyper, mcmc);
    }

    /** Grid weights w_c ∝ exp(log Z_c) (log-uniform hyperprior on a log-spaced grid). */
    static double[] weights(HyperparameterSearch.Cell[] grid) {
        double max = Double.NEGATIVE_INFINITY;
        for (HyperparameterSearch.Cell c : grid) {
            if (Double.isFinite(c.logZ())) {
                max = Math.max(max, c.logZ());
            }
        }
        double[] w = new double[grid.length];
        double sum = 0;
        for (int c = 0; c < grid.length; c++) {
            w[c] = Double.isFinite(grid[c].logZ()) ? Math.exp(grid[c].logZ() - max) : 0;
            sum += w[c];
        }
        for (int c = 0; c < grid.length; c++) {
            w[c] /= sum;
            if (w[c] < 1e-12) {
                w[c] = 0;
            }
        }
        return w;
    }

    /** Diagonal of Σ_sys (P, T per point) at the MAP (PT.md §5.6), after {@link MapFit#laplace}. */
    private static double[] systematicVariance(MrfProblem pr, MapFit fit, Setup setup) {
        int n = pr.n;
        double[] out = new double[2 * n];
        double[] rhs = new double[2 * n];
        double[] g = new double[2 * n];
        for (ModelTerm t : pr.terms) {
            for (int r = 0; r < t.d; r++) {
                java.util.Arrays.fill(rhs, 0);
                for (int i = 0; i < t.size(); i++) {
                    int q = i * t.d + r;
                    int k = t.rows[i];
                    double wv = t.calibrationSd[q] / pr.variance(t, q);
                    rhs[2 * k] -= t.dfdP[q] * wv;
                    rhs[2 * k + 1] -= t.dfdT[q] * wv;
                }
                fit.solveHessian(rhs, g);
                for (int i = 0; i < 2 * n; i++) {
                    out[i] += g[i] * g[i];
                }
            }
        }
        return out;
    }

    static void validityWarnings(Setup setup, double[] th, Diagnostics diagnostics) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ModelTerm t : setup.problem.terms) {
            for (int k : t.rows) {
                for (String msg : t.model.validity(1000 * th[2 * k], th[2 * k + 1], t.x, k)) {
                    int[] c = counts.computeIfAbsent(msg, m -> new int[] { 0, k, k });
                    c[0]++;
                    c[2] = k;
                }
            }
        }
        int n = setup.problem.n;
        counts.forEach((msg, c) -> diagnostics.warn(msg + " (on the path at " + c[0] + " of " + n + " points, rows "
                + c[1] + "–" + c[2] + ")"));
    }

    private static Hyperparameters hyperparameters(Setup setup, HyperparameterSearch.Result search, double aP, double aT,
            double logZ, Diagnostics diagnostics) {
        MrfProblem pr = setup.problem;
        List<Hyperparameter> rows = new ArrayList<>();
        double[] w = search == null ? null : weights(search.grid());
        Interval ip = interval(search, w, c -> c.alphaP(), "alpha_P", diagnostics);
        Interval it = interval(search, w, c -> c.alphaT(), "alpha_T", diagnostics);
        if (search != null) {
            ip = ip.atGridEdge(search.alphaPBound());
            it = it.atGridEdge(search.alphaTBound());
        }
        rows.add(new Hyperparameter("alpha_P", aP, ip.sdLog, ip.lo, ip.hi, "kbar^-2", ip.note));
        rows.add(new Hyperparameter("alpha_T", aT, it.sdLog, it.lo, it.hi, "K^-2", it.note));
        // step sd per mean spacing = α^(−1/2): the interval maps through the same monotone function
        rows.add(new Hyperparameter("stepsd_P", 1 / Math.sqrt(aP), 0.5 * ip.sdLog, 1 / Math.sqrt(ip.hi),
                1 / Math.sqrt(ip.lo), "kbar", ip.note));
        rows.add(new Hyperparameter("stepsd_T", 1 / Math.sqrt(aT), 0.5 * it.sdLog, 1 / Math.sqrt(it.hi),
                1 / Math.sqrt(it.lo), "K", it.note));
        for (ModelTerm t : pr.terms) {
            for (int r = 0; r < t.d; r++) {
                int c = t.channel0 + r;
                String suffix = t.d == 1 ? t.model.id() : t.model.id() + "." + r;
                double cal = 0;
                for (int i = 0; i < t.size(); i++) {
                    cal += t.calibrationSd[i * t.d + r] * t.calibrationSd[i * t.d + r];
                }
                Interval is = interval(search, w, cell -> Math.sqrt(cell.sigma2()[c]), null, diagnostics);
                double sigma = Math.sqrt(pr.sigma2[c]);
                String note = is.note;
                if (pr.sigma2[c] <= pr.sigma2Floor[c] * (1 + 1e-9)) {
                    note = "at bound";
                    diagnostics.warn("mrf: noise sigma of " + suffix + " is at its lower bound (0.1 × its RMS calibration "
                            + "sd; the prior or the analytical sds absorb the scatter; path and bands remain usable)");
                }
                rows.add(new Hyperparameter("sigma_" + suffix, sigma, is.sdLog, is.lo, is.hi, t.model.residualUnit(r), note));
                rows.add(new Hyperparameter("calib_sd_" + suffix, Math.sqrt(cal / t.size()), Double.NaN, Double.NaN,
                        Double.NaN, t.model.residualUnit(r), "RMS calibration sd over the points where it is defined"));
            }
        }
        rows.add(new Hyperparameter("log_evidence", logZ, Double.NaN, Double.NaN, Double.NaN, "", "Laplace approximation at the estimate"));
        if (search == null) {
            return new Hyperparameters(rows, new double[0], new double[0], new double[0], new double[0]);
        }
        double[] gz = new double[search.grid().length];
        for (int c = 0; c < gz.length; c++) {
            gz[c] = search.grid()[c].logZ();
        }
        return new Hyperparameters(rows, search.sdTotP(), search.sdTotT(), gz, search.evidenceHistory());
    }

    private record Interval(double sdLog, double lo, double hi, String note) {

        /** Notes an estimate on the grid box's edge (side −1: largest SD_tot, +1: smallest; PT.md §5.5 Decision). */
        Interval atGridEdge(int side) {
            if (side == 0) {
                return this;
            }
            String edge = side > 0 ? "estimate at the smooth edge of the grid (smallest SD_tot)"
                    : "estimate at the rough edge of the grid (largest SD_tot)";
            return new Interval(sdLog, lo, hi, note.isEmpty() ? edge : note + "; " + edge);
        }
    }

    /**
     * Grid posterior of a cell quantity: sd of its log and the 95 % interval from the weighted
     * distribution over cells (linear interpolation of the CDF in log space). An α whose marginal
     * puts more than 2.5 % on an edge value of the grid gets an open side (NaN) and a warning.
     */
    private static Interval interval(HyperparameterSearch.Result search, double[] w,
            java.util.function.ToDoubleFunction<HyperparameterSearch.Cell> value, String alphaName, Diagnostics diagnostics) {
        if (search == null) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, "fixed");
        }
        HyperparameterSearch.Cell[] g = search.grid();
        int m = g.length;
        double[] lv = new double[m];
        Integer[] order = new Integer[m];
        double mean = 0;
        for (int c = 0; c < m; c++) {
            lv[c] = Math.log(value.applyAsDouble(g[c]));
            order[c] = c;
            if (w[c] > 0) {
                mean += w[c] * lv[c];
            }
        }
        double var = 0;
        for (int c = 0; c < m; c++) {
            if (w[c] > 0) {
                var += w[c] * (lv[c] - mean) * (lv[c] - mean);
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(lv[a], lv[b]));
        double lo = Double.NaN;
        double hi = Double.NaN;
        double cum = 0;
        for (int i = 0; i < m; i++) {
            int c = order[i];
            double next = cum + w[c];
            if (Double.isNaN(lo) && next >= 0.025) {
                lo = Math.exp(lv[c]);
            }
            if (Double.isNaN(hi) && next >= 0.975) {
                hi = Math.exp(lv[c]);
            }
            cum = next;
        }
        String note = "";
        if (alphaName != null) {
            double minL = Double.POSITIVE_INFINITY;
            double maxL = Double.NEGATIVE_INFINITY;
            for (double x : lv) {
                minL = Math.min(minL, x);
                maxL = Math.max(maxL, x);
            }
            double atMin = 0;
            double atMax = 0;
            for (int c = 0; c < m; c++) {
                if (Math.abs(lv[c] - minL) < 1e-9) {
                    atMin += w[c];
                }
                if (Math.abs(lv[c] - maxL) < 1e-9) {
                    atMax += w[c];
                }
            }
            if (atMin > EDGE_MASS) {
                lo = Double.NaN;
                note = "interval open: posterior mass on the grid edge";
            }
            if (atMax > EDGE_MASS) {
                hi = Double.NaN;
                note = "interval open: posterior mass on the grid edge";
            }
            boolean p = alphaName.endsWith("P");
            String axis = p ? "P" : "T";
            String unit = p ? "kbar" : "K";
            double[] sd = p ? search.sdTotP() : search.sdTotT();
            if (atMax > EDGE_MASS) {
                // large α = the smoothest paths: typical of short or sparse profiles, whose evidence stays flat there
                diagnostics.warn(String.format(Locale.ROOT, "mrf: %s has %.0f %% of the grid posterior on the smoothest grid "
                        + "value (SD_tot,%s = %.3g %s): the data do not rule out still smoother %s paths, so its interval is "
                        + "open there and the integrated %s band depends on how far the grid extends; set gridSdTot%sMin "
                        + "to the smallest total %s change you consider plausible, or use bands: plugin for the band at "
                        + "the estimate alone", alphaName, 100 * atMax, axis, sd[0], unit, axis, axis, axis, axis));
            }
            if (atMin > EDGE_MASS) {
                diagnostics.warn(String.format(Locale.ROOT, "mrf: %s has %.0f %% of the grid posterior on the roughest grid "
                        + "value (SD_tot,%s = %.3g %s): the data allow rougher %s paths than the grid contains, so its "
                        + "interval is open there and the band may be too narrow; raise gridSdTot%sMax", alphaName,
                        100 * atMin, axis, sd[sd.length - 1], unit, axis, axis));
            }
        }
        return new Interval(Math.sqrt(var), lo, hi, note);
    }

    /** Everything derived from profile and models before any fitting. */
    record Setup(MrfProblem problem, double[] initialPath, PointEstimate[] pointwise) {

        static Setup of(ZoningProfile profile, List<? extends ThermodynamicModel> models, double pMin, double pMax,
                double tMin, double tMax, Diagnostics diagnostics) throws DataException {
            int n = profile.size();
            CompositionTable x = ModelTerm.withInternedNames(profile.compositions());
            double[] dist = profile.distanceUm();
            double mean = n > 1 ? (dist[n - 1] - dist[0]) / (n - 1) : 1;
            double[] h = new double[Math.max(0, n - 1)];
            for (int k = 0; k < n - 1; k++) {
                h[k] = (dist[k + 1] - dist[k]) / mean;
            }
            double[] box = { pMin, pMax, tMin, tMax };
            List<ThermodynamicModel> used = new ArrayList<>();
            List<int[]> usedRows = new ArrayList<>();
            for (ThermodynamicModel m : models) {
                int[] rows = java.util.stream.IntStream.range(0, n).filter(k -> m.definedAt(x, k)).toArray();
                if (rows.length > 0) {
                    used.add(m);
                    usedRows.add(rows);
                } else {
                    diagnostics.info("model " + m.id() + " is defined at no point of the profile and is not used");
                }
            }
            if (used.isEmpty()) {
                throw new DataException("no point of the profile where any of the models "
                        + models.stream().map(ThermodynamicModel::id).toList() + " applies (each needs all of its "
                        + "variables on one row, e.g. " + (models.isEmpty() ? "" : String.join(", ", models.get(0).requires())) + ")");
            }
            double[] mu0 = anchor(used, box);
            PointwiseThermobarometry pw = new PointwiseThermobarometry(used,
                    new double[] { 1000 * pMin, 1000 * pMax, tMin, tMax });
            PointEstimate[] est = pw.estimateAll(x, Monitor.silent());
            double[] th = initialPath(est, dist, mu0, box);
            List<ModelTerm> terms = new ArrayList<>();
            int channel = 0;
            List<Double> sig = new ArrayList<>();
            for (int u = 0; u < used.size(); u++) {
                ThermodynamicModel m = used.get(u);
                int[] rows = usedRows.get(u);
                int d = m.residualCount();
                double[] cal = new double[rows.length * d];
                double[] an = new double[rows.length * d];
                List<String> vars = m.requires();
                double[] jx = new double[d * vars.size()];
                double[] ms = new double[d];
                for (int i = 0; i < rows.length; i++) {
                    int k = rows[i];
                    double p = 1000 * th[2 * k];
                    double t = th[2 * k + 1];
                    boolean anySd = vars.stream().anyMatch(v -> x.defined(v + PointwiseThermobarometry.SD_SUFFIX, k));
                    if (anySd) {
                        m.jacobianX(p, t, x, k, jx);
                    }
                    for (int r = 0; r < d; r++) {
                        cal[i * d + r] = m.calibrationSd(r, p, t, x, k);
                        ms[r] += cal[i * d + r] * cal[i * d + r];
                        if (anySd) {
                            double v = 0;
                            for (int j = 0; j < vars.size(); j++) {
                                double sd = x.get(vars.get(j) + PointwiseThermobarometry.SD_SUFFIX, k);
                                if (!Double.isNaN(sd)) {
                                    v += jx[r * vars.size() + j] * jx[r * vars.size() + j] * sd * sd;
                                }
                            }
                            an[i * d + r] = v;
                        }
                    }
                }
                for (int r = 0; r < d; r++) {
                    sig.add(ms[r] / rows.length);
                }
                terms.add(new ModelTerm(m, x, rows, channel, cal, an));
                channel += d;
            }
            double[] sigma2 = new double[channel];
            double[] floor = new double[channel];
            for (int c = 0; c < channel; c++) {
                sigma2[c] = sig.get(c);
                floor[c] = SIGMA_FLOOR * SIGMA_FLOOR * sig.get(c);
            }
            MrfProblem pr = new MrfProblem(h, terms, channel, sigma2, floor, mu0, K0.clone(), box);
            return new Setup(pr, th, est);
        }

        /** Centre of the models' common validity box (kbar, K), open sides from the inverter box. */
        static double[] anchor(List<ThermodynamicModel> used, double[] box) {
            double[] b = { 1000 * box[0], 1000 * box[1], box[2], box[3] };
            for (ThermodynamicModel m : used) {
                double[] v = m.validityBox();
                for (int i = 0; i < 4; i++) {
                    if (!Double.isNaN(v[i])) {
                        b[i] = i % 2 == 0 ? Math.max(b[i], v[i]) : Math.min(b[i], v[i]);
                    }
                }
            }
            if (!(b[0] < b[1]) || !(b[2] < b[3])) {
                return new double[] { 0.5 * (box[0] + box[1]), 0.5 * (box[2] + box[3]) };
            }
            return new double[] { 0.5 * (b[0] + b[1]) / 1000, 0.5 * (b[2] + b[3]) };
        }

        /** Point-wise estimates inside the box, linearly interpolated in distance; else μ_0 everywhere. */
        static double[] initialPath(PointEstimate[] est, double[] dist, double[] mu0, double[] box) {
            int n = dist.length;
            List<Integer> good = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                PointEstimate e = est[k];
                if (e != null && e.converged() && e.pBar() / 1000 > box[0] && e.pBar() / 1000 < box[1] && e.tK() > box[2]
                        && e.tK() < box[3]) {
                    good.add(k);
                }
            }
            double[] th = new double[2 * n];
            if (good.size() < 2) {
                for (int k = 0; k < n; k++) {
                    th[2 * k] = mu0[0];
                    th[2 * k + 1] = mu0[1];
                }
                return th;
            }
            int j = 0;
            for (int k = 0; k < n; k++) {
                while (j < good.size() - 2 && dist[good.get(j + 1)] < dist[k]) {
                    j++;
                }
                int a = good.get(j);
                int b = good.get(j + 1);
                double lam = Math.max(0, Math.min(1, (dist[k] - dist[a]) / (dist[b] - dist[a])));
                th[2 * k] = ((1 - lam) * est[a].pBar() + lam * est[b].pBar()) / 1000;
                th[2 * k + 1] = (1 - lam) * est[a].tK() + lam * est[b].tK();
            }
            return th;
        }
    }
}
