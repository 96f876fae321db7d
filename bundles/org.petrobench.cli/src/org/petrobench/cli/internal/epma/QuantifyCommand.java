package org.petrobench.cli.internal.epma;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.EpmaQuantifier;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.DemoDataset;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.SpotFormat;
import org.petrobench.epma.io.QuantifiedMapsWriter;

/**
 * {@code ./petrobench quantify} (CLI.md "EPMA quantification"): reads maps and spots through the
 * installed format services, runs an {@link EpmaQuantifier} and writes the CLI.md files plus
 * run.json, all-or-nothing through {@link OutputFolder}.
 */
@Component(service = BatchCommand.class)
public final class QuantifyCommand implements BatchCommand {

    static final String DEFAULT_QUANTIFIER = "yasumoto2018";

    @Override
    public String name() {
        return "quantify";
    }

    @Override
    public String summary() {
        return "quantify EPMA X-ray maps with spot analyses as internal standards (Yasumoto et al. 2018)";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "./petrobench quantify --maps <dir> --spots <dir> --out <dir> [options]",
                "  --maps <dir>            map folder (format sniffed unless --format)",
                "  --spots <dir>           spot folder; optional when --method-file fixes parameters and centres",
                "                          (a run.json of quantify: its centres and the parameters.csv beside it)",
                "  --out <dir>             output folder (created; files replaced atomically)",
                "  --format <map>[,<spot>] format ids (./petrobench formats); default: sniffed",
                "  --dead-time-ns <n>      dead time in ns (default: conditions file, else 0)",
                "  --phases <csv>          spot phase list: columns id, phase, use|used",
                "  --clustering <m>        em (default) | reference-lda",
                "  --unmix                 unmix mixed pixels into area fractions",
                "  --method <id>           quantifier service id (default " + DEFAULT_QUANTIFIER + ")",
                "  --method-file <json>    saved method (run.json of an earlier run)",
                "  --seed <n>              recorded; no step is random",
                "  --demo                  use the bundled example dataset for --maps/--spots");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        QuantifierSettings settings = MethodFile.read(args, context, QuantifierSettings.class, QuantifierSettings.defaults());
        boolean demo = args.flag("demo");
        Optional<Path> mapsArg = args.path("maps");
        Optional<Path> spotsArg = args.path("spots");
        Path out = args.requiredPath("out");
        List<String> formats = args.list("format");
        Optional<Double> deadTime = args.number("dead-time-ns", 0, 1e6);
        Optional<Path> phases = args.path("phases");
        Optional<String> clustering = args.optional("clustering");
        boolean unmix = args.flag("unmix");
        String method = args.optional("method").orElse(DEFAULT_QUANTIFIER);
        Optional<Integer> seed = args.integer("seed", Integer.MIN_VALUE, Integer.MAX_VALUE);
        args.finish();
        OutputFolder.check(out);
        if (clustering.isPresent()) {
            String c = clustering.get().toLowerCase(Locale.ROOT);
            if (!c.equals(QuantifierSettings.EM) && !c.equals(QuantifierSettings.REFERENCE_LDA)) {
                throw new UsageException("option --clustering: expected em or reference-lda, found '" + clustering.get() + "'");
            }
            settings = settings.withClustering(c);
        }
        if (unmix) {
            settings = settings.withUnmixing(true);
        }
        Path maps;
        Path spots;
        if (demo) {
            List<DemoDataset> d = context.services(DemoDataset.class);
            if (d.isEmpty()) {
                throw new UsageException("--demo: no demo dataset is installed");
            }
            maps = d.get(0).maps();
            spots = d.get(0).spots();
        } else {
            maps = mapsArg.orElseThrow(() -> new UsageException("missing option --maps (or --demo)"));
            spots = spotsArg.orElse(null);
        }
        Optional<Path> methodFile = MethodFile.fileName(args).map(Path::of);
        if (deadTime.isEmpty() && methodFile.isPresent() && settings.deadTimeNs() > 0) {
            // a re-run from run.json applies the dead time of the run it repeats (--dead-time-ns still wins)
            deadTime = Optional.of(settings.deadTimeNs());
        }
        if (spots == null && settings.fixedParameters().isEmpty() && methodFile.isPresent()) {
            // CLI.md: a run.json of an earlier quantify supplies its centres; its calibration is the
            // parameters.csv written beside it (run.json does not name it, so a re-run with spots fits anew)
            Path beside = methodFile.get().toAbsolutePath().normalize().resolveSibling("parameters.csv");
            if (Files.isRegularFile(beside)) {
                settings = settings.withFixedParameters(beside.toString(), settings.centres());
            }
        }
        if (spots == null && settings.fixedParameters().isEmpty()) {
            throw new UsageException("missing option --spots (needed unless --method-file fixes the parameters)");
        }
        PhaseList phaseList = null;
        if (phases.isPresent()) {
            phaseList = readPhases(phases.get());
            settings = settings.withPhases(phaseList.choices());
        }
        EpmaQuantifier quantifier = context.service(EpmaQuantifier.class, method, "--method");
        MapFormat mapFormat = mapFormat(context, maps, formats.isEmpty() ? null : formats.get(0));
        MapReadOptions options = MapReadOptions.defaults();
        if (deadTime.isPresent()) {
            options = options.withDeadTimeNs(deadTime.get());
            settings = settings.withDeadTimeNs(deadTime.get());
        }
        Monitor monitor = context.monitor();
        XrayMapSet mapSet = mapFormat.read(maps, options, monitor);
        SpotSet spotSet = null;
        SpotFormat spotFormat = null;
        if (spots != null) {
            spotFormat = spotFormat(context, spots, formats.size() > 1 ? formats.get(1) : null);
            spotSet = spotFormat.read(spots, monitor);
            if (phaseList != null) {
                phaseList.checkIds(spotSet);
            } else if (!settings.phases().isEmpty() && methodFile.isPresent()) {
                // the phase list of a method file (run.json of a run with --phases) must fit these spots too
                List<String> where = new ArrayList<>();
                for (int i = 0; i < settings.phases().size(); i++) {
                    where.add("field 'settings.phases[" + i + "].id'");
                }
                new PhaseList(methodFile.get(), settings.phases(), where).checkIds(spotSet);
            }
        }
        QuantifiedMaps q = quantifier.quantify(mapSet, spotSet, settings, monitor);
        try (OutputFolder folder = OutputFolder.open(out)) {
            Path staging = folder.file("run.json").getParent();
            QuantifiedMapsWriter.write(q, staging);
            // resolved settings: the thread count used, and the initial centres (§6) so that
            // --method-file run.json reuses them on a second map (§8.5)
            QuantifierSettings used = q.settings()
                    .withThreads(q.settings().threads() > 0 ? q.settings().threads() : Runtime.getRuntime().availableProcessors())
                    .withFixedParameters(q.settings().fixedParameters(), q.clustering().centres());
            RunRecord record = new RunRecord(context, args).settings(used);
            record.input("maps", maps);
            if (spots != null) {
                record.input("spots", spots);
            }
            if (phases.isPresent()) {
                record.input("phases", phases.get());
            }
            record.service("quantifier", quantifier).service("mapFormat", mapFormat);
            if (spotFormat != null) {
                record.service("spotFormat", spotFormat);
            }
            MapGeometry g = mapSet.geometry();
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("lines", g.lines());
            geometry.put("columns", g.columns());
            geometry.put("step_line_um", g.stepLineUm());
            geometry.put("step_column_um", g.stepColumnUm());
            geometry.put("start_mm", new double[] { g.originXmm(), g.originYmm(), g.originZmm() });
            geometry.put("line_axis", g.lineAxis().name());
            geometry.put("column_axis", g.columnAxis().name());
            record.put("geometry", geometry);
            record.put("exposureSecUA", mapSet.exposureSecUA());
            record.put("phaseOrder", q.phaseNames());
            record.put("membershipKind", q.membership().kind().label());
            record.put("clustering", q.clustering());
            record.put("centres", q.clustering().centres());
            // §8.3: β′ per guide-net tile (parameters.csv keeps the pooled β′ of CLI.md)
            Map<String, Object> tiles = new LinkedHashMap<>();
            tiles.put("rows", q.settings().tilesRows());
            tiles.put("cols", q.settings().tilesCols());
            tiles.put("beta", q.parameters().tileBetas());
            record.put("betaTiles", tiles);
            seed.ifPresent(s -> record.put("seed", s));
            record.diagnostics(q.diagnostics());
            record.write(folder);
            folder.commit();
        }
        for (String w : q.diagnostics().warnings()) {
            context.warn(w);
        }
        return Batch.OK;
    }

    private static MapFormat mapFormat(BatchContext context, Path maps, String id) throws UsageException, InputException {
        if (id != null) {
            return context.service(MapFormat.class, id, "--format");
        }
        if (!Files.exists(maps)) {
            throw new InputException(maps.toString(), null, "map folder not found");
        }
        for (MapFormat f : context.services(MapFormat.class)) {
            if (f.sniff(maps)) {
                return f;
            }
        }
        throw new InputException(maps.toString(), null, "no installed map format recognises this folder (see ./petrobench formats, or give --format)");
    }

    private static SpotFormat spotFormat(BatchContext context, Path spots, String id) throws UsageException, InputException {
        if (id != null) {
            return context.service(SpotFormat.class, id, "--format");
        }
        if (!Files.exists(spots)) {
            throw new InputException(spots.toString(), null, "spot folder not found");
        }
        for (SpotFormat f : context.services(SpotFormat.class)) {
            if (f.sniff(spots)) {
                return f;
            }
        }
        throw new InputException(spots.toString(), null, "no installed spot format recognises this folder (see ./petrobench formats, or give --format)");
    }

    /** A read phase list with the location of each row, for messages about its ids. */
    record PhaseList(Path file, List<QuantifierSettings.PhaseChoice> choices, List<String> idLocations) {

        /** §13 T4: a phase list naming a spot the spot data lacks is a bad input (exit 2). */
        void checkIds(SpotSet spots) throws InputException {
            Set<String> ids = new HashSet<>();
            spots.spots().forEach(s -> ids.add(s.id().trim()));
            for (int i = 0; i < choices.size(); i++) {
                String id = choices.get(i).id();
                if (!ids.contains(id)) {
                    throw new InputException(file.toString(), idLocations.get(i), "expected the id of a spot in "
                            + spots.source() + ", found '" + id + "' (no such spot)");
                }
            }
        }
    }

    /** §3.9: columns id, phase, use|used; other columns ignored so an edited spots.csv can be reused. */
    static PhaseList readPhases(Path file) throws InputException {
        CsvTable t = CsvTable.read(file);
        int id = t.requireColumn("id");
        int phase = t.requireColumn("phase");
        int use = t.columnIndex("use") >= 0 ? t.columnIndex("use") : t.columnIndex("used");
        if (use < 0) {
            throw new InputException(file.toString(), "header", "expected a column 'use' or 'used'");
        }
        List<QuantifierSettings.PhaseChoice> out = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String u = t.text(r, use).trim().toLowerCase(Locale.ROOT);
            boolean on;
            if (u.equals("true") || u.equals("1") || u.equals("yes")) {
                on = true;
            } else if (u.equals("false") || u.equals("0") || u.equals("no")) {
                on = false;
            } else {
                throw new InputException(file.toString(), t.location(r, use), "expected true or false, found '" + u + "'");
            }
            out.add(new QuantifierSettings.PhaseChoice(t.text(r, id).trim(), t.text(r, phase), on));
            where.add(t.location(r, id));
        }
        return new PhaseList(file, List.copyOf(out), List.copyOf(where));
    }
}
