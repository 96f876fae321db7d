package org.petrobench.pt.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/**
 * The standardised residuals of a path (PT.md §5.2, §8 diagnostics): for model m at a point k where
 * it is defined, z_mk = f_m(P̂_k, T̂_k, x_k) / √v_mk with v_mk = σ_an,mk² + σ_m². σ_m is the run's
 * noise estimate ({@code sigma_<id>} of its hyperparameters); σ_an,mk² = Σ_j (∂f/∂x_j · sd_j)² over
 * the {@code <variable>_sd} columns measured at k (0 without them).
 * <p>
 * Decision: σ_an is evaluated here at the reported path, where the MRF engine evaluates it once at
 * its initial path; the two differ only by the change of ∂f/∂x along the fit. A model without a
 * noise estimate in the run (none is expected; a third-party inverter may omit it) is standardised
 * by its calibration sd at the point, and {@link Channel#sigmaSource()} says so.
 */
public final class StandardisedResiduals {

    /** |z| above this is flagged (PT.md §8). */
    public static final double FLAG = 3;

    /**
     * One residual of one model along the profile.
     *
     * @param name        {@code <id>} or {@code <id>.<r>} for models with several residuals (as in hyperparameters.csv)
     * @param unit        unit of the residual and its sd
     * @param sigmaSource where σ came from: "noise estimate" or "calibration sd"
     * @param rows        profile rows where the model is defined
     * @param distanceUm  their distances
     * @param residual    f_mk at the path
     * @param sd          √v_mk
     * @param z           f_mk / √v_mk
     */
    public record Channel(String name, String unit, String sigmaSource, int[] rows, double[] distanceUm,
            double[] residual, double[] sd, double[] z) {

        /** Number of points with |z| &gt; {@link StandardisedResiduals#FLAG}. */
        public int flagged() {
            int n = 0;
            for (double v : z) {
                if (Math.abs(v) > FLAG) {
                    n++;
                }
            }
            return n;
        }
    }

    private StandardisedResiduals() {
    }

    /** Every residual channel of every model, at the path's P (kbar) and T (K). */
    public static List<Channel> of(ZoningProfile profile, List<? extends ThermodynamicModel> models, PtPath path) {
        CompositionTable x = profile.compositions();
        List<Channel> out = new ArrayList<>();
        for (ThermodynamicModel m : models) {
            int d = m.residualCount();
            List<Integer> defined = new ArrayList<>();
            for (int k = 0; k < profile.size(); k++) {
                if (m.definedAt(x, k) && Double.isFinite(path.pKbar()[k]) && Double.isFinite(path.tK()[k])) {
                    defined.add(k);
                }
            }
            int[] rows = defined.stream().mapToInt(Integer::intValue).toArray();
            double[] p = new double[rows.length];
            double[] t = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                p[i] = 1000 * path.pKbar()[rows[i]];
                t[i] = path.tK()[rows[i]];
            }
            double[] f = new double[rows.length * d];
            m.residuals(p, t, x, rows, f);
            double[] analyticalVar = analyticalVariance(m, x, rows, p, t);
            for (int r = 0; r < d; r++) {
                String name = d == 1 ? m.id() : m.id() + "." + r;
                double sigma = noise(path, name);
                double[] dist = new double[rows.length];
                double[] fr = new double[rows.length];
                double[] sd = new double[rows.length];
                double[] z = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    double s = Double.isNaN(sigma) ? m.calibrationSd(r, p[i], t[i], x, rows[i]) : sigma;
                    dist[i] = profile.distanceUm()[rows[i]];
                    fr[i] = f[i * d + r];
                    sd[i] = Math.sqrt(s * s + analyticalVar[i * d + r]);
                    z[i] = fr[i] / sd[i];
                }
                out.add(new Channel(name, m.residualUnit(r), Double.isNaN(sigma) ? "calibration sd" : "noise estimate",
                        rows, dist, fr, sd, z));
            }
        }
        return out;
    }

    /** σ_m of the run, NaN when the run has none for this residual. */
    private static double noise(PtPath path, String name) {
        if (path.hyperparameters() == null) {
            return Double.NaN;
        }
        try {
            return path.hyperparameters().value("sigma_" + name);
        } catch (NoSuchElementException e) {
            return Double.NaN;
        }
    }

    /** σ_an,mk² per (row, residual) from the {@code _sd} columns (PT.md §5.2). */
    private static double[] analyticalVariance(ThermodynamicModel m, CompositionTable x, int[] rows, double[] p,
            double[] t) {
        int d = m.residualCount();
        List<String> vars = m.requires();
        double[] out = new double[rows.length * d];
        boolean any = false;
        for (String v : vars) {
            any |= x.has(v + PointwiseThermobarometry.SD_SUFFIX);
        }
        if (!any) {
            return out;
        }
        double[] jx = new double[d * vars.size()];
        for (int i = 0; i < rows.length; i++) {
            m.jacobianX(p[i], t[i], x, rows[i], jx);
            for (int r = 0; r < d; r++) {
                double v = 0;
                for (int j = 0; j < vars.size(); j++) {
                    String column = vars.get(j) + PointwiseThermobarometry.SD_SUFFIX;
                    if (x.has(column) && x.defined(column, rows[i])) {
                        double g = jx[r * vars.size() + j] * x.get(column, rows[i]);
                        v += g * g;
                    }
                }
                out[i * d + r] = v;
            }
        }
        return out;
    }
}
