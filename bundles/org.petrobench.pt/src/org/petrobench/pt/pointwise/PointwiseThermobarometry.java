package org.petrobench.pt.pointwise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.petrobench.core.Monitor;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Conventional point-wise thermobarometry (PT.md §4): at a profile row where at least one
 * thermometer and one barometer are defined (an equilibrium or observation model counts as
 * either), solve f(P, T) = 0 for all their residuals.
 * <p>
 * Method: Gauss–Newton on z = f/σ_cal with step halving, which is damped Newton when there are
 * exactly two residuals, started from the centre of the models' intersected validity boxes (open
 * sides from the search box); stop at |ΔP| &lt; 10⁻⁶ bar and |ΔT| &lt; 10⁻⁶ K. If that fails, restart
 * from the best cell of a 50×50 grid of Σz² over the search box. Uncertainty by linearisation:
 * Σ_θ = (Jᵀ Σ_f⁻¹ J)⁻¹ (= J⁻¹ Σ_f J⁻ᵀ for two residuals), J = ∂f/∂(P, T),
 * Σ_f = diag(σ_cal²) + J_x Σ_x J_xᵀ with Σ_x diagonal from the optional {@code <variable>_sd}
 * columns (analytical 1σ).
 * <p>
 * Decision: the search box is the MRF default box of PT.md §5.3, P 0.1–40 kbar, T 473–1473 K,
 * unless given. Thread-safe; models are immutable.
 */
public final class PointwiseThermobarometry {

    /** Default search box {pMinBar, pMaxBar, tMinK, tMaxK} (PT.md §5.3). */
    public static final double[] DEFAULT_BOX = { 100, 40_000, 473, 1473 };
    /** Suffix of analytical-uncertainty columns, e.g. {@code Grt.Xalm_sd}. */
    public static final String SD_SUFFIX = "_sd";

    private static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_HALVINGS = 40;
    private static final int GRID = 50;

    private final List<ThermodynamicModel> models;
    private final double[] box;

    public PointwiseThermobarometry(List<? extends ThermodynamicModel> models) {
        this(models, DEFAULT_BOX);
    }

    /** @param searchBox {pMinBar, pMaxBar, tMinK, tMaxK}, all finite */
    public PointwiseThermobarometry(List<? extends ThermodynamicModel> models, double[] searchBox) {
        this.models = List.copyOf(models);
        if (searchBox.length != 4 || !(searchBox[0] < searchBox[1]) || !(searchBox[2] < searchBox[3])) {
            throw new IllegalArgumentException("search box must be {pMin, pMax, tMin, tMax} with min < max");
        }
        this.box = searchBox.clone();
    }

    /** The models defined at a row. */
    public List<ThermodynamicModel> definedAt(CompositionTable x, int row) {
        List<ThermodynamicModel> d = new ArrayList<>();
        for (ThermodynamicModel m : models) {
            if (m.definedAt(x, row)) {
                d.add(m);
            }
        }
        return d;
    }

    /** True when the defined models fix both P and T (≥ 1 thermometer and ≥ 1 barometer). */
    public boolean solvable(CompositionTable x, int row) {
        return solvable(definedAt(x, row));
    }

    private static boolean solvable(List<ThermodynamicModel> defined) {
        int t = 0;
        int p = 0;
        int other = 0;
        int residuals = 0;
        for (ThermodynamicModel m : defined) {
            residuals += m.residualCount();
            if (m.kind() == ModelKind.THERMOMETER) {
                t++;
            } else if (m.kind() == ModelKind.BAROMETER) {
                p++;
            } else {
                other++;
            }
        }
        return residuals >= 2 && (t > 0 || other > 0) && (p > 0 || other > 0);
    }

    /** The estimate at a row from the default start point, or empty when not {@link #solvable}. */
    public Optional<PointEstimate> estimate(CompositionTable x, int row) {
        List<ThermodynamicModel> defined = definedAt(x, row);
        if (!solvable(defined)) {
            return Optional.empty();
        }
        double[] start = startPoint(defined);
        return Optional.of(solve(defined, x, row, start[0], start[1]));
    }

    /** The estimate at a row from a given start (bar, K), or empty when not {@link #solvable}. */
    public Optional<PointEstimate> estimate(CompositionTable x, int row, double p0Bar, double t0K) {
        List<ThermodynamicModel> defined = definedAt(x, row);
        return solvable(defined) ? Optional.of(solve(defined, x, row, p0Bar, t0K)) : Optional.empty();
    }

    /** Estimates at every row; {@code null} where not solvable. Checks cancellation per row. */
    public PointEstimate[] estimateAll(CompositionTable x, Monitor monitor) {
        PointEstimate[] out = new PointEstimate[x.rows()];
        monitor.begin("Point-wise thermobarometry", x.rows());
        for (int k = 0; k < x.rows(); k++) {
            monitor.checkCanceled();
            out[k] = estimate(x, k).orElse(null);
            monitor.worked(1);
        }
        monitor.done();
        return out;
    }

