package org.petrobench.cli.internal.pt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.cli.internal.MethodFile;
import org.petrobench.cli.internal.OutputFolder;
import org.petrobench.cli.internal.RunRecord;
import org.petrobench.cli.internal.UsageException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.AtomicWrite;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelSelection;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.Hyperparameters;
import org.petrobench.pt.path.McmcSummary;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.PtPath;
import org.petrobench.pt.path.PtPathCsv;
import org.petrobench.pt.path.PtPathInverter;
import org.petrobench.pt.path.SmcSettings;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.path.ZoningProfileReader;
import org.petrobench.pt.pointwise.PointEstimate;
import org.petrobench.pt.pointwise.PointwiseThermobarometry;

/**
 * {@code ./petrobench ptpath} (CLI.md "P-T(-t) path", PT.md §5): reads the profile, selects and
 * parameterises the models ({@link ModelSelection}), runs point-wise thermobarometry (PT.md §4)
 * and the {@link PtPathInverter} named by {@code --method}, and writes path.csv, pointwise.csv,
 * hyperparameters.csv and run.json, all-or-nothing.
 * <p>
 * Exit 2: unknown option, unknown column, a composition outside [0, 1] or not summing sensibly,
 * a model id not installed, a bad model parameter, no row where any model applies, smc time
 * settings that do not combine (both anchors, an anchor or rim age without a growth law, a rim age
 * without an anchor). Points outside a model's validity range are warnings (stderr and run.json),
 * never errors.
 */
@Component(service = BatchCommand.class)
public final class PtPathCommand implements BatchCommand {

    @Override
    public String name() {
        return "ptpath";
    }

    @Override
    public String summary() {
        return "P-T path from a zoned garnet profile: MRF inversion (Kuwatani et al. 2012, 2018) or SMC P-T-t, and point-wise thermobarometry";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "./petrobench ptpath --profile <csv> --out <dir> [options]",
                "  --profile <csv>              distance_um, then <Phase>.<component> columns (Grt.Xalm, Bt.XMg, Pl.Xan, ...)",
                "                               or oxide wt% (Grt.SiO2, ...); blank = not measured; optional <variable>_sd",
                "  --out <dir>                  output folder: path.csv, pointwise.csv, hyperparameters.csv, run.json",
                "  --models <id,id,...>         models (./petrobench models); default every installed model whose phases occur",
                "  --model-param <id>.<n>=<v>   a model parameter, repeatable, e.g. gasp-kn1988.polymorph=ky",
                "  --method <id>                mrf (default) | smc when installed (./petrobench solvers)",
                "  --samples <n>                mrf: MCMC sweeps of the Metropolis-within-Gibbs check (default 0 = none);",
                "                               smc: particles of the filter (default 2000)",
                "  --seed <n>                   seed of the random streams (default 1)",
                "  --bands <mode>               mrf: integrated (default, over the hyperparameter grid) | plugin",
                "  --include-calibration        mrf: add the systematic calibration uncertainty to the bands",
                "  --growth-law <law>           smc: none (default) | linear | arrhenius; relative time t_rel in path.csv",
                "  --activation-energy <kJ/mol> smc: Q of the arrhenius growth law",
                "                               (absolute time t_Myr: smc.duration_Myr or smc.k0_um_per_Myr, and",
                "                               smc.rimAge_Ma, in the method file)",
                "  --method-file <json>         saved method (run.json of an earlier run)");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        PtPathMethod method = MethodFile.read(args, context, PtPathMethod.class, PtPathMethod.defaults());
        Path profilePath = args.requiredPath("profile");
        Path out = args.requiredPath("out");
        List<String> models = args.list("models");
        List<String> params = args.all("model-param");
        Optional<String> methodId = args.optional("method");
        Optional<Integer> samples = args.integer("samples", 0, 100_000_000);
        Optional<String> seedText = args.optional("seed");
        Optional<String> bands = args.optional("bands");
        boolean includeCalibration = args.flag("include-calibration");
        Optional<String> growthLaw = args.optional("growth-law");
        Optional<String> activationText = args.optional("activation-energy");
        args.finish();
        OutputFolder.check(out);
        String id = methodId.orElse(method.method());
        boolean smcRun = id.equals("smc");
        MrfSettings mrf = method.mrf();
        long seed = mrf.seed();
        if (seedText.isPresent()) {
            try {
                seed = Long.parseLong(seedText.get());
            } catch (NumberFormatException e) {
                throw new UsageException("option --seed: expected an integer, found '" + seedText.get() + "'");
            }
        }
        mrf = mrf.withSamples(smcRun ? mrf.samples() : samples.orElse(mrf.samples()), seed);
        SmcSettings smc = smcSettings(method.smc(), smcRun ? samples : Optional.empty(), seed, growthLaw, activationText);
        if (smcRun) {
            checkTime(smc, args);
        }
        if (bands.isPresent()) {
            if (!bands.get().equals(MrfSettings.BANDS_INTEGRATED) && !bands.get().equals(MrfSettings.BANDS_PLUGIN)) {
                throw new UsageException("option --bands: expected integrated or plugin, found '" + bands.get() + "'");
            }
            mrf = mrf.withBands(bands.get());
        }
        if (includeCalibration) {
            mrf = mrf.withIncludeCalibration(true);
        }
        method = new PtPathMethod(id, models.isEmpty() ? method.models() : models,
                params.isEmpty() ? method.modelParameters() : params, mrf, smc);
        PtPathInverter inverter = context.service(PtPathInverter.class, method.method(), "--method");
        Record settings = settingsFor(inverter, method);

