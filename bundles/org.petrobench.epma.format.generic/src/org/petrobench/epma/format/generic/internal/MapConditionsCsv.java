package org.petrobench.epma.format.generic.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.format.MapChannel;
import org.petrobench.epma.format.MapReadOptions;

/**
 * {@code conditions_xmap.csv} (EPMA.md §3.5): one row per signal with
 * {@code Element, File path, Instrument, Dwell [msec], Probe current [A], Start X [mm],
 * Start Y [mm], Step size [um], Steps X, Steps Y, dead time [ns]}. Row 1 carries the conditions;
 * later rows may leave them blank, and any value they give must equal row 1's. Paths are relative
 * to the CSV. Optional columns: {@code Step size Y [um]}, {@code Line axis} (X default),
 * {@code Direction X}, {@code Direction Y} (±1), {@code Signal type} (xray/electron),
 * {@code Dead time already applied [ns]}.
 */
final class MapConditionsCsv {

    static final String[] SHARED = { "Instrument", "Dwell [msec]", "Probe current [A]", "Start X [mm]",
            "Start Y [mm]", "Step size [um]", "Steps X", "Steps Y", "dead time [ns]" };
    static final String[] OPTIONAL_SHARED = { "Step size Y [um]", "Line axis", "Direction X", "Direction Y",
            "Dead time already applied [ns]" };

    final Path csv;
    final CsvTable table;
    final String instrument;
    final MapGeometry geometry;
    final double deadTimeNs;
    final List<MapChannel> channels;

    private MapConditionsCsv(Path csv, CsvTable table, String instrument, MapGeometry geometry, double deadTimeNs,
            List<MapChannel> channels) {
        this.csv = csv;
        this.table = table;
        this.instrument = instrument;
        this.geometry = geometry;
        this.deadTimeNs = deadTimeNs;
        this.channels = channels;
    }

