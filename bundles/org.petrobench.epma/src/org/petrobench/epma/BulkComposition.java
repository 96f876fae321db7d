package org.petrobench.epma;

import java.util.List;

/**
 * Local bulk composition of a region, mass-weighted by phase densities (EPMA.md §11; Lanari &amp;
 * Engi 2017):
 * <pre>
 * ρ_i = Σ_k P_ik ρ_k;   C_e(R) = Σ_R ρ_i wt_ie / Σ_R ρ_i;   ρ(R) = mean_R ρ_i
 * σ²(C_e) = Σ_{i∈R} (ρ_i/Σρ · ∂w̄_i/∂X_ie)² V(X_ie) + Σ_θ (Σ_{i∈R} ρ_i/Σρ · ∂w̄_i/∂θ)² se(θ)²
 * </pre>
 * where ∂w̄_i/∂X = β_e Σ_k P_ik α_ek (W_ik = ρ_i P_ik/Σρ in the spec's notation) and θ runs over
 * the distinct α, γ and β the region uses (with guide-net tiles, §8.3, each tile's own β′ is one θ
 * and the pooled β′ shared by tiles with too few spots another): the calibration terms do not
 * average out. The class
 * (mixing) term of §9 is a per-pixel spread, not an error of the region's mass balance, and is
 * left out. Pixels without data are skipped.
 *
 * @param name       region name (the isocon {@code sample})
 * @param oxides     oxide names in {@link QuantifiedMaps#elements()} order
 * @param wt         C_e(R) in wt%
 * @param sd         σ(C_e) in wt%
 * @param density    ρ(R) in g/cm³
 * @param pixels     pixels with data in the region
 */
public record BulkComposition(String name, List<String> oxides, double[] wt, double[] sd, double density, int pixels) {

    /**
     * @param densities ρ_k in phase order (see {@link PhaseDensities#resolve})
     * @throws IllegalArgumentException when the region does not fit the map or holds no pixel with data
     */
    public static BulkComposition of(QuantifiedMaps q, Region region, double[] densities) {
        int lines = q.geometry().lines();
        int columns = q.geometry().columns();
        if (region.lines() != lines || region.columns() != columns) {
            throw new IllegalArgumentException("region " + region.name() + " is " + region.lines() + " x " + region.columns()
                    + ", the map " + lines + " x " + columns);
        }
        int ne = q.elements().size();
        int nk = q.phases().size();
        if (densities.length != nk) {
            throw new IllegalArgumentException(densities.length + " densities for " + nk + " phases");
        }
        Membership m = q.membership();
        PixelModel model = q.newPixelModel();
        int n = q.geometry().pixels();
        double rhoSum = 0;
        int used = 0;
        double[] rhoWt = new double[ne];
        double[] countVar = new double[ne];
        double[][] da = new double[ne][nk];
        double[][] dg = new double[ne][nk];
        double[][] db = new double[ne][q.parameters().tileCount() + 1]; // per β parameter θ (§8.3 tiles)
        // pass 1: Σρ (the weights need it); pass 2: the sums, already divided by Σρ
        for (int i = 0; i < n; i++) {
            if (region.contains(i) && m.hasData(i)) {
                rhoSum += density(m, i, densities);
                used++;
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("region " + region.name() + " holds no pixel with data");
        }
        for (int i = 0; i < n; i++) {
            if (!region.contains(i) || !m.hasData(i)) {
                continue;
            }
            double w = density(m, i, densities) / rhoSum;
            for (int e = 0; e < ne; e++) {
                model.evaluate(e, i);
                rhoWt[e] += w * Math.max(0, model.mean);
                double s = w * model.slope;
                countVar[e] += s * s * q.countVariance(e, i);
                for (int k = 0; k < nk; k++) {
                    da[e][k] += w * model.dAlpha[k];
                    dg[e][k] += w * model.dGamma[k];
                }
                db[e][model.betaParameter] += w * model.dBeta;
            }
        }
        double[] sd = new double[ne];
        for (int e = 0; e < ne; e++) {
            sd[e] = Math.sqrt(countVar[e] + model.calibrationVariance(e, da[e], dg[e], db[e]));
        }
        List<String> oxides = q.elements().stream().map(QuantifiedElement::oxide).toList();
        return new BulkComposition(region.name(), oxides, rhoWt, sd, rhoSum / used, used);
    }

    private static double density(Membership m, int i, double[] densities) {
        double r = 0;
        for (int k = 0; k < densities.length; k++) {
            r += m.value(k, i) * densities[k];
        }
        return r;
    }
}