        List<ThermodynamicModel> installed = context.services(ThermodynamicModel.class);
        Set<String> modelVariables = new LinkedHashSet<>();
        for (ThermodynamicModel m : installed) {
            modelVariables.addAll(m.requires());
            modelVariables.addAll(m.optionalVariables());
        }
        Diagnostics diagnostics = new Diagnostics();
        ZoningProfile profile = new ZoningProfileReader(modelVariables).read(profilePath, diagnostics);
        List<ThermodynamicModel> selected = ModelSelection.select(installed, method.models(), method.modelParameters(),
                profilePath.toString(), profile.compositions(), diagnostics);
        warnIfOneSided(selected, diagnostics);
        for (String v : profile.constantVariables()) {
            diagnostics.info(v + " has one value on every row: read as a matrix composition, assumed constant during growth");
        }
        Monitor monitor = context.monitor();
        PointEstimate[] pointwise = new PointwiseThermobarometry(selected).estimateAll(profile.compositions(), monitor);
        PtPath path = inverter.invert(profile, selected, settings, monitor, diagnostics);

        try (OutputFolder folder = OutputFolder.open(out)) {
            AtomicWrite.text(folder.file("path.csv"), w -> PtPathCsv.writePath(path, w));
            AtomicWrite.text(folder.file("pointwise.csv"), w -> PtPathCsv.writePointwise(profile.distanceUm(), pointwise, w));
            AtomicWrite.text(folder.file("hyperparameters.csv"), w -> PtPathCsv.writeHyperparameters(path.hyperparameters(), w));
            RunRecord record = new RunRecord(context, args).settings(method);
            record.input("profile", profilePath);
            record.service("inverter", inverter);
            List<Map<String, Object>> modelRecords = new ArrayList<>();
            for (ThermodynamicModel m : selected) {
                record.service("model", m);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", m.id());
                r.put("status", m.status().name());
                r.put("parameters", m.parameterValues());
                r.put("definedAtRows", ModelSelection.definedRows(m, profile.compositions()));
                modelRecords.add(r);
            }
            record.put("models", modelRecords);
            record.put("points", profile.size());
            record.put("matrixSources", profile.constantVariables());
            record.put("hyperparameterGrid", grid(path.hyperparameters()));
            if (smcRun && smc.hasAbsoluteTime()) {
                record.put("time", time(smc, path));
            }
            if (path.mcmc() != null) {
                record.put("mcmc", mcmc(path.mcmc()));
            }
            record.diagnostics(diagnostics);
            record.write(folder);
            folder.commit();
        }
        for (String w : diagnostics.warnings()) {
            context.warn(w);
        }
        return Batch.OK;
    }

    /**
     * Only thermometers (or only barometers) leave P (or T) to the prior anchor (PT.md §5.3:
     * μ_0 ± 20 kbar / 500 K), so the band spans tens of kbar and can leave the physical range;
     * point-wise thermobarometry (§4) has no row. Say so instead of letting the numbers look measured.
     */
    static void warnIfOneSided(List<ThermodynamicModel> selected, Diagnostics diagnostics) {
        if (selected.isEmpty()) {
            return;
        }
        String ids = selected.stream().map(ThermodynamicModel::id).collect(java.util.stream.Collectors.joining(", "));
        if (selected.stream().allMatch(m -> m.kind() == ModelKind.THERMOMETER)) {
            diagnostics.warn("no barometer among the models (" + ids + "): P is not constrained by the data; P_kbar and its band "
                    + "come from the prior anchor only, and pointwise.csv has no rows (it needs a thermometer and a barometer)");
        } else if (selected.stream().allMatch(m -> m.kind() == ModelKind.BAROMETER)) {
            diagnostics.warn("no thermometer among the models (" + ids + "): T is not constrained by the data; T_C and its band "
                    + "come from the prior anchor only, and pointwise.csv has no rows (it needs a thermometer and a barometer)");
        }
    }

    private static SmcSettings smcSettings(SmcSettings smc, Optional<Integer> particles, long seed, Optional<String> law,
            Optional<String> activationText) throws UsageException {
        if (particles.isPresent() && particles.get() < 50) {
            throw new UsageException("option --samples: smc needs at least 50 particles, found " + particles.get());
        }
        smc = smc.withParticles(particles.orElse(smc.particles()), seed);
        double q = smc.activationEnergyKJ();
        if (activationText.isPresent()) {
            try {
                q = Double.parseDouble(activationText.get());
            } catch (NumberFormatException e) {
                throw new UsageException("option --activation-energy: expected a number in kJ/mol, found '"
                        + activationText.get() + "'");
            }
        }
        String g = law.orElse(smc.growthLaw());
        if (!List.of(SmcSettings.GROWTH_NONE, SmcSettings.GROWTH_LINEAR, SmcSettings.GROWTH_ARRHENIUS).contains(g)) {
            throw new UsageException("option --growth-law: expected none, linear or arrhenius, found '" + g + "'");
        }
        if (g.equals(SmcSettings.GROWTH_ARRHENIUS) && !(q > 0)) {
            throw new UsageException("option --growth-law arrhenius: needs --activation-energy <kJ/mol> > 0");
        }
        return smc.withGrowthLaw(g, q);
    }

    /**
     * PT.md §6.5: one absolute-time anchor (duration or k₀), only with a growth law; a rim age needs
     * an anchor. The time settings come only from the method file, so it is the source named.
     */
    private static void checkTime(SmcSettings smc, CommandLine args) throws InputException {
        Optional<SmcSettings.AnchorConflict> c = smc.anchorConflict();
        if (c.isPresent()) {
            // MethodFile.read has consumed the option: take the file as written from the tokens
            List<String> tokens = args.tokens();
            int i = tokens.indexOf("--method-file");
            String src = i >= 0 && i + 1 < tokens.size() ? tokens.get(i + 1) : "--method-file";
            throw new InputException(src, "field 'smc." + c.get().setting() + "'", c.get().expected());
        }
    }

    /**
     * run.json's record of absolute time (PT.md §6.5): the anchor, the rim age (it only shifts the
     * origin: age at point k = rimAge_Ma + t_Myr(rim) − t_Myr(k)) and the growth duration core to
     * rim with its band, and the core age when the rim age is set.
     */
    private static Map<String, Object> time(SmcSettings smc, PtPath path) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("growthLaw", smc.growthLaw());
        t.put("anchor", smc.hasDuration() ? "duration_Myr" : "k0_um_per_Myr");
        t.put("value", smc.hasDuration() ? smc.durationMyr() : smc.k0UmPerMyr());
        int rim = path.size() - 1;
        t.put("duration_Myr", path.tMyr()[rim]);
        t.put("duration_lo95", path.tMyrLo95()[rim]);
        t.put("duration_hi95", path.tMyrHi95()[rim]);
        if (smc.hasRimAge()) {
            t.put("rimAge_Ma", smc.rimAgeMa());
            t.put("coreAge_Ma", smc.rimAgeMa() + path.tMyr()[rim]);
            t.put("coreAge_lo95", smc.rimAgeMa() + path.tMyrLo95()[rim]);
            t.put("coreAge_hi95", smc.rimAgeMa() + path.tMyrHi95()[rim]);
        } else {
            t.put("rimAge_Ma", null);
        }
        return t;
    }

    private static Record settingsFor(PtPathInverter inverter, PtPathMethod method) throws UsageException {
        if (inverter.settingsType() == MrfSettings.class) {
            return method.mrf();
        }
        if (inverter.settingsType() == SmcSettings.class) {
            return method.smc();
        }
        if (inverter.settingsType().isInstance(inverter.defaultSettings())) {
            return inverter.defaultSettings();
        }
        throw new UsageException("--method " + inverter.id() + ": its settings type " + inverter.settingsType().getSimpleName()
                + " is not supported by this command");
    }

    private static Map<String, Object> grid(Hyperparameters h) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("sdTotP_kbar", h.gridSdTotP());
        g.put("sdTotT_K", h.gridSdTotT());
        g.put("logEvidence", h.gridLogEvidence());
        double max = Double.NEGATIVE_INFINITY;
        for (double z : h.gridLogEvidence()) {
            if (Double.isFinite(z)) {
                max = Math.max(max, z);
            }
        }
        double[] w = new double[h.gridLogEvidence().length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.isFinite(h.gridLogEvidence()[i]) ? Math.exp(h.gridLogEvidence()[i] - max) : 0;
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        g.put("weights", w);
        g.put("evidenceHistory", h.evidenceHistory());
        return g;
    }

    private static Map<String, Object> mcmc(McmcSummary m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sweeps", m.sweeps());
        r.put("burnIn", m.burnIn());
        r.put("meanAcceptance", m.meanAcceptance());
        r.put("maxSplitRhat", m.maxRhat());
        r.put("minEss", m.minEss());
        return r;
    }
}
