package org.petrobench.isocon;

/**
 * Spread of the results over bootstrap/Monte Carlo replicates (ISOCON.md §5.6), arrays shaped
 * like {@link MassTransfer}'s; NaN where no uncertainty is known. With no replicates, grant and
 * gresens fill only {@code massRatioSd} with the standard error of their slope strategy (§4).
 *
 * @param replicates       replicates run (0 = none)
 * @param failed           replicates in which the method found no result (left out)
 * @param massRatioSd      sd of r_j
 * @param volumeRatioSd    sd of V_j^A/V^O
 * @param deltaAbsSd       sd of ΔC_ij
 * @param deltaRelSd       sd of Δ_ij
 * @param massRatioP025    2.5 % percentile of r_j
 * @param massRatioP50     median of r_j
 * @param massRatioP975    97.5 % percentile of r_j
 * @param selectedFraction fraction of replicates in which component i was immobile
 */
public record Uncertainty(int replicates, int failed, double[] massRatioSd, double[] volumeRatioSd, double[] deltaAbsSd,
        double[] deltaRelSd, double[] massRatioP025, double[] massRatioP50, double[] massRatioP975,
        double[] selectedFraction) {

    /** No uncertainty information for M samples and N components. */
    public static Uncertainty none(int m, int n) {
        return new Uncertainty(0, 0, nan(m), nan(m), nan(m * n), nan(m * n), nan(m), nan(m), nan(m), nan(n));
    }

    /** Only a standard error of r_j (ISOCON.md §4, bootstrap 0). */
    public static Uncertainty standardError(double[] massRatioSe, int n) {
        int m = massRatioSe.length;
        return new Uncertainty(0, 0, massRatioSe.clone(), nan(m), nan(m * n), nan(m * n), nan(m), nan(m), nan(m), nan(n));
    }

    private static double[] nan(int k) {
        double[] a = new double[k];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
