package org.petrobench.epma;

/**
 * The per-pixel model of EPMA.md §8–§9 for one element: the phase contributions w_ik, their
 * derivatives with respect to α, γ and β, and the counting slope. Shared by the wt/se maps and
 * the bulk-composition uncertainty (§11) so that both use one formula. Not thread-safe: one
 * instance per thread (it holds scratch arrays).
 */
final class PixelModel {

    private final QuantifiedMaps maps;
    private final CalibrationParameters p;
    private final int phases;
    /** w_ik per phase (unclipped). */
    final double[] w;
    /** ∂w̄_i/∂α_ek per phase. */
    final double[] dAlpha;
    /** ∂w̄_i/∂γ_ek per phase. */
    final double[] dGamma;
    /** ∂w̄_i/∂β_e. */
    double dBeta;
    /** The β parameter θ the last pixel uses ({@link CalibrationParameters#betaParameter}, §8.3 tiles). */
    int betaParameter;
    /** d w̄_i / d X_ie (counting slope). */
    double slope;
    /** w̄_i = Σ_k w_ik (membership already applied). */
    double mean;
    /** σ²_cls (0 with unmixing, §9). */
    double classVariance;

    PixelModel(QuantifiedMaps maps) {
        this.maps = maps;
        this.p = maps.parameters();
        this.phases = maps.phases().size();
        this.w = new double[phases];
        this.dAlpha = new double[phases];
        this.dGamma = new double[phases];
    }

    /**
     * Evaluates element e at a pixel with data; β is the pixel's tile value β_{e,g(i)} (§8.3).
     * Posterior memberships (§8, §9): w_ik = P_ik α_ek(β_e X − γ_ek).
     * Area fractions (§7.4): w_ik = α_ek(β_e ŝ_iek − f_ik γ_ek), ŝ_iek = X f_ik λ_ke/μ_ie.
     */
    void evaluate(int e, int i) {
        Membership m = maps.membership();
        double x = maps.counts(e)[i];
        int tile = p.tileOf(i);
        double beta = p.beta(e, tile);
        betaParameter = p.betaParameter(e, tile);
        double sum = 0;
        double dB = 0;
        double sl = 0;
        if (m.kind() == Membership.Kind.AREA_FRACTION) {
            double[][] lambda = maps.endmemberRates();
            double mu = 0;
            for (int k = 0; k < phases; k++) {
                mu += m.value(k, i) * lambda[k][e];
            }
            for (int k = 0; k < phases; k++) {
                double f = m.value(k, i);
                double a = p.alpha(e, k);
                double share = mu > 0 ? f * lambda[k][e] / mu : 0;
                double s = x * share;
                w[k] = a * (beta * s - f * p.gamma(e, k));
                dAlpha[k] = beta * s - f * p.gamma(e, k);
                dGamma[k] = -f * a;
                dB += a * s;
                sl += beta * a * share;
                sum += w[k];
            }
            classVariance = 0;
        } else {
            for (int k = 0; k < phases; k++) {
                double pk = m.value(k, i);
                double a = p.alpha(e, k);
                double net = beta * x - p.gamma(e, k);
                w[k] = a * net; // the unweighted phase estimate; weighted below
                dAlpha[k] = pk * net;
                dGamma[k] = -pk * a;
                dB += pk * a * x;
                sl += pk * a * beta;
                sum += pk * w[k];
            }
            double cls = 0;
            for (int k = 0; k < phases; k++) {
                double d = w[k] - sum;
                cls += m.value(k, i) * d * d;
            }
            classVariance = cls;
            for (int k = 0; k < phases; k++) {
                w[k] *= m.value(k, i);
            }
        }
        mean = sum;
        dBeta = dB;
        slope = sl;
    }

    /** σ²_cal of the last evaluated pixel (§9): distinct θ, pooled α/γ counted once. */
    double calibrationVariance(int e) {
        double se = p.betaParameterSe(e, betaParameter);
        return alphaGammaVariance(e, dAlpha, dGamma) + dBeta * dBeta * se * se;
    }

    /**
     * Σ_θ (∂/∂θ)² se(θ)² for given derivatives; a pooled parameter is one θ. {@code dBetaByParameter}
     * holds ∂/∂β_θ per β parameter of {@link CalibrationParameters#betaParameter} (length tiles + 1).
     */
    double calibrationVariance(int e, double[] da, double[] dg, double[] dBetaByParameter) {
        double v = 0;
        for (int theta = 0; theta < dBetaByParameter.length; theta++) {
            double se = p.betaParameterSe(e, theta);
            v += dBetaByParameter[theta] * dBetaByParameter[theta] * se * se;
        }
        return v + alphaGammaVariance(e, da, dg);
    }

    /** The α and γ part of σ²_cal. */
    private double alphaGammaVariance(int e, double[] da, double[] dg) {
        double v = 0;
        double pooledA = 0;
        double pooledASe = 0;
        double pooledG = 0;
        double pooledGSe = 0;
        for (int k = 0; k < phases; k++) {
            if (p.alphaPooled(e, k)) {
                pooledA += da[k];
                pooledASe = p.alphaSe(e, k);
            } else {
                double s = p.alphaSe(e, k);
                v += da[k] * da[k] * s * s;
            }
            if (p.gammaPooled(e, k)) {
                pooledG += dg[k];
                pooledGSe = p.gammaSe(e, k);
            } else {
                double s = p.gammaSe(e, k);
                v += dg[k] * dg[k] * s * s;
            }
        }
        return v + pooledA * pooledA * pooledASe * pooledASe + pooledG * pooledG * pooledGSe * pooledGSe;
    }
}
