package org.petrobench.cli.internal.pt;

import java.util.List;

import org.petrobench.core.Setting;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.SmcSettings;

/**
 * Everything that makes a {@code ptpath} run re-runnable: the {@code settings} object of its
 * run.json, read back by {@code --method-file} (explicit options override single fields).
 *
 * @param method          inverter id ({@code mrf} | {@code smc})
 * @param models          model ids; empty = every installed model whose phases occur in the profile
 * @param modelParameters {@code <id>.<name>=<value>} assignments
 * @param mrf             settings of the mrf inverter
 * @param smc             settings of the smc inverter
 */
public record PtPathMethod(
        @Setting(description = "P-T inverter id (./petrobench solvers)") String method,
        @Setting(description = "thermodynamic model ids; empty = every installed model whose phases occur in the profile") List<String> models,
        @Setting(description = "model parameters as <id>.<name>=<value>") List<String> modelParameters,
        @Setting(description = "settings of the MRF inverter") MrfSettings mrf,
        @Setting(description = "settings of the SMC inverter") SmcSettings smc) {

    public PtPathMethod {
        method = method == null ? "mrf" : method;
        models = models == null ? List.of() : List.copyOf(models);
        modelParameters = modelParameters == null ? List.of() : List.copyOf(modelParameters);
        mrf = mrf == null ? MrfSettings.defaults() : mrf;
        smc = smc == null ? SmcSettings.defaults() : smc;
    }

    static PtPathMethod defaults() {
        return new PtPathMethod("mrf", List.of(), List.of(), MrfSettings.defaults(), SmcSettings.defaults());
    }
}
