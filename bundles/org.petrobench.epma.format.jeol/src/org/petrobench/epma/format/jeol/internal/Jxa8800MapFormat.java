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
 * JEOL JXA-8105/8800 map folders (EPMA.md §3.2): {@code .map/N/} with {@code K_map.txt} +
 * {@code K.cnd} pairs, paired by K (never by sort position, §15.8). Every {@code .cnd} is parsed
 * and must agree on dwell, current, pixels, step and start across the X-ray channels.
 * Orientation (§3.7): file lines advance with stage X, columns with stage Y, both positive, so
 * the file has P_X lines of P_Y values (CONFIRM on a non-square real map, §16);
 * {@code MapReadOptions.lineAxis = Y} swaps this.
 */
@Component(service = MapFormat.class)
public final class Jxa8800MapFormat implements MapFormat {

    static final String ID = "jeol-jxa8800-map";
    private static final Pattern MAP = Pattern.compile("(\\d+)_map\\.txt");
    private static final Pattern CND = Pattern.compile("(\\d+)\\.cnd");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "JEOL JXA-8105/8800 map folder (N_map.txt + N.cnd)";
    }

    @Override
    public String reference() {
        return "JEOL JXA-8105/8800 text map export; layout as read by qntmap (Yasumoto et al. 2018, "
                + "Am. Mineral. 103:1690, doi:10.2138/am-2018-6323CCBY); PetroBench EPMA.md §3.2";
    }

    @Override
    public List<String> filePatterns() {
        return List.of(".map/N/K_map.txt + K.cnd ($KEY conditions)");
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        Path dir = FolderDescent.resolve(folderOrFile, Jxa8800MapFormat::hasMapFiles, null);
        if (!hasMapFiles(dir)) {
            return false;
        }
        for (Path f : FolderDescent.files(dir)) {
            Matcher m = MAP.matcher(f.getFileName().toString());
            if (m.matches()) {
                Path cnd = dir.resolve(m.group(1) + ".cnd");
                return Files.isRegularFile(cnd) && KeyConditions.looksLikeKeyFile(cnd);
            }
        }
        return false;
    }

    static boolean hasMapFiles(Path dir) {
        return Files.isDirectory(dir)
                && FolderDescent.files(dir).stream().anyMatch(f -> MAP.matcher(f.getFileName().toString()).matches());
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path dir = FolderDescent.resolve(folderOrFile, Jxa8800MapFormat::hasMapFiles, diagnostics);
        if (!hasMapFiles(dir)) {
            throw new InputException(folderOrFile.toString(), null,
                    "expected a JEOL map folder (.map/N/ with K_map.txt + K.cnd), found no *_map.txt");
        }
        TreeMap<Integer, Path> maps = new TreeMap<>();
        TreeMap<Integer, Path> cnds = new TreeMap<>();
        for (Path f : FolderDescent.files(dir)) {
            String n = f.getFileName().toString();
            Matcher m = MAP.matcher(n);
            if (m.matches()) {
                maps.put(Integer.parseInt(m.group(1)), f);
            }
            m = CND.matcher(n);
            if (m.matches()) {
                cnds.put(Integer.parseInt(m.group(1)), f);
            }
        }
        for (Integer k : maps.keySet()) {
            if (!cnds.containsKey(k)) {
                throw new InputException(maps.get(k).toString(), null,
                        "expected its condition file " + k + ".cnd beside it (map and .cnd files are paired by number), not found");
            }
        }
        for (Integer k : cnds.keySet()) {
            if (!maps.containsKey(k) && k != 0) {
                throw new InputException(cnds.get(k).toString(), null,
                        "expected its map " + k + "_map.txt beside it (map and .cnd files are paired by number), not found");
            }
        }
        List<ChannelConditions> conditions = new ArrayList<>();
        for (Integer k : maps.keySet()) {
            conditions.add(parse(cnds.get(k), options));
        }
        ChannelConditions ref = ChannelConditions.reference(conditions);
        if (Double.isNaN(ref.dwellS()) || Double.isNaN(ref.currentUA()) || Double.isNaN(ref.stepXUm())
                || Double.isNaN(ref.startMm()[0])) {
            throw new InputException(ref.conditionsFile().toString(), "keys $XM_DWELL_TIME $CM_CURRENT $XM_STEP_SIZE $XM_MAP_START",
                    "expected dwell, current, step and start (no X-ray channel supplies them), found some missing");
        }
        for (ChannelConditions c : conditions) {
            if (c != ref) {
                ref.checkAgreement(c, diagnostics);
            }
        }
        boolean lineAlongX = options.lineAxis() != StageAxis.Y;
        int lines = lineAlongX ? ref.pointsX() : ref.pointsY();
        int columns = lineAlongX ? ref.pointsY() : ref.pointsX();
        List<MapChannel> channels = new ArrayList<>();
        int i = 0;
        for (Integer k : maps.keySet()) {
            ChannelConditions c = conditions.get(i++);
            channels.add(new MapChannel(c.signal(), c.type(), maps.get(k), c.type() == SignalType.XRAY ? c.dwellS() : ref.dwellS(),
                    c.type() == SignalType.XRAY ? c.currentUA() : ref.currentUA(), 0,
                    ref.conditionsFile().getFileName() + " ($" + ref.keys().points() + " " + ref.pointsX() + " "
                            + ref.pointsY() + (lineAlongX ? ": P_X lines of P_Y values" : ": P_Y lines of P_X values (lineAxis=Y)") + ")"));
        }
        List<MapSignal> signals = MapChannelReader.read(channels, lines, columns, options, Double.NaN, diagnostics,
                monitor);
        double[] s = ref.startMm();
        MapGeometry geometry = lineAlongX
                ? MapGeometry.lineAlongX(lines, columns, s[0], s[1], s.length > 2 ? s[2] : 0, ref.stepXUm(), ref.stepYUm())
                : new MapGeometry(lines, columns, s[0], s[1], s.length > 2 ? s[2] : 0, ref.stepYUm(), ref.stepXUm(),
                        StageAxis.Y, StageAxis.X, 1, 1);
        return new XrayMapSet(geometry, signals, ref.instrument(), ID, dir, diagnostics);
    }

    private static ChannelConditions parse(Path cnd, MapReadOptions options) throws InputException, IOException {
        KeyConditions c = KeyConditions.read(cnd);
        String signal = c.text("XM_ELEMENT").trim();
        if (signal.isEmpty()) {
            throw new InputException(cnd.toString(), c.where("XM_ELEMENT"), "expected an element or signal name, found nothing");
        }
        SignalType type = options.isElectron(signal) ? SignalType.ELECTRON : SignalType.XRAY;
        double[] points = c.numbers("XM_POINTS", 2, null);
        int px = ChannelConditions.count(points[0], cnd, "XM_POINTS");
        int py = ChannelConditions.count(points[1], cnd, "XM_POINTS");
        boolean strict = type == SignalType.XRAY;
        double dwellS = strict || c.has("XM_DWELL_TIME")
                ? ChannelConditions.positive(c.number("XM_DWELL_TIME", Unit.MS), cnd, "XM_DWELL_TIME", "dwell time") * 1e-3
                : Double.NaN;
        double currentUA = strict || c.has("CM_CURRENT")
                ? ChannelConditions.positive(c.number("CM_CURRENT", Unit.A), cnd, "CM_CURRENT", "probe current [A]") * 1e6
                : Double.NaN;
        double[] step = strict || c.has("XM_STEP_SIZE") ? c.numbers("XM_STEP_SIZE", 1, Unit.UM) : new double[] { Double.NaN };
        double stepX = step[0];
        double stepY = step.length > 1 ? step[1] : step[0];
        if (strict) {
            ChannelConditions.positive(stepX, cnd, "XM_STEP_SIZE", "step [um]");
            ChannelConditions.positive(stepY, cnd, "XM_STEP_SIZE", "step [um]");
        }
        double[] start = strict || c.has("XM_MAP_START") ? c.numbers("XM_MAP_START", 2, Unit.MM) : new double[] { Double.NaN, Double.NaN };
        return new ChannelConditions(cnd, signal, type, dwellS, currentUA, start, px, py, stepX, stepY,
                c.textOr("CM_INSTRUMENT", ""), new ChannelConditions.Keys("XM_DWELL_TIME", "CM_CURRENT",
                        "XM_MAP_START", "XM_POINTS", "XM_STEP_SIZE"));
    }
}