    static MapConditionsCsv read(Path csv, MapReadOptions options) throws InputException {
        CsvTable t = CsvTable.read(csv);
        if (t.rowCount() == 0) {
            throw new InputException(csv.toString(), "line 2", "expected one row per map signal, found none");
        }
        int cElement = t.requireColumn("Element");
        int cPath = t.requireColumn("File path");
        for (String c : SHARED) {
            t.requireColumn(c);
        }
        for (String c : SHARED) {
            checkSame(t, t.columnIndex(c));
        }
        for (String c : OPTIONAL_SHARED) {
            if (t.columnIndex(c) >= 0) {
                checkSame(t, t.columnIndex(c));
            }
        }
        String instrument = t.text(0, t.columnIndex("Instrument"));
        double dwellS = positive(t, "Dwell [msec]") * 1e-3;
        double currentUA = positive(t, "Probe current [A]") * 1e6;
        double startX = t.number(0, t.columnIndex("Start X [mm]"));
        double startY = t.number(0, t.columnIndex("Start Y [mm]"));
        double stepX = positive(t, "Step size [um]");
        double stepY = t.columnIndex("Step size Y [um]") >= 0 && !t.isBlank(0, t.columnIndex("Step size Y [um]"))
                ? positive(t, "Step size Y [um]")
                : stepX;
        int stepsX = count(t, "Steps X");
        int stepsY = count(t, "Steps Y");
        double tauNs = t.numberOrNaN(0, t.columnIndex("dead time [ns]"));
        if (tauNs < 0) {
            throw new InputException(csv.toString(), t.location(0, t.columnIndex("dead time [ns]")),
                    "expected a dead time >= 0 ns, found " + tauNs);
        }
        double appliedNs = 0;
        int cApplied = t.columnIndex("Dead time already applied [ns]");
        if (cApplied >= 0 && !t.isBlank(0, cApplied)) {
            appliedNs = t.number(0, cApplied);
            if (appliedNs < 0) {
                throw new InputException(csv.toString(), t.location(0, cApplied), "expected a dead time >= 0 ns");
            }
        }
        StageAxis lineAxis = StageAxis.X;
        int cAxis = t.columnIndex("Line axis");
        if (cAxis >= 0 && !t.isBlank(0, cAxis)) {
            lineAxis = StageAxis.parse(t.text(0, cAxis));
            if (lineAxis == null) {
                throw new InputException(csv.toString(), t.location(0, cAxis), "expected X or Y, found '" + t.text(0, cAxis) + "'");
            }
        }
        if (options.lineAxis() != null) {
            lineAxis = options.lineAxis();
        }
        int signX = sign(t, "Direction X");
        int signY = sign(t, "Direction Y");
        MapGeometry geometry = lineAxis == StageAxis.X
                ? new MapGeometry(stepsX, stepsY, startX, startY, 0, stepX, stepY, StageAxis.X, StageAxis.Y, signX, signY)
                : new MapGeometry(stepsY, stepsX, startX, startY, 0, stepY, stepX, StageAxis.Y, StageAxis.X, signY, signX);
        int cType = t.columnIndex("Signal type");
        Path base = csv.toAbsolutePath().getParent();
        List<MapChannel> channels = new ArrayList<>();
        String sizeSource = csv.getFileName() + " (Steps X " + stepsX + ", Steps Y " + stepsY + ", line axis " + lineAxis + ")";
        for (int r = 0; r < t.rowCount(); r++) {
            String name = t.text(r, cElement);
            if (name.isEmpty()) {
                throw new InputException(csv.toString(), t.location(r, cElement), "expected an element or signal name");
            }
            String file = t.text(r, cPath);
            if (file.isEmpty()) {
                throw new InputException(csv.toString(), t.location(r, cPath), "expected the path of the map file");
            }
            SignalType type = options.isElectron(name) ? SignalType.ELECTRON : SignalType.XRAY;
            if (cType >= 0 && !t.isBlank(r, cType)) {
                String v = t.text(r, cType).toLowerCase(Locale.ROOT);
                type = switch (v) {
                    case "xray", "x-ray" -> SignalType.XRAY;
                    case "electron" -> SignalType.ELECTRON;
                    default -> throw new InputException(csv.toString(), t.location(r, cType),
                            "expected xray or electron, found '" + t.text(r, cType) + "'");
                };
            }
            Path mapFile = base.resolve(file.replace('\\', '/')).normalize();
            channels.add(new MapChannel(name, type, mapFile, dwellS, currentUA,
                    type == SignalType.XRAY ? appliedNs * 1e-9 : 0, sizeSource));
        }
        return new MapConditionsCsv(csv, t, instrument, geometry, tauNs, channels);
    }

    private static void checkSame(CsvTable t, int c) throws InputException {
        String first = t.text(0, c);
        for (int r = 1; r < t.rowCount(); r++) {
            String v = t.text(r, c);
            if (v.isEmpty() || v.equals(first)) {
                continue;
            }
            boolean equal = false;
            try {
                equal = !first.isEmpty() && Double.parseDouble(v) == Double.parseDouble(first);
            } catch (NumberFormatException e) {
                equal = false;
            }
            if (!equal) {
                throw new InputException(t.source(), t.location(r, c),
                        "expected blank or the value of line " + t.line(0) + " ('" + first + "'), found '" + v + "'");
            }
        }
    }

    private static double positive(CsvTable t, String column) throws InputException {
        int c = t.columnIndex(column);
        double v = t.number(0, c);
        if (!(v > 0)) {
            throw new InputException(t.source(), t.location(0, c), "expected a positive number, found " + t.text(0, c));
        }
        return v;
    }

    private static int count(CsvTable t, String column) throws InputException {
        int c = t.columnIndex(column);
        double v = t.number(0, c);
        if (!(v >= 1) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new InputException(t.source(), t.location(0, c), "expected a positive whole pixel count, found " + t.text(0, c));
        }
        return (int) v;
    }

    private static int sign(CsvTable t, String column) throws InputException {
        int c = t.columnIndex(column);
        if (c < 0 || t.isBlank(0, c)) {
            return 1;
        }
        double v = t.number(0, c);
        if (v != 1 && v != -1) {
            throw new InputException(t.source(), t.location(0, c), "expected 1 or -1, found " + t.text(0, c));
        }
        return (int) v;
    }
}
