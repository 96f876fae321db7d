package org.petrobench.epma.format.jeol.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapChannel;
import org.petrobench.epma.format.MapChannelReader;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/**
 * JEOL JXA-8230 map folders (EPMA.md §3.3): {@code {PROJECT}_{n}_MAP_{n}_csv/} with
 * {@code data00K.csv} + {@code data00K.cnd}, paired by stem.
 * <p>
 * Decisions (CONFIRM §16):
 * <ul>
 * <li>Dwell {@code $XM_AP_SA_DWELL_TIME%0} in ms; pixel size {@code $XM_AP_SA_PIXEL_SIZE%0} in µm,
 * the first value along X and the second (if any) along Y; a single value applies to both.</li>
 * <li>Orientation as the reference implementation: file lines advance with stage Y (+), columns
 * with stage X reversed (σ_C = −1), so the file has P_Y lines of P_X values. The origin is
 * {@code $XM_AP_SA_STAGE_POS%0_1}, which on the real JXA-8530F files in shared/data/jeol-real is
 * the corner at maximum X and minimum Y of the scanned area (centre ± half the extent), the
 * corner from which X decreases and Y increases. It is taken as the first pixel's centre (§3.7).
 * {@code MapReadOptions.lineAxis = X} makes lines advance with X (reversed) and columns with Y.</li>
 * <li>The CSV must have no header line (a header is reported as a non-numeric value).</li>
 * <li>{@code $XM_DATA_PROCESSED_DEAD_TIME} is not interpreted (unit unknown); a non-zero value is
 * a warning.</li>
 * </ul>
 */
@Component(service = MapFormat.class)
public final class Jxa8230MapFormat implements MapFormat {

