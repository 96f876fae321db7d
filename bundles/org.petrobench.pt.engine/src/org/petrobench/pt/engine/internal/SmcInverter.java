package org.petrobench.pt.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.Hyperparameter;
import org.petrobench.pt.path.Hyperparameters;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.pt.path.SmcSettings;
import org.petrobench.pt.path.ZoningProfile;

/**
 * Sequential Monte Carlo P–T–t on the spatial profile ({@code --method smc}, PT.md §6): our
 * reconstruction of an idea attributed to Kuwatani et al. (Phys. Rev. E 98, 043311, 2018; citation
 * unverified, nothing taken from the paper). Bootstrap particle filter over the growth increments
 * core → rim ({@link ParticleFilter}), forward-filtering backward-simulation smoother
 * ({@link BackwardSimulation}), static step sds by a common-random-number grid on log p̂, relative
 * growth time pushed through an assumed growth law.
 * <p>
 * Decisions (ours, PT.md §6 leaves them open or we deviate):
 * <ul>
 * <li>Observation density in residual space ({@link ParticleLikelihood}); model noise σ_m and the
 * guess of the step sds (α̂^{−½}) come from the MRF's type-II maximum likelihood on the same data
 * (the same {@link MrfProblem}, {@link HyperparameterSearch}); PT.md's third grid axis for σ_y is
 * therefore not needed.</li>
 * <li>The box of the MRF defaults (P 0.1–40 kbar, T 473–1473 K) truncates particles (zero
 * density outside).</li>
 * <li>Grid: {@code gridSize}² cells, ×/÷ {@code gridFactor} around the guess, each filter run with
 * the same seed (common random numbers), maximum of log p̂; the final filter and the smoother use
 * fresh streams derived from the seed. Everything is single-threaded: results depend on the seed
 * only.</li>
 * <li>Reported path = mean of the M smoothed trajectories; sd, 2.5/97.5 % quantiles and the P–T
 * covariance over them. Relative time τ_k per trajectory (PT.md §6.5): Δt_k = Δr_k/G(T̄_k),
 * T̄_k = (T_k + T_{k+1})/2, G = 1 (linear) or exp(−Q/RT) (arrhenius; k₀ cancels), reported as mean
 * and 2.5/97.5 % quantiles; only with a growth law (PT.md §6.5: no rate information in the
 * profile). Absolute time (duration, k₀, rim age anchors), PMMH and the Rayleigh Mn fit are not
 * implemented.</li>
 * <li>The radius starts at the first row (PT.md §6.1: the profile starts at the core).</li>
 * </ul>
 */
@Component(service = PtPathInverter.class)
public final class SmcInverter implements PtPathInverter {

    private static final double R = 8.3144;
    private static final double Z95 = 0.025;

    @Override
    public String id() {
        return "smc";
    }

    @Override
    public String name() {
        return "SMC P-T-t path (bootstrap particle filter and backward-simulation smoother)";
    }

    @Override
    public String reference() {
        return "after the idea attributed to Kuwatani T. et al. (2018) Phys. Rev. E 98:043311 (unverified); particle "
                + "smoother after Godsill S.J., Doucet A., West M. (2004) J. Am. Stat. Assoc. 99:156-168; implementation "
                + "after PetroBench PT.md section 6";
    }

    @Override
    public Class<? extends Record> settingsType() {
        return SmcSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return SmcSettings.defaults();
    }

    @Override
    public PtPath invert(ZoningProfile profile, List<? extends ThermodynamicModel> models, Record settings,
            Monitor monitor, Diagnostics diagnostics) throws DataException {
        return run(profile, models, settings, monitor, diagnostics).path;
    }

    /** The path and the filter-only estimate (for the smoothing check of PT.md §7 T11). */
    record Outcome(PtPath path, double[] filterMean, double stepSdP, double stepSdT) {
    }