    /** Centre of the intersection of the models' validity boxes, open sides from the search box. */
    double[] startPoint(List<ThermodynamicModel> defined) {
        double[] b = box.clone();
        for (ThermodynamicModel m : defined) {
            double[] v = m.validityBox();
            for (int i = 0; i < 4; i++) {
                if (!Double.isNaN(v[i])) {
                    b[i] = i % 2 == 0 ? Math.max(b[i], v[i]) : Math.min(b[i], v[i]);
                }
            }
        }
        if (!(b[0] <= b[1]) || !(b[2] <= b[3])) {
            b = box;
        }
        return new double[] { 0.5 * (b[0] + b[1]), 0.5 * (b[2] + b[3]) };
    }

    private PointEstimate solve(List<ThermodynamicModel> defined, CompositionTable x, int row, double p0, double t0) {
        List<String> notes = new ArrayList<>();
        Newton first = gaussNewton(defined, x, row, p0, t0);
        Newton result = first;
        if (!first.converged) {
            double[] best = bestGridCell(defined, x, row);
            result = gaussNewton(defined, x, row, best[0], best[1]);
            if (!result.converged) {
                notes.add("point-wise P-T did not converge at row " + row + " (models " + ids(defined) + ")");
            }
        }
        double p = result.p;
        double t = result.t;
        double[] cov = covariance(defined, x, row, p, t);
        if (p < box[0] || p > box[1] || t < box[2] || t > box[3]) {
            notes.add("point-wise P-T outside the search box at row " + row);
        }
        List<String> warnings = new ArrayList<>();
        for (ThermodynamicModel m : defined) {
            warnings.addAll(m.validity(p, t, x, row));
        }
        warnings.addAll(notes);
        return new PointEstimate(row, p, t, cov[0], cov[1], cov[2], ids(defined), result.iterations,
                sumZ2(defined, x, row, p, t), result.converged, warnings);
    }

    private static List<String> ids(List<ThermodynamicModel> defined) {
        return defined.stream().map(ThermodynamicModel::id).toList();
    }

    private record Newton(double p, double t, int iterations, boolean converged) {
    }

    private static int residualCount(List<ThermodynamicModel> defined) {
        int n = 0;
        for (ThermodynamicModel m : defined) {
            n += m.residualCount();
        }
        return n;
    }

    /** z = f/σ of all residuals at (p, t); J_z (n×2, row-major) into jz when not null. */
    private static double[] z(List<ThermodynamicModel> defined, CompositionTable x, int row, double p, double t, double[] jz) {
        double[] z = new double[residualCount(defined)];
        int i = 0;
        for (ThermodynamicModel m : defined) {
            int d = m.residualCount();
            double[] f = new double[d];
            m.residuals(new double[] { p }, new double[] { t }, x, new int[] { row }, f);
            double[] j = jz == null ? null : new double[2 * d];
            if (j != null) {
                m.jacobianPT(p, t, x, row, j);
            }
            for (int r = 0; r < d; r++, i++) {
                double s = m.calibrationSd(r, p, t, x, row);
                z[i] = f[r] / s;
                if (j != null) {
                    jz[2 * i] = j[2 * r] / s;
                    jz[2 * i + 1] = j[2 * r + 1] / s;
                }
            }
        }
        return z;
    }

    private static double sumZ2(List<ThermodynamicModel> defined, CompositionTable x, int row, double p, double t) {
        double s = 0;
        for (double v : z(defined, x, row, p, t, null)) {
            s += v * v;
        }
        return s;
    }

