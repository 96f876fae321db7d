package org.petrobench.cli.internal.pt;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ThermodynamicModel;

/**
 * {@code ./petrobench models} (CLI.md "Listing plug-ins"): one CSV row per installed
 * {@link ThermodynamicModel} service — id, name, kind, phases, reference, validity — plus status,
 * the variables it requires and its parameters with defaults (CLI.md: "lists each model's
 * parameters with defaults"). A newly installed bundle's models appear with no other change.
 */
@Component(service = BatchCommand.class)
public final class ModelsCommand implements BatchCommand {

    private static final double KELVIN = 273.15;

    @Override
    public String name() {
        return "models";
    }

    @Override
    public String summary() {
        return "list the installed thermodynamic models (thermometers, barometers, ...) with their parameters";
    }

    @Override
    public String usage() {
        return String.join("\n", "./petrobench models",
                "  prints CSV: id,name,kind,phases,reference,validity,status,requires,parameters",
                "  phases and requires are joined by ';'; parameters as name=default [choices or range unit]");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws IOException, org.petrobench.cli.internal.UsageException {
        args.finish();
        Writer w = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
        write(context.services(ThermodynamicModel.class), w);
        w.flush();
        return Batch.OK;
    }

    static void write(List<ThermodynamicModel> models, Writer w) throws IOException {
        CsvWriter csv = new CsvWriter(w);
        csv.row("id", "name", "kind", "phases", "reference", "validity", "status", "requires", "parameters");
        for (ThermodynamicModel m : models) {
            List<String> params = new ArrayList<>();
            for (ModelParameter p : m.parameters()) {
                params.add(p.name() + "=" + p.defaultText() + " ["
                        + (p.isNumeric() ? p.min() + ".." + p.max() + (p.unit().isEmpty() ? "" : " " + p.unit())
                                : String.join("|", p.choices()))
                        + "]");
            }
            String status = m.status().name().toLowerCase(Locale.ROOT)
                    + (m.statusNote().isEmpty() ? "" : ": " + m.statusNote());
            csv.row(m.id(), m.name(), m.kind().label(), String.join(";", m.phases()), m.reference(), validity(m.validityBox()),
                    status, String.join(";", m.requires()), String.join("; ", params));
        }
    }

    /** "P 2–6 kbar; T 550–800 °C" from {pMinBar, pMaxBar, tMinK, tMaxK}, open sides as ≥/≤, empty when all open. */
    static String validity(double[] box) {
        List<String> parts = new ArrayList<>();
        String p = range(box[0] / 1000, box[1] / 1000, "kbar");
        String t = range(box[2] - KELVIN, box[3] - KELVIN, "°C");
        if (!p.isEmpty()) {
            parts.add("P " + p);
        }
        if (!t.isEmpty()) {
            parts.add("T " + t);
        }
        return String.join("; ", parts);
    }

    private static String range(double lo, double hi, String unit) {
        boolean l = !Double.isNaN(lo);
        boolean h = !Double.isNaN(hi);
        if (l && h) {
            return fmt(lo) + "–" + fmt(hi) + " " + unit;
        }
        if (l) {
            return "≥ " + fmt(lo) + " " + unit;
        }
        return h ? "≤ " + fmt(hi) + " " + unit : "";
    }

    /** Whole numbers without decimals; a K→°C conversion leaves ~1e-13 residue (1073.15 − 273.15), hence the tolerance. */
    static String fmt(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
