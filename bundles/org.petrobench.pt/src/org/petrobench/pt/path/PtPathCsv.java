package org.petrobench.pt.path;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.petrobench.core.io.CsvWriter;
import org.petrobench.core.io.Numbers;
import org.petrobench.pt.pointwise.PointEstimate;

/**
 * Writes the outputs of {@code ./petrobench ptpath} (CLI.md): {@code path.csv},
 * {@code pointwise.csv} and {@code hyperparameters.csv}. Files carry kbar and °C; P with 4
 * decimals (0.1 bar), T with 3 (1 mK), probabilities and relative time with 4, absolute time
 * ({@code t_Myr,t_lo95,t_hi95}, after the {@code t_rel} columns when anchored) with 6 significant
 * digits (an arrhenius k₀ anchor can give any magnitude).
 * <p>
 * Extra columns (CLI.md welcomes them): {@code path.csv} adds {@code P_T_corr} (correlation of the
 * Laplace block Σ_k), {@code P_calib_sd,T_calib_sd} (systematic calibration part, PT.md §5.6) and
 * {@code constrained} (1 where a model is defined); with an MCMC check
 * {@code P_mcmc_mean,P_mcmc_sd,P_mcmc_lo95,P_mcmc_hi95,T_mcmc_...,rhat_P,rhat_T}. {@code pointwise.csv}
 * adds {@code P_sd,T_sd,corr} (PT.md §4 proposed extension).
 */
public final class PtPathCsv {

    private static final double KELVIN = 273.15;

    private PtPathCsv() {
    }

    /** {@code path.csv}. */
    public static void writePath(PtPath path, Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        List<Object> head = new ArrayList<>(List.of("index", "distance_um", "P_kbar", "T_C", "P_sd", "T_sd", "P_lo95",
                "P_hi95", "T_lo95", "T_hi95"));
        if (path.hasRelativeTime()) {
            head.addAll(List.of("t_rel", "t_rel_lo95", "t_rel_hi95"));
        }
        if (path.hasAbsoluteTime()) {
            head.addAll(List.of("t_Myr", "t_lo95", "t_hi95"));
        }
        head.addAll(List.of("P_T_corr", "P_calib_sd", "T_calib_sd", "constrained"));
        McmcSummary m = path.mcmc();
        if (m != null) {
            head.addAll(List.of("P_mcmc_mean", "P_mcmc_sd", "P_mcmc_lo95", "P_mcmc_hi95", "T_mcmc_mean", "T_mcmc_sd",
                    "T_mcmc_lo95", "T_mcmc_hi95", "rhat_P", "rhat_T"));
        }
        w.row(head);
        for (int k = 0; k < path.size(); k++) {
            List<Object> r = new ArrayList<>(List.of(k, Numbers.shortest(path.distanceUm()[k]), p(path.pKbar()[k]),
                    t(path.tK()[k] - KELVIN), p(path.pSd()[k]), t(path.tSd()[k]), p(path.pLo95()[k]), p(path.pHi95()[k]),
                    t(path.tLo95()[k] - KELVIN), t(path.tHi95()[k] - KELVIN)));
            if (path.hasRelativeTime()) {
                r.addAll(List.of(q(path.tRel()[k]), q(path.tRelLo95()[k]), q(path.tRelHi95()[k])));
            }
            if (path.hasAbsoluteTime()) {
                r.addAll(List.of(sig(path.tMyr()[k]), sig(path.tMyrLo95()[k]), sig(path.tMyrHi95()[k])));
            }
            r.addAll(List.of(q(path.covPT()[k] / (path.pSd()[k] * path.tSd()[k])), p(path.pCalibrationSd()[k]),
                    t(path.tCalibrationSd()[k]), path.constrained()[k] ? 1 : 0));
            if (m != null) {
                r.addAll(List.of(p(m.pMean()[k]), p(m.pSd()[k]), p(m.pLo95()[k]), p(m.pHi95()[k]), t(m.tMean()[k] - KELVIN),
                        t(m.tSd()[k]), t(m.tLo95()[k] - KELVIN), t(m.tHi95()[k] - KELVIN), q(m.rhatP()[k]),
                        q(m.rhatT()[k])));
            }
            w.row(r);
        }
        out.flush();
    }

    /**
     * {@code pointwise.csv}: one row per point where point-wise thermobarometry is defined
     * ({@code estimates[k] == null} elsewhere); {@code models} = ids joined by {@code ;}.
     */
    public static void writePointwise(double[] distanceUm, PointEstimate[] estimates, Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.row("index", "distance_um", "P_kbar", "T_C", "models", "P_sd", "T_sd", "corr");
        for (int k = 0; k < estimates.length; k++) {
            PointEstimate e = estimates[k];
            if (e != null) {
                w.row(k, Numbers.shortest(distanceUm[k]), p(e.pBar() / 1000), t(e.tK() - KELVIN),
                        String.join(";", e.modelIds()), p(e.pSd() / 1000), t(e.tSd()), q(e.correlation()));
            }
        }
        out.flush();
    }

    /** {@code hyperparameters.csv}: {@code parameter,value,sd_log,lo95,hi95,unit,note} (PT.md §5.7). */
    public static void writeHyperparameters(Hyperparameters h, Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.row("parameter", "value", "sd_log", "lo95", "hi95", "unit", "note");
        for (Hyperparameter r : h.rows()) {
            w.row(r.name(), sig(r.value()), sig(r.sdLog()), sig(r.lo95()), sig(r.hi95()), r.unit(), r.note());
        }
        out.flush();
    }

    private static String p(double kbar) {
        return Numbers.fixed(kbar, 4);
    }

    private static String t(double k) {
        return Numbers.fixed(k, 3);
    }

    private static String q(double v) {
        return Numbers.fixed(v, 4);
    }

    /** Six significant digits (hyperparameters span many decades). */
    private static String sig(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Numbers.shortest(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)));
    }
}
