package org.petrobench.cli.internal.epma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.cli.internal.OutputFolder;
import org.petrobench.cli.internal.RunRecord;
import org.petrobench.cli.internal.UsageException;
import org.petrobench.core.InputException;
import org.petrobench.core.io.AtomicWrite;
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.BulkComposition;
import org.petrobench.epma.PhaseDensities;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.Region;
import org.petrobench.epma.io.BulkCsv;
import org.petrobench.epma.io.QuantifiedFolder;

/**
 * {@code ./petrobench bulk} (CLI.md "From maps to the other methods"): density-weighted local bulk
 * compositions of regions of a {@code quantify} folder (EPMA.md §11, {@link BulkComposition}),
 * written in the {@code isocon --data} format. Provenance goes to {@code <out>.run.json}.
 */
@Component(service = BatchCommand.class)
public final class BulkCommand implements BatchCommand {

    @Override
    public String name() {
        return "bulk";
    }

    @Override
    public String summary() {
        return "density-weighted bulk compositions of map regions, as isocon input";
    }

    @Override
    public String usage() {
        return String.join("\n", "./petrobench bulk --quantified <dir> (--regions <csv> | --mask <png>) --out <csv> [--densities ...]",
                "  --quantified <dir>          output folder of ./petrobench quantify",
                "  --regions <csv>             columns name,region; region = rect:x0,y0,x1,y1 (inclusive pixels) or mask:<png>",
                "  --mask <png>                PNG of the map's size; each distinct opaque colour is a region named #RRGGBB",
                "  --out <csv>                 isocon input: sample,<oxide>_wt%,<oxide>_sd,density_g_cm3 (provenance in <csv>.run.json)",
                "  --densities <Ph>=<g/cm3>,.. phase densities; default from the phase name (Qtz 2.65, Grt 4.19, Bt 3.09, ...)");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        Path dir = args.requiredPath("quantified");
        Optional<Path> regionsCsv = args.path("regions");
        Optional<Path> mask = args.path("mask");
        Path out = args.requiredPath("out");
        List<String> densityText = args.list("densities");
        args.finish();
        OutputFolder.checkFile(out);
        if (regionsCsv.isPresent() == mask.isPresent()) {
            throw new UsageException("give exactly one of --regions <csv> or --mask <png>");
        }
        Map<String, Double> given = new LinkedHashMap<>();
        for (String d : densityText) {
            int eq = d.indexOf('=');
            double v;
            try {
                v = eq > 0 ? Double.parseDouble(d.substring(eq + 1).trim()) : Double.NaN;
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (eq <= 0 || !(v > 0) || Double.isInfinite(v)) {
                throw new UsageException("option --densities: expected <Phase>=<g/cm3> with a positive number, found '" + d + "'");
            }
            given.put(d.substring(0, eq).trim(), v);
        }
        QuantifiedFolder.Run run = QuantifiedInput.run(dir, context);
        for (String phase : given.keySet()) {
            if (!run.phaseOrder().contains(phase)) {
                throw new UsageException("option --densities: phase '" + phase + "' is not in the quantified folder (phases: "
                        + run.phaseOrder() + ")");
            }
        }
        double[] densities = PhaseDensities.resolve(run.phaseOrder(), given, "_", "--densities");
        int lines = run.geometry().lines();
        int columns = run.geometry().columns();
        List<Region> regions = new ArrayList<>();
        if (regionsCsv.isPresent()) {
            Path csv = regionsCsv.get();
            CsvTable t = CsvTable.read(csv);
            int cName = t.requireColumn("name");
            int cRegion = t.requireColumn("region");
            if (t.rowCount() == 0) {
                throw new InputException(csv.toString(), "line 2", "expected at least one region row");
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String name = t.text(r, cName).trim();
                if (name.isEmpty()) {
                    throw new InputException(csv.toString(), t.location(r, cName), "expected a region name");
                }
                // the names become isocon sample ids, which must be unique
                Integer before = seen.put(name, t.line(r));
                if (before != null) {
                    throw new InputException(csv.toString(), t.location(r, cName), "expected a unique region name, found '" + name
                            + "' already on line " + before);
                }
                regions.add(RegionSpec.parse(name, t.text(r, cRegion), lines, columns, csv + ": " + t.location(r, cRegion),
                        csv.toAbsolutePath().getParent()));
            }
        } else {
            regions.addAll(RegionSpec.colourRegions(mask.get(), lines, columns));
        }
        QuantifiedFolder folder = QuantifiedFolder.read(dir, run);
        QuantifiedMaps q = folder.toQuantifiedMaps();
        List<BulkComposition> rows = new ArrayList<>();
        for (Region r : regions) {
            if (r.size() == 0) {
                throw new InputException(regionsCsv.map(Path::toString).orElse(mask.map(Path::toString).orElse("")),
                        "region '" + r.name() + "'", "expected at least one pixel");
            }
            try {
                rows.add(BulkComposition.of(q, r, densities));
            } catch (IllegalArgumentException e) {
                throw new InputException(regionsCsv.map(Path::toString).orElse(mask.map(Path::toString).orElse("")),
                        "region '" + r.name() + "'", e.getMessage());
            }
        }
        BulkCsv.write(out, rows);
        RunRecord record = new RunRecord(context, args);
        record.input("quantified", dir);
        regionsCsv.ifPresent(p -> safeInput(record, "regions", p));
        mask.ifPresent(p -> safeInput(record, "mask", p));
        Map<String, Double> used = new LinkedHashMap<>();
        for (int k = 0; k < densities.length; k++) {
            used.put(run.phaseOrder().get(k), densities[k]);
        }
        record.put("densities", used);
        Path json = out.resolveSibling(out.getFileName() + ".run.json");
        AtomicWrite.bytes(json, o -> context.json().writeValue(o, record.tree()));
        return Batch.OK;
    }

    private static void safeInput(RunRecord record, String role, Path p) {
        try {
            record.input(role, p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
