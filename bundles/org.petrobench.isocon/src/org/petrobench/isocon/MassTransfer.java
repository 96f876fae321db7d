package org.petrobench.isocon;

/**
 * Mass ratios and the transfer they imply (Grant 1986, 2005; ISOCON.md §3), one row per altered
 * sample, components row-major ({@code j * componentCount + i}):
 * <ul>
 * <li>{@code isoconSlope} s_j = 1/r_j (G2),</li>
 * <li>{@code volumeRatio} V_j^A/V^O = r_j ρ^O/ρ_j^A (G6), NaN without both densities,</li>
 * <li>{@code deltaAbs} ΔC_ij = r_j C_ij^A − C_i^O (G4) in the column's unit, referred to the
 * protolith mass,</li>
 * <li>{@code deltaRel} Δ_ij = r_j c_ij − 1 (G3), NaN when C_i^O = 0 or the cell is missing.</li>
 * </ul>
 * Differences at round-off level are exactly 0 ({@link RoundOff}).
 */
public record MassTransfer(int sampleCount, int componentCount, double[] massRatio, double[] isoconSlope,
        double[] volumeRatio, double[] deltaAbs, double[] deltaRel) {

    /**
     * Evaluates (G2)–(G6).
     *
     * @param c0      C_i^O, protolith mean
     * @param rhoO    ρ^O (NaN when unknown)
     * @param altered C_ij^A, row-major M×N, NaN = missing
     * @param rhoA    ρ_j^A (NaN when unknown)
     * @param r       mass ratios r_j
     */
    public static MassTransfer of(double[] c0, double rhoO, double[] altered, double[] rhoA, double[] r) {
        int n = c0.length;
        int m = r.length;
        double[] slope = new double[m];
        double[] volume = new double[m];
        double[] abs = new double[m * n];
        double[] rel = new double[m * n];
        for (int j = 0; j < m; j++) {
            slope[j] = 1 / r[j];
            volume[j] = r[j] * rhoO / rhoA[j];
            for (int i = 0; i < n; i++) {
                double a = altered[j * n + i];
                abs[j * n + i] = RoundOff.difference(r[j] * a, c0[i]);
                rel[j * n + i] = c0[i] > 0 ? RoundOff.difference(r[j] * a / c0[i], 1) : Double.NaN;
            }
        }
        return new MassTransfer(m, n, r.clone(), slope, volume, abs, rel);
    }

    /**
     * Mobility m_i = √((1/M_i) Σ_j m_ij (r_j c_ij − 1)²), the RMS relative transfer over the
     * cells with {@code use[j*N+i]} (ISOCON.md §5.5); NaN when no cell is usable or C_i^O = 0.
     */
    public static double[] mobility(double[] c0, double[] altered, boolean[] use, double[] r) {
        int n = c0.length;
        int m = r.length;
        double[] mob = new double[n];
        for (int i = 0; i < n; i++) {
            double ss = 0;
            int k = 0;
            for (int j = 0; j < m; j++) {
                double a = altered[j * n + i];
                if (use[j * n + i] && !Double.isNaN(a) && c0[i] > 0) {
                    double d = RoundOff.difference(r[j] * a / c0[i], 1);
                    ss += d * d;
                    k++;
                }
            }
            mob[i] = k == 0 ? Double.NaN : Math.sqrt(ss / k);
        }
        return mob;
    }

    public double deltaAbs(int j, int i) {
        return deltaAbs[j * componentCount + i];
    }

    public double deltaRel(int j, int i) {
        return deltaRel[j * componentCount + i];
    }
}