    Outcome run(ZoningProfile profile, List<? extends ThermodynamicModel> models, Record settings, Monitor monitor,
            Diagnostics diagnostics) throws DataException {
        if (!(settings instanceof SmcSettings s)) {
            throw new IllegalArgumentException("smc expects SmcSettings, got " + settings.getClass().getSimpleName());
        }
        if (profile.size() < 2) {
            throw new DataException("smc needs at least two profile points");
        }
        MrfSettings box = MrfSettings.defaults();
        MrfInverter.Setup setup = MrfInverter.Setup.of(profile, models, box.boxPMin(), box.boxPMax(), box.boxTMin(),
                box.boxTMax(), diagnostics);
        MrfProblem pr = setup.problem();
        int n = pr.n;
        boolean grid = s.staticParameters().equals(SmcSettings.STATIC_GRID);
        int cells = grid ? s.gridSize() * s.gridSize() : 0;
        monitor.begin("SMC P-T-t path", cells + 3);
        checkCore(profile, diagnostics);

        // σ_m (and the step-sd guess) by the MRF's type-II maximum likelihood on the same data
        monitor.subTask("noise and step-sd guess (MRF evidence)");
        MapFit fit = new MapFit(pr);
        double[] sdP = HyperparameterSearch.logSpaced(box.gridSdTotPMin(), box.gridSdTotPMax(), box.gridSize());
        double[] sdT = HyperparameterSearch.logSpaced(box.gridSdTotTMin(), box.gridSdTotTMax(), box.gridSize());
        HyperparameterSearch.Result search = new HyperparameterSearch(pr, fit).run(setup.initialPath().clone(), sdP, sdT,
                Monitor.silent());
        if (search == null) {
            throw new DataException("smc: the models give non-finite residuals on the whole box");
        }
        System.arraycopy(search.sigma2(), 0, pr.sigma2, 0, pr.channels);
        monitor.worked(1);

        int nn = s.particles();
        double[] initBox = { s.initPMin(), s.initPMax(), s.initTMin(), s.initTMax() };
        ParticleLikelihood lik = new ParticleLikelihood(pr, ParticleFilter.coreDraws(nn));
        ParticleFilter filter = new ParticleFilter(pr, lik, nn, initBox);
        double sP;
        double sT;
        double[] axisP = new double[0];
        double[] axisT = new double[0];
        double[] gridLogL = new double[0];
        if (grid) {
            monitor.subTask("static parameters on a " + s.gridSize() + "×" + s.gridSize() + " grid");
            double gP = 1 / Math.sqrt(search.alphaP());
            double gT = 1 / Math.sqrt(search.alphaT());
            axisP = HyperparameterSearch.logSpaced(gP / s.gridFactor(), gP * s.gridFactor(), s.gridSize());
            axisT = HyperparameterSearch.logSpaced(gT / s.gridFactor(), gT * s.gridFactor(), s.gridSize());
            gridLogL = new double[cells];
            long crn = stream(s.seed(), 1);
            int best = -1;
            for (int i = 0; i < axisP.length; i++) {
                for (int j = 0; j < axisT.length; j++) {
                    monitor.checkCanceled();
                    filter.run(axisP[i], axisT[j], crn);
                    int c = i * axisT.length + j;
                    gridLogL[c] = filter.logLikelihood;
                    if (Double.isFinite(gridLogL[c]) && (best < 0 || gridLogL[c] > gridLogL[best])) {
                        best = c;
                    }
                    monitor.worked(1);
                }
            }
            if (best < 0) {
                throw new DataException("smc: the particle filter collapsed in every grid cell (no particle explains "
                        + "the data; widen the core box initP*/initT*)");
            }
            sP = axisP[best / axisT.length];
            sT = axisT[best % axisT.length];
            int bi = best / axisT.length;
            int bj = best % axisT.length;
            if (bi == 0 || bi == axisP.length - 1 || bj == 0 || bj == axisT.length - 1) {
                diagnostics.warn(String.format(Locale.ROOT, "smc: the static-parameter maximum is on the grid edge "
                        + "(s_P %.4g kbar, s_T %.4g K); widen gridFactor", sP, sT));
            }
        } else {
            sP = s.fixedStepSdP();
            sT = s.fixedStepSdT();
        }
        monitor.subTask("particle filter and smoother");
        filter.run(sP, sT, stream(s.seed(), 2));
        if (filter.collapsedAt >= 0) {
            throw new DataException("smc: the particle filter collapsed at row " + filter.collapsedAt
                    + " (no particle explains the data; more particles or a wider core box)");
        }
        monitor.worked(1);
        int m = Math.min(s.trajectories(), nn);
        double[] traj = BackwardSimulation.draw(filter, pr, sP, sT, m, stream(s.seed(), 3));
        monitor.worked(1);
        if (filter.minEss < 0.01 * nn) {
            diagnostics.warn(String.format(Locale.ROOT, "smc: the effective sample size fell to %.1f of %d particles: "
                    + "use more particles (--samples)", filter.minEss, nn));
        }

        double[] pM = new double[n], tM = new double[n], pSd = new double[n], tSd = new double[n], cov = new double[n];
        double[] pLo = new double[n], pHi = new double[n], tLo = new double[n], tHi = new double[n];
        double[] col = new double[m];
        double[] col2 = new double[m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                col[j] = traj[j * 2 * n + 2 * k];
                col2[j] = traj[j * 2 * n + 2 * k + 1];
            }
            double[] a = summary(col);
            double[] b = summary(col2);
            pM[k] = a[0];
            pSd[k] = a[1];
            pLo[k] = a[2];
            pHi[k] = a[3];
            tM[k] = b[0];
            tSd[k] = b[1];
            tLo[k] = b[2];
            tHi[k] = b[3];
            double c = 0;
            for (int j = 0; j < m; j++) {
                c += (traj[j * 2 * n + 2 * k] - a[0]) * (traj[j * 2 * n + 2 * k + 1] - b[0]);
            }
            cov[k] = c / Math.max(1, m - 1);
        }
        double[] mean = new double[2 * n];
        for (int k = 0; k < n; k++) {
            mean[2 * k] = pM[k];
            mean[2 * k + 1] = tM[k];
        }
        MrfInverter.validityWarnings(setup, mean, diagnostics);
        double[][] time = relativeTime(s, profile.distanceUm(), traj, m, n);
        boolean[] constrained = new boolean[n];
        for (int k = 0; k < n; k++) {
            constrained[k] = lik.observed(k);
        }
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        List<String> ids = pr.terms.stream().map(t -> t.model.id()).toList();
        Hyperparameters hyper = hyperparameters(pr, sP, sT, filter, axisP, axisT, gridLogL);
        monitor.done();
        PtPath path = new PtPath(id(), ids, profile.distanceUm(), pM, tM, pSd, tSd, cov, pLo, pHi, tLo, tHi, nan,
                nan.clone(), constrained, time == null ? null : time[0], time == null ? null : time[1],
                time == null ? null : time[2], hyper, null);
        return new Outcome(path, filter.filterMean(), sP, sT);
    }

    /** A seed for stream {@code index} derived from the user's seed (SplitMix64 finaliser). */
    static long stream(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Mean, sd, 2.5 % and 97.5 % quantile (linear interpolation) of a sample; sorts it. */
    static double[] summary(double[] x) {
        int m = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= m;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        Arrays.sort(x);
        return new double[] { mean, Math.sqrt(var / Math.max(1, m - 1)), quantile(x, Z95), quantile(x, 1 - Z95) };
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    /** τ per trajectory (PT.md §6.5), summarised per point; null without a growth law. */
    private static double[][] relativeTime(SmcSettings s, double[] dist, double[] traj, int m, int n) {
        if (s.growthLaw().equals(SmcSettings.GROWTH_NONE)) {
            return null;
        }
        boolean arrhenius = s.growthLaw().equals(SmcSettings.GROWTH_ARRHENIUS);
        double q = 1000 * s.activationEnergyKJ();
        double[] tau = new double[m * n];
        for (int j = 0; j < m; j++) {
            double sum = 0;
            // the reference temperature only scales every Δt alike (k₀ cancels in τ); it keeps exp finite
            double tRef = traj[j * 2 * n + 1];
            for (int k = 0; k < n - 1; k++) {
                double tBar = 0.5 * (traj[j * 2 * n + 2 * k + 1] + traj[j * 2 * n + 2 * k + 3]);
                double rate = arrhenius ? Math.exp(-q / R * (1 / tBar - 1 / tRef)) : 1;
                sum += (dist[k + 1] - dist[k]) / rate;
                tau[j * n + k + 1] = sum;
            }
            for (int k = 1; k < n; k++) {
                tau[j * n + k] /= sum;
            }
        }
        double[][] out = new double[3][n];
        double[] col = new double[m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                col[j] = tau[j * n + k];
            }
            double[] a = summary(col);
            out[0][k] = a[0];
            out[1][k] = a[2];
            out[2][k] = a[3];
        }
        return out;
    }

    /**
     * PT.md §6.1: warn when the first row's Mn is clearly not the profile maximum (more than 10 % of
     * the Grt.Xsps range below it, so measurement noise near a flat core does not trigger it).
     */
    private static void checkCore(ZoningProfile profile, Diagnostics diagnostics) {
        var x = profile.compositions();
        if (!x.variables().contains("Grt.Xsps") || Double.isNaN(x.get("Grt.Xsps", 0))) {
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < profile.size(); k++) {
            double v = x.get("Grt.Xsps", k);
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        if (x.get("Grt.Xsps", 0) < max - 0.1 * (max - min)) {
            diagnostics.warn("smc: the first row's Grt.Xsps is not the profile maximum; the profile is read as "
                    + "starting at the core (PT.md §6.1)");
        }
    }

    private static Hyperparameters hyperparameters(MrfProblem pr, double sP, double sT, ParticleFilter f, double[] axisP,
            double[] axisT, double[] gridLogL) {
        List<Hyperparameter> rows = new ArrayList<>();
        String note = axisP.length > 0 ? "maximum of the particle log-likelihood on the grid" : "fixed";
        rows.add(new Hyperparameter("stepsd_P", sP, Double.NaN, Double.NaN, Double.NaN, "kbar", note));
        rows.add(new Hyperparameter("stepsd_T", sT, Double.NaN, Double.NaN, Double.NaN, "K", note));
        for (ModelTerm t : pr.terms) {
            for (int r = 0; r < t.d; r++) {
                String suffix = t.d == 1 ? t.model.id() : t.model.id() + "." + r;
                rows.add(new Hyperparameter("sigma_" + suffix, Math.sqrt(pr.sigma2[t.channel0 + r]), Double.NaN,
                        Double.NaN, Double.NaN, t.model.residualUnit(r), "MRF type-II maximum likelihood on the same data"));
            }
        }
        rows.add(new Hyperparameter("min_ess", f.minEss, Double.NaN, Double.NaN, Double.NaN, "particles",
                "smallest effective sample size of the final filter"));
        rows.add(new Hyperparameter("log_likelihood", f.logLikelihood, Double.NaN, Double.NaN, Double.NaN, "",
                "particle estimate log p-hat of the final filter"));
        // grid axes as prior sd of the total change, the layout the MRF uses for its grid
        double scale = Math.sqrt(pr.n - 1.0);
        double[] gp = axisP.clone();
        double[] gt = axisT.clone();
        for (int i = 0; i < gp.length; i++) {
            gp[i] *= scale;
        }
        for (int i = 0; i < gt.length; i++) {
            gt[i] *= scale;
        }
        return new Hyperparameters(rows, gp, gt, gridLogL, new double[0]);
    }
}