    static final String ID = "jeol-jxa8230-map";
    private static final Pattern DATA_CSV = Pattern.compile("(data\\d+)\\.csv", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_CND = Pattern.compile("(data\\d+)\\.cnd", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "JEOL JXA-8230 map folder (data00N.csv + data00N.cnd)";
    }

    @Override
    public String reference() {
        return "JEOL JXA-8230 CSV map export; layout as read by qntmap (Yasumoto et al. 2018, Am. Mineral. 103:1690, "
                + "doi:10.2138/am-2018-6323CCBY); PetroBench EPMA.md §3.3";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("{PROJECT}_{n}_MAP_{n}_csv/data00K.csv + data00K.cnd ($KEY conditions)");
    }

    static boolean hasDataFiles(Path dir) {
        return Files.isDirectory(dir) && FolderDescent.files(dir).stream()
                .anyMatch(f -> DATA_CSV.matcher(f.getFileName().toString()).matches());
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        Path dir = FolderDescent.resolve(folderOrFile, Jxa8230MapFormat::hasDataFiles, null);
        if (!hasDataFiles(dir)) {
            return false;
        }
        for (Path f : FolderDescent.files(dir)) {
            Matcher m = DATA_CSV.matcher(f.getFileName().toString());
            if (m.matches()) {
                Path cnd = dir.resolve(m.group(1) + ".cnd");
                return Files.isRegularFile(cnd) && KeyConditions.looksLikeKeyFile(cnd);
            }
        }
        return false;
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path dir = FolderDescent.resolve(folderOrFile, Jxa8230MapFormat::hasDataFiles, diagnostics);
        if (!hasDataFiles(dir)) {
            throw new InputException(folderOrFile.toString(), null,
                    "expected a JEOL JXA-8230 map folder (data00K.csv + data00K.cnd), found no data*.csv");
        }
        TreeMap<String, Path> csvs = new TreeMap<>();
        TreeMap<String, Path> cnds = new TreeMap<>();
        for (Path f : FolderDescent.files(dir)) {
            String n = f.getFileName().toString();
            Matcher m = DATA_CSV.matcher(n);
            if (m.matches()) {
                csvs.put(m.group(1).toLowerCase(java.util.Locale.ROOT), f);
            }
            m = DATA_CND.matcher(n);
            if (m.matches()) {
                cnds.put(m.group(1).toLowerCase(java.util.Locale.ROOT), f);
            }
        }
        for (String stem : csvs.keySet()) {
            if (!cnds.containsKey(stem)) {
                throw new InputException(csvs.get(stem).toString(), null,
                        "expected its condition file " + stem + ".cnd beside it (paired by name), not found");
            }
        }
        for (String stem : cnds.keySet()) {
            if (!csvs.containsKey(stem)) {
                throw new InputException(cnds.get(stem).toString(), null,
                        "expected its map " + stem + ".csv beside it (paired by name), not found");
            }
        }
        List<ChannelConditions> conditions = new ArrayList<>();
        for (String stem : csvs.keySet()) {
            conditions.add(parse(cnds.get(stem), options, diagnostics));
        }
        ChannelConditions ref = ChannelConditions.reference(conditions);
        for (ChannelConditions c : conditions) {
            if (c != ref) {
                ref.checkAgreement(c, diagnostics);
            }
        }
        boolean lineAlongY = options.lineAxis() != StageAxis.X;
        int lines = lineAlongY ? ref.pointsY() : ref.pointsX();
        int columns = lineAlongY ? ref.pointsX() : ref.pointsY();
        List<MapChannel> channels = new ArrayList<>();
        int i = 0;
        for (String stem : csvs.keySet()) {
            ChannelConditions c = conditions.get(i++);
            boolean xray = c.type() == SignalType.XRAY;
            channels.add(new MapChannel(c.signal(), c.type(), csvs.get(stem), xray ? c.dwellS() : ref.dwellS(),
                    xray ? c.currentUA() : ref.currentUA(), 0,
                    ref.conditionsFile().getFileName() + " ($XM_AP_SA_PIXELS%0 " + ref.pointsX() + " " + ref.pointsY()
                            + (lineAlongY ? ": P_Y lines of P_X values" : ": P_X lines of P_Y values (lineAxis=X)") + ")"));
        }
        List<MapSignal> signals = MapChannelReader.read(channels, lines, columns, options, Double.NaN, diagnostics,
                monitor);
        double[] s = ref.startMm();
        double z = s.length > 2 ? s[2] : 0;
        MapGeometry geometry = lineAlongY
                ? new MapGeometry(lines, columns, s[0], s[1], z, ref.stepYUm(), ref.stepXUm(), StageAxis.Y, StageAxis.X, 1, -1)
                : new MapGeometry(lines, columns, s[0], s[1], z, ref.stepXUm(), ref.stepYUm(), StageAxis.X, StageAxis.Y, -1, 1);
        return new XrayMapSet(geometry, signals, ref.instrument(), ID, dir, diagnostics);
    }

    private static ChannelConditions parse(Path cnd, MapReadOptions options, Diagnostics diagnostics)
            throws InputException, IOException {
        KeyConditions c = KeyConditions.read(cnd);
        String ims = c.textOr("XM_ELEM_IMS_SIGNAL_TYPE%0", "").trim();
        String signal;
        SignalType type;
        if (!ims.isEmpty()) {
            signal = ims;
            type = SignalType.ELECTRON;
        } else {
            signal = c.text("XM_ELEM_NAME%0").trim();
            if (signal.isEmpty()) {
                throw new InputException(cnd.toString(), c.where("XM_ELEM_NAME%0"),
                        "expected an element symbol, found nothing");
            }
            type = options.isElectron(signal) ? SignalType.ELECTRON : SignalType.XRAY;
        }
        double processed = c.has("XM_DATA_PROCESSED_DEAD_TIME") ? c.number("XM_DATA_PROCESSED_DEAD_TIME", null) : 0;
        if (processed != 0) {
            diagnostics.warn(cnd + ": $XM_DATA_PROCESSED_DEAD_TIME " + processed
                    + " is not interpreted (unit unknown); counts are treated as raw");
        }
        double[] points = c.numbers("XM_AP_SA_PIXELS%0", 2, null);
        int px = ChannelConditions.count(points[0], cnd, "XM_AP_SA_PIXELS%0");
        int py = ChannelConditions.count(points[1], cnd, "XM_AP_SA_PIXELS%0");
        double dwellS = ChannelConditions.positive(c.number("XM_AP_SA_DWELL_TIME%0", Unit.MS), cnd,
                "XM_AP_SA_DWELL_TIME%0", "dwell time") * 1e-3;
        double currentUA = ChannelConditions.positive(c.number("XM_DATA_PROBE_CURRENT", Unit.A), cnd,
                "XM_DATA_PROBE_CURRENT", "probe current [A]") * 1e6;
        double[] size = c.numbers("XM_AP_SA_PIXEL_SIZE%0", 1, Unit.UM);
        double stepX = ChannelConditions.positive(size[0], cnd, "XM_AP_SA_PIXEL_SIZE%0", "pixel size [um]");
        double stepY = ChannelConditions.positive(size.length > 1 ? size[1] : size[0], cnd, "XM_AP_SA_PIXEL_SIZE%0",
                "pixel size [um]");
        double[] start = c.numbers("XM_AP_SA_STAGE_POS%0_1", 2, Unit.MM);
        return new ChannelConditions(cnd, signal, type, dwellS, currentUA, start, px, py, stepX, stepY,
                c.textOr("XM_ANALYSIS_INSTRUMENT", ""), new ChannelConditions.Keys("XM_AP_SA_DWELL_TIME%0",
                        "XM_DATA_PROBE_CURRENT", "XM_AP_SA_STAGE_POS%0_1", "XM_AP_SA_PIXELS%0", "XM_AP_SA_PIXEL_SIZE%0"));
    }
}