    private static Newton gaussNewton(List<ThermodynamicModel> defined, CompositionTable x, int row, double p, double t) {
        int n = residualCount(defined);
        double[] jz = new double[2 * n];
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            double[] z = z(defined, x, row, p, t, jz);
            double a = 0, b = 0, c = 0, gp = 0, gt = 0, s0 = 0;
            for (int i = 0; i < n; i++) {
                a += jz[2 * i] * jz[2 * i];
                b += jz[2 * i] * jz[2 * i + 1];
                c += jz[2 * i + 1] * jz[2 * i + 1];
                gp += jz[2 * i] * z[i];
                gt += jz[2 * i + 1] * z[i];
                s0 += z[i] * z[i];
            }
            double det = a * c - b * b;
            if (!Double.isFinite(s0) || !(Math.abs(det) > 1e-14 * Math.max(a * c, Double.MIN_NORMAL))) {
                return new Newton(p, t, it, false);
            }
            double dp = -(c * gp - b * gt) / det;
            double dt = -(a * gt - b * gp) / det;
            double step = 1;
            double s1 = Double.NaN;
            for (int h = 0; h < MAX_HALVINGS; h++, step *= 0.5) {
                s1 = sumZ2(defined, x, row, p + step * dp, t + step * dt);
                if (s1 <= s0) {
                    break;
                }
            }
            if (!(s1 <= s0)) {
                // no descent along the Gauss–Newton direction: at the least-squares optimum only if the step is tiny
                return new Newton(p, t, it, Math.abs(dp) < TOLERANCE && Math.abs(dt) < TOLERANCE);
            }
            p += step * dp;
            t += step * dt;
            if (Math.abs(step * dp) < TOLERANCE && Math.abs(step * dt) < TOLERANCE) {
                return new Newton(p, t, it, true);
            }
        }
        return new Newton(p, t, MAX_ITERATIONS, false);
    }

    /** Centre of the best cell of a GRID×GRID grid of Σz² over the search box (vectorised per model). */
    private double[] bestGridCell(List<ThermodynamicModel> defined, CompositionTable x, int row) {
        int cells = GRID * GRID;
        double[] p = new double[cells];
        double[] t = new double[cells];
        int[] rows = new int[cells];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                p[i * GRID + j] = box[0] + (i + 0.5) * (box[1] - box[0]) / GRID;
                t[i * GRID + j] = box[2] + (j + 0.5) * (box[3] - box[2]) / GRID;
                rows[i * GRID + j] = row;
            }
        }
        double[] s = new double[cells];
        for (ThermodynamicModel m : defined) {
            int d = m.residualCount();
            double[] f = new double[cells * d];
            m.residuals(p, t, x, rows, f);
            for (int k = 0; k < cells; k++) {
                for (int r = 0; r < d; r++) {
                    double z = f[k * d + r] / m.calibrationSd(r, p[k], t[k], x, row);
                    s[k] += z * z;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < cells; k++) {
            if (s[k] < s[best] || Double.isNaN(s[best])) {
                best = k;
            }
        }
        return new double[] { p[best], t[best] };
    }

    /** {var P, cov PT, var T} = (Jᵀ Σ_f⁻¹ J)⁻¹ at the solution. */
    private static double[] covariance(List<ThermodynamicModel> defined, CompositionTable x, int row, double p, double t) {
        int n = residualCount(defined);
        double[] j = new double[2 * n];
        double[] sf = new double[n * n];
        Map<String, double[]> jxByVariable = new LinkedHashMap<>();
        int i = 0;
        for (ThermodynamicModel m : defined) {
            int d = m.residualCount();
            double[] jm = new double[2 * d];
            m.jacobianPT(p, t, x, row, jm);
            List<String> vars = m.requires();
            double[] jx = null;
            for (String v : vars) {
                if (x.defined(v + SD_SUFFIX, row)) {
                    jx = new double[d * vars.size()];
                    m.jacobianX(p, t, x, row, jx);
                    break;
                }
            }
            for (int r = 0; r < d; r++, i++) {
                j[2 * i] = jm[2 * r];
                j[2 * i + 1] = jm[2 * r + 1];
                double s = m.calibrationSd(r, p, t, x, row);
                sf[i * n + i] = s * s;
                if (jx != null) {
                    for (int q = 0; q < vars.size(); q++) {
                        String v = vars.get(q);
                        if (x.defined(v + SD_SUFFIX, row)) {
                            jxByVariable.computeIfAbsent(v, k -> new double[n])[i] = jx[r * vars.size() + q];
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, double[]> e : jxByVariable.entrySet()) {
            double sd = x.get(e.getKey() + SD_SUFFIX, row);
            double[] g = e.getValue();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    sf[a * n + b] += g[a] * g[b] * sd * sd;
                }
            }
        }
        // Jᵀ Σ_f⁻¹ J via Σ_f⁻¹ J (Gaussian elimination with partial pivoting on the small n×n system)
        double[] w = solve(sf, j, n, 2);
        double a = 0, b = 0, c = 0;
        for (int k = 0; k < n; k++) {
            a += j[2 * k] * w[2 * k];
            b += j[2 * k] * w[2 * k + 1];
            c += j[2 * k + 1] * w[2 * k + 1];
        }
        double det = a * c - b * b;
        return new double[] { c / det, -b / det, a / det };
    }

    /** Solves A X = B for A n×n and B n×m (row-major); copies its inputs. */
    private static double[] solve(double[] aIn, double[] bIn, int n, int m) {
        double[] a = aIn.clone();
        double[] b = bIn.clone();
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r * n + col]) > Math.abs(a[piv * n + col])) {
                    piv = r;
                }
            }
            if (piv != col) {
                for (int k = 0; k < n; k++) {
                    double tmp = a[col * n + k];
                    a[col * n + k] = a[piv * n + k];
                    a[piv * n + k] = tmp;
                }
                for (int k = 0; k < m; k++) {
                    double tmp = b[col * m + k];
                    b[col * m + k] = b[piv * m + k];
                    b[piv * m + k] = tmp;
                }
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r * n + col] / a[col * n + col];
                for (int k = col; k < n; k++) {
                    a[r * n + k] -= f * a[col * n + k];
                }
                for (int k = 0; k < m; k++) {
                    b[r * m + k] -= f * b[col * m + k];
                }
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            for (int k = 0; k < m; k++) {
                double s = b[r * m + k];
                for (int q = r + 1; q < n; q++) {
                    s -= a[r * n + q] * b[q * m + k];
                }
                b[r * m + k] = s / a[r * n + r];
            }
        }
        return b;
    }
}
