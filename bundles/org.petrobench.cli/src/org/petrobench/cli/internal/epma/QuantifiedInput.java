package org.petrobench.cli.internal.epma;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.petrobench.cli.internal.BatchContext;
import org.petrobench.core.InputException;
import org.petrobench.epma.Membership;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.io.QuantifiedFolder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Opens a {@code quantify} output folder for {@code profile} and {@code bulk}: reads its run.json
 * (geometry, exposure, phase order, membership kind) and hands the rest to
 * {@link QuantifiedFolder}. A missing or incomplete run.json is an input error naming the field.
 */
final class QuantifiedInput {

    private QuantifiedInput() {
    }

    static QuantifiedFolder open(Path dir, BatchContext context) throws InputException {
        return QuantifiedFolder.read(dir, run(dir, context));
    }

    static QuantifiedFolder.Run run(Path dir, BatchContext context) throws InputException {
        Path file = dir.resolve("run.json");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), null, "quantified folder not found (expected the --out folder of ./petrobench quantify)");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), null, "file not found (expected in a quantify output folder)");
        }
        JsonNode root;
        try {
            root = context.json().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), "line " + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
        JsonNode g = require(root, "geometry", file);
        int lines = positiveInt(g, "lines", file);
        int columns = positiveInt(g, "columns", file);
        double stepLine = positive(g, "step_line_um", file);
        double stepColumn = positive(g, "step_column_um", file);
        double[] start = new double[3];
        JsonNode s = g.get("start_mm");
        for (int i = 0; s != null && s.isArray() && i < Math.min(3, s.size()); i++) {
            start[i] = s.get(i).asDouble();
        }
        StageAxis lineAxis = axis(g, "line_axis", StageAxis.X, file);
        StageAxis columnAxis = axis(g, "column_axis", lineAxis == StageAxis.X ? StageAxis.Y : StageAxis.X, file);
        MapGeometry geometry;
        try {
            geometry = new MapGeometry(lines, columns, start[0], start[1], start[2], stepLine, stepColumn, lineAxis, columnAxis, 1, 1);
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), "field 'geometry'", e.getMessage());
        }
        JsonNode order = require(root, "phaseOrder", file);
        if (!order.isArray() || order.isEmpty()) {
            throw new InputException(file.toString(), "field 'phaseOrder'", "expected a non-empty list of phase names");
        }
        List<String> phases = new ArrayList<>();
        order.forEach(n -> phases.add(n.asText()));
        double exposure = root.path("exposureSecUA").asDouble(Double.NaN);
        if (!(exposure > 0)) {
            throw new InputException(file.toString(), "field 'exposureSecUA'", "expected a positive map exposure in s·µA");
        }
        String kind = root.path("membershipKind").asText("posterior");
        Membership.Kind k = kind.equals(Membership.Kind.AREA_FRACTION.label()) ? Membership.Kind.AREA_FRACTION : Membership.Kind.POSTERIOR;
        return new QuantifiedFolder.Run(geometry, exposure, List.copyOf(phases), k);
    }

    private static JsonNode require(JsonNode n, String field, Path file) throws InputException {
        return require(n, field, field, file);
    }

    private static JsonNode require(JsonNode n, String field, String shown, Path file) throws InputException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new InputException(file.toString(), "field '" + shown + "'", "missing (expected run.json of ./petrobench quantify)");
        }
        return v;
    }

    private static int positiveInt(JsonNode g, String field, Path file) throws InputException {
        JsonNode v = require(g, field, "geometry." + field, file);
        if (!v.canConvertToInt() || v.asInt() <= 0) {
            throw new InputException(file.toString(), "field 'geometry." + field + "'", "expected a positive integer, found " + v);
        }
        return v.asInt();
    }

    private static double positive(JsonNode g, String field, Path file) throws InputException {
        JsonNode v = require(g, field, "geometry." + field, file);
        if (!v.isNumber() || !(v.asDouble() > 0)) {
            throw new InputException(file.toString(), "field 'geometry." + field + "'", "expected a positive number, found " + v);
        }
        return v.asDouble();
    }

    private static StageAxis axis(JsonNode g, String field, StageAxis fallback, Path file) throws InputException {
        JsonNode v = g.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        try {
            return StageAxis.valueOf(v.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), "field 'geometry." + field + "'", "expected X or Y, found " + v);
        }
    }
}
