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
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.io.AtomicWrite;
import org.petrobench.epma.Membership;
import org.petrobench.epma.Region;
import org.petrobench.epma.StructuralFormula;
import org.petrobench.epma.Transect;
import org.petrobench.epma.io.ProfileCsv;
import org.petrobench.epma.io.QuantifiedFolder;

/**
 * {@code ./petrobench profile} (CLI.md "From maps to the other methods"): a transect through the
 * wt maps of a {@code quantify} folder (EPMA.md §11) written as a {@code ptpath} profile:
 * {@code distance_um}, the host's structural-formula components (Grt.Xalm … from a 12-O recast of
 * each station's mean; for a host without components its oxide wt% as {@code <Host>.<oxide>}),
 * and for every {@code --with} phase its mean over the region, recast likewise, on every row.
 * Provenance goes to {@code <out>.run.json} beside the CSV.
 */
@Component(service = BatchCommand.class)
public final class ProfileCommand implements BatchCommand {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String summary() {
        return "sample quantified maps along a line into a ptpath zoning profile";
    }

    @Override
    public String usage() {
        return String.join("\n", "./petrobench profile --quantified <dir> --line <x0,y0,x1,y1> --host <Phase> --out <csv> [options]",
                "  --quantified <dir>      output folder of ./petrobench quantify",
                "  --line <x0,y0,x1,y1,...> polyline in pixels (x = column, y = line, 0-based); more pairs add vertices",
                "  --host <Phase>          host phase: only pixels with membership >= 0.5 are used",
                "  --out <csv>             profile CSV in the ptpath input format (provenance in <csv>.run.json)",
                "  --width <px>            pixels averaged across the line (default 1)",
                "  --with <Phase>=<region> mean composition of a phase over rect:x0,y0,x1,y1 or mask:<png> (repeatable)",
                "  --step-um <um>          station spacing in um (default one pixel step; pixel size from run.json)");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        Path dir = args.requiredPath("quantified");
        String lineText = args.required("line");
        String host = args.required("host");
        Path out = args.requiredPath("out");
        double widthPx = args.number("width", 0, 1e6).orElse(1.0);
        List<String> with = args.all("with");
        Optional<Double> stepUm = args.number("step-um", 1e-9, 1e9);
        args.finish();
        OutputFolder.checkFile(out);
        double[] v = numbers(lineText);
        QuantifiedFolder folder = QuantifiedInput.open(dir, context);
        List<String> phases = folder.phases();
        int hostIndex = phases.indexOf(host);
        if (hostIndex < 0) {
            throw new UsageException("option --host: phase '" + host + "' is not in the quantified folder (phases: " + phases + ")");
        }
        int lines = folder.geometry().lines();
        int columns = folder.geometry().columns();
        int nv = v.length / 2;
        double[] xs = new double[nv];
        double[] ys = new double[nv];
        for (int i = 0; i < nv; i++) {
            xs[i] = v[2 * i];
            ys[i] = v[2 * i + 1];
            if (xs[i] < 0 || xs[i] > columns - 1 || ys[i] < 0 || ys[i] > lines - 1) {
                throw new UsageException("option --line: vertex (" + xs[i] + ", " + ys[i] + ") lies outside the map (x 0.."
                        + (columns - 1) + ", y 0.." + (lines - 1) + ")");
            }
        }
        double delta = Math.min(folder.geometry().stepLineUm(), folder.geometry().stepColumnUm());
        List<String> oxides = folder.oxides();
        Transect t = Transect.sample(folder.wt(), oxides, folder.membership(), hostIndex, folder.geometry(), xs, ys,
                widthPx * delta, stepUm.orElse(Double.NaN));
        List<String> columnsOut = new ArrayList<>();
        Optional<StructuralFormula> hostRecast = StructuralFormula.of(host, oxides);
        List<String> hostComponents = hostRecast.map(StructuralFormula::componentNames).orElse(oxides);
        String hostPrefix = hostRecast.isPresent() ? StructuralFormula.basePhase(host) : host;
        hostComponents.forEach(c -> columnsOut.add(hostPrefix + "." + c));
        List<double[]> withValues = new ArrayList<>();
        for (String w : with) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("option --with: expected <Phase>=<region>, found '" + w + "'");
            }
            String phase = w.substring(0, eq).trim();
            int k = phases.indexOf(phase);
            if (k < 0) {
                throw new UsageException("option --with: phase '" + phase + "' is not in the quantified folder (phases: " + phases + ")");
            }
            Region r = RegionSpec.parse(phase, w.substring(eq + 1), lines, columns, "--with " + w, null);
            double[] mean = regionMean(folder, k, r);
            Optional<StructuralFormula> sf = StructuralFormula.of(phase, oxides);
            String prefix = sf.isPresent() ? StructuralFormula.basePhase(phase) : phase;
            if (sf.isPresent()) {
                double[] x = sf.get().recast(mean, new double[sf.get().componentNames().size()]);
                sf.get().componentNames().forEach(c -> columnsOut.add(prefix + "." + c));
                withValues.add(x);
            } else {
                oxides.forEach(o -> columnsOut.add(prefix + "." + o));
                withValues.add(mean);
            }
        }
        int rows = t.stations();
        double[][] values = new double[rows][columnsOut.size()];
        double[] scratch = new double[hostComponents.size()];
        for (int s = 0; s < rows; s++) {
            double[] m = t.mean()[s];
            double[] h = t.n()[s] == 0 ? nan(hostComponents.size())
                    : hostRecast.isPresent() ? hostRecast.get().recast(m, scratch) : m;
            int c = 0;
            for (double x : h) {
                values[s][c++] = x;
            }
            for (double[] wv : withValues) {
                for (double x : wv) {
                    values[s][c++] = x;
                }
            }
        }
        ProfileCsv.write(out, t.distanceUm(), columnsOut, values);
        RunRecord record = new RunRecord(context, args);
        record.input("quantified", dir);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("host", host);
        settings.put("line", v);
        settings.put("width_px", widthPx);
        settings.put("step_um", stepUm.orElse(delta));
        settings.put("with", with);
        record.settings(settings);
        // also top-level, where earlier versions wrote them
        record.put("host", host).put("line", v).put("width_px", widthPx).put("step_um", stepUm.orElse(delta)).put("with", with);
        record.put("stations", rows).put("stationsWithData", java.util.Arrays.stream(t.n()).filter(n -> n > 0).count());
        Path json = out.resolveSibling(out.getFileName() + ".run.json");
        AtomicWrite.bytes(json, o -> context.json().writeValue(o, record.tree()));
        return Batch.OK;
    }

    private static double[] nan(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, Double.NaN);
        return d;
    }

    /**
     * Mean wt of a phase over a region: pixels of the region with membership ≥ 0.5 of the phase
     * (the transect's host rule) and data.
     */
    static double[] regionMean(QuantifiedFolder f, int phase, Region r) throws DataException {
        Membership m = f.membership();
        float[][] wt = f.wt();
        double[] s = new double[wt.length];
        int n = 0;
        for (int i = 0; i < m.pixels(); i++) {
            if (!r.contains(i) || !m.hasData(i) || !(m.value(phase, i) >= 0.5f)) {
                continue;
            }
            boolean ok = true;
            for (float[] w : wt) {
                ok &= !Float.isNaN(w[i]);
            }
            if (!ok) {
                continue;
            }
            n++;
            for (int e = 0; e < wt.length; e++) {
                s[e] += wt[e][i];
            }
        }
        if (n == 0) {
            throw new DataException("--with " + f.phases().get(phase) + "=" + r.name() + ": the region holds no pixel with membership >= 0.5 of "
                    + f.phases().get(phase));
        }
        for (int e = 0; e < s.length; e++) {
            s[e] /= n;
        }
        return s;
    }

    private static double[] numbers(String text) throws UsageException {
        String[] f = text.split(",");
        if (f.length < 4 || f.length % 2 != 0) {
            throw new UsageException("option --line: expected x0,y0,x1,y1 (pairs of pixel coordinates), found '" + text + "'");
        }
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            try {
                v[i] = Double.parseDouble(f[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("option --line: expected a number, found '" + f[i].trim() + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw new UsageException("option --line: expected a finite number, found '" + f[i].trim() + "'");
            }
        }
        return v;
    }
}
