package org.petrobench.epma.format.jeol.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.DeadTime;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.StageAxis;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapChannelReader;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/**
 * JEOL raw binary maps (EPMA.md §3.3b): one headerless big-endian {@code N.map} (or
 * {@code data00N.map}) per signal beside a condition file.
 * <ul>
 * <li>JXA-8800 era: one {@code 0.cnd} in "value description" form for the whole run. "Data Byte
 * Length [2:16bit / 4:32bit]" gives unsigned 16- or 32-bit integers (8 = 64-bit floats); map N is
 * the N-th "Element Name No.i-Seq.j" block counted across sequences; dwell "[msec]", probe current
 * "Probe Current Avg, Before After [A]" (the average), steps "[um]" and start "[mm]" come from the
 * same file.</li>
 * <li>JXA-8530F/8230 era: {@code data00N.cnd} in {@code $KEY} form beside each
 * {@code data00N.map}, keys as for {@code jeol-jxa8230-map}. These files state no sample size:
 * <b>Decision</b> (CONFIRM §16) it is taken from the file size, which must be 2 or 4 bytes per
 * pixel (unsigned), with an info message; the orientation is that of the 8800 era below (the
 * real 8530F binaries were too large to check).</li>
 * </ul>
 * Layout, confirmed on the real {@code 7.map} of shared/data/jeol-real: steps_X rows (slow index)
 * of steps_Y values (fast index), i.e. lines advance with stage X as in the text exports. The file
 * size must equal steps_X × steps_Y × bytes (exit 2 naming the file and both sizes).
 */
@Component(service = MapFormat.class)
public final class RawMapFormat implements MapFormat {

    static final String ID = "jeol-raw-map";
    private static final Pattern MAP = Pattern.compile("(\\d+|data\\d+)\\.map", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELEMENT = Pattern.compile("Element Name No\\.\\s*\\d+");
    private static final Pattern SIGNAL = Pattern.compile("Signal Name \\[W:WDS");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "JEOL raw binary maps (N.map + 0.cnd, or data00N.map + data00N.cnd)";
    }

    @Override
    public String reference() {
        return "JEOL JXA-8800/8530F binary map files (big-endian unsigned integers); layout checked on the "
                + "misasa/jxmap test files (Okayama Univ., IPM Misasa); PetroBench EPMA.md §3.3b";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("N.map + 0.cnd (value description)", "data00N.map + data00N.cnd ($KEY)");
    }

    static boolean hasMaps(Path dir) {
        return Files.isDirectory(dir)
                && FolderDescent.files(dir).stream().anyMatch(f -> MAP.matcher(f.getFileName().toString()).matches());
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        Path dir = FolderDescent.resolve(folderOrFile, RawMapFormat::hasMaps, null);
        if (!hasMaps(dir)) {
            return false;
        }
        for (Path f : FolderDescent.files(dir)) {
            Matcher m = MAP.matcher(f.getFileName().toString());
            if (m.matches()) {
                Path own = dir.resolve(stem(f) + ".cnd");
                if (Files.isRegularFile(own) && KeyConditions.looksLikeKeyFile(own)) {
                    return true;
                }
                Path run = dir.resolve("0.cnd");
                return Files.isRegularFile(run) && !KeyConditions.looksLikeKeyFile(run);
            }
        }
        return false;
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - 4);
    }

    /** What one binary file holds. */
    private record Channel(Path file, String name, SignalType type, int bytes) {
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path dir = FolderDescent.resolve(folderOrFile, RawMapFormat::hasMaps, diagnostics);
        if (!hasMaps(dir)) {
            throw new InputException(folderOrFile.toString(), null, "expected JEOL binary maps (N.map or data00N.map), found none");
        }
        TreeMap<String, Path> maps = new TreeMap<>((a, b) -> {
            long x = Long.parseLong(a.replaceAll("\\D", ""));
            long y = Long.parseLong(b.replaceAll("\\D", ""));
            return x != y ? Long.compare(x, y) : a.compareTo(b);
        });
        for (Path f : FolderDescent.files(dir)) {
            if (MAP.matcher(f.getFileName().toString()).matches()) {
                maps.put(stem(f).toLowerCase(Locale.ROOT), f);
            }
        }
        Path run = dir.resolve("0.cnd");
        boolean perFile = maps.values().stream().allMatch(f -> Files.isRegularFile(f.resolveSibling(stem(f) + ".cnd"))
                && KeyConditions.looksLikeKeyFile(f.resolveSibling(stem(f) + ".cnd")));
        if (!perFile && !(Files.isRegularFile(run) && !KeyConditions.looksLikeKeyFile(run))) {
            Path first = maps.firstEntry().getValue();
            throw new InputException(first.toString(), null, "expected a condition file: 0.cnd (value description) for the run, "
                    + "or " + stem(first) + ".cnd ($KEY) beside it; found neither");
        }
        return perFile ? readKeyed(dir, maps, options, diagnostics, monitor)
                : readRun(dir, run, maps, options, diagnostics, monitor);
    }

    private XrayMapSet readRun(Path dir, Path cnd, TreeMap<String, Path> maps, MapReadOptions options,
            Diagnostics diagnostics, Monitor monitor) throws InputException, DataException, IOException {
        DescribedValues d = DescribedValues.read(cnd);
        int bytes = (int) d.one(Pattern.compile("Data Byte Length"), "Data Byte Length").first(cnd);
        if (bytes != 2 && bytes != 4 && bytes != 8) {
            throw new InputException(cnd.toString(), "field 'Data Byte Length'", "expected 2, 4 or 8, found " + bytes);
        }
        int px = steps(d, cnd, "X-axis Step Number");
        int py = steps(d, cnd, "Y-axis Step Number");
        double stepX = positive(d, cnd, "X Step Size \\[um\\]");
        double stepY = positive(d, cnd, "Y Step Size \\[um\\]");
        double dwellS = positive(d, cnd, "Dwell Time \\[msec\\]") * 1e-3;
        double currentUA = positive(d, cnd, "Probe Current Avg") * 1e6;
        double x0 = d.one(Pattern.compile("Measurement Start Position X \\[mm\\]"), "Start Position X").first(cnd);
        double y0 = d.one(Pattern.compile("Measurement Start Position Y \\[mm\\]"), "Start Position Y").first(cnd);
        List<DescribedValues.Line> zLines = d.all(Pattern.compile("Measurement Start Position Z \\[mm\\]"));
        double z0 = zLines.isEmpty() ? 0 : zLines.get(0).first(cnd);
        List<DescribedValues.Line> elements = d.all(ELEMENT);
        List<DescribedValues.Line> signals = d.all(SIGNAL);
        List<Channel> channels = new ArrayList<>();
        for (Path f : maps.values()) {
            int n = Integer.parseInt(stem(f).replaceAll("\\D", ""));
            if (n < 1 || n > elements.size()) {
                throw new InputException(f.toString(), null, "expected map number 1.." + elements.size()
                        + " (the element blocks of " + cnd.getFileName() + "), found " + n);
            }
            String name = elements.get(n - 1).values()[0];
            boolean ims = signals.size() == elements.size() && signals.get(n - 1).values()[0].equalsIgnoreCase("I");
            channels.add(new Channel(f, name, ims || options.isElectron(name) ? SignalType.ELECTRON : SignalType.XRAY, bytes));
        }
        MapGeometry geometry = geometry(options, px, py, x0, y0, z0, stepX, stepY);
        List<MapSignal> out = readAll(channels, geometry, dwellS, currentUA, cnd.getFileName() + " (X-axis Step Number "
                + px + ", Y-axis Step Number " + py + ", Data Byte Length " + bytes + ")", options, diagnostics, monitor);
        return new XrayMapSet(geometry, out, "", ID, dir, diagnostics);
    }

    private XrayMapSet readKeyed(Path dir, TreeMap<String, Path> maps, MapReadOptions options, Diagnostics diagnostics,
            Monitor monitor) throws InputException, DataException, IOException {
        List<ChannelConditions> conditions = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        for (Path f : maps.values()) {
            Path cnd = f.resolveSibling(stem(f) + ".cnd");
            KeyConditions c = KeyConditions.read(cnd);
            String ims = c.textOr("XM_ELEM_IMS_SIGNAL_TYPE%0", "").trim();
            String name = ims.isEmpty() ? c.text("XM_ELEM_NAME%0").trim() : ims;
            SignalType type = !ims.isEmpty() || options.isElectron(name) ? SignalType.ELECTRON : SignalType.XRAY;
            double[] points = c.numbers("XM_AP_SA_PIXELS%0", 2, null);
            int px = ChannelConditions.count(points[0], cnd, "XM_AP_SA_PIXELS%0");
            int py = ChannelConditions.count(points[1], cnd, "XM_AP_SA_PIXELS%0");
            double[] size = c.numbers("XM_AP_SA_PIXEL_SIZE%0", 1, Unit.UM);
            ChannelConditions cc = new ChannelConditions(cnd, name, type,
                    ChannelConditions.positive(c.number("XM_AP_SA_DWELL_TIME%0", Unit.MS), cnd, "XM_AP_SA_DWELL_TIME%0",
                            "dwell time") * 1e-3,
                    ChannelConditions.positive(c.number("XM_DATA_PROBE_CURRENT", Unit.A), cnd, "XM_DATA_PROBE_CURRENT",
                            "probe current [A]") * 1e6,
                    c.numbers("XM_AP_SA_STAGE_POS%0_1", 2, Unit.MM), px, py,
                    ChannelConditions.positive(size[0], cnd, "XM_AP_SA_PIXEL_SIZE%0", "pixel size [um]"),
                    ChannelConditions.positive(size.length > 1 ? size[1] : size[0], cnd, "XM_AP_SA_PIXEL_SIZE%0",
                            "pixel size [um]"),
                    c.textOr("XM_ANALYSIS_INSTRUMENT", ""), new ChannelConditions.Keys("XM_AP_SA_DWELL_TIME%0",
                            "XM_DATA_PROBE_CURRENT", "XM_AP_SA_STAGE_POS%0_1", "XM_AP_SA_PIXELS%0", "XM_AP_SA_PIXEL_SIZE%0"));
            conditions.add(cc);
            long pixels = (long) px * py;
            long fileSize = Files.size(f);
            int bytes = fileSize == pixels * 2 ? 2 : fileSize == pixels * 4 ? 4 : -1;
            if (bytes < 0) {
                throw new InputException(f.toString(), "size", "expected " + pixels * 2 + " or " + pixels * 4
                        + " bytes (" + px + " x " + py + " pixels of 16 or 32 bits, " + cnd.getFileName() + "), found "
                        + fileSize);
            }
            diagnostics.info(f + ": " + (8 * bytes) + "-bit samples (inferred from the file size)");
            channels.add(new Channel(f, name, type, bytes));
        }
        ChannelConditions ref = ChannelConditions.reference(conditions);
        for (ChannelConditions c : conditions) {
            if (c != ref) {
                ref.checkAgreement(c, diagnostics);
            }
        }
        double[] s = ref.startMm();
        MapGeometry geometry = geometry(options, ref.pointsX(), ref.pointsY(), s[0], s[1], s.length > 2 ? s[2] : 0,
                ref.stepXUm(), ref.stepYUm());
        List<MapSignal> out = readAll(channels, geometry, ref.dwellS(), ref.currentUA(),
                ref.conditionsFile().getFileName() + " ($XM_AP_SA_PIXELS%0 " + ref.pointsX() + " " + ref.pointsY() + ")",
                options, diagnostics, monitor);
        return new XrayMapSet(geometry, out, ref.instrument(), ID, dir, diagnostics);
    }

    private static MapGeometry geometry(MapReadOptions options, int px, int py, double x0, double y0, double z0,
            double stepX, double stepY) {
        return options.lineAxis() == StageAxis.Y
                ? new MapGeometry(py, px, x0, y0, z0, stepY, stepX, StageAxis.Y, StageAxis.X, 1, 1)
                : MapGeometry.lineAlongX(px, py, x0, y0, z0, stepX, stepY);
    }

    private static List<MapSignal> readAll(List<Channel> channels, MapGeometry g, double dwellS, double currentUA,
            String sizeSource, MapReadOptions options, Diagnostics diagnostics, Monitor monitor)
            throws InputException, DataException, IOException {
        MapChannelReader.checkHeap(g.pixels(), channels.size());
        double tauS = MapChannelReader.deadTimeS(options, Double.NaN,
                channels.stream().anyMatch(c -> c.type() == SignalType.XRAY), diagnostics);
        return MapChannelReader.readEach(channels, "Reading " + channels.size() + " binary maps", ch -> {
            float[] v = samples(ch, g, sizeSource, monitor);
            boolean xray = ch.type() == SignalType.XRAY;
            if (xray) {
                v = DeadTime.correct(v, tauS, dwellS, g.columns(), ch.file().toString());
            }
            return new MapSignal(ch.name(), ch.type(), v, dwellS, currentUA, xray ? tauS : 0, ch.file().toString());
        }, monitor);
    }

    /** Big-endian samples in file order (row-major: steps_X rows of steps_Y values). */
    private static float[] samples(Channel ch, MapGeometry g, String sizeSource, Monitor monitor)
            throws InputException, IOException {
        long expected = (long) g.pixels() * ch.bytes();
        long size = Files.size(ch.file());
        if (size != expected) {
            throw new InputException(ch.file().toString(), "size", "expected " + expected + " bytes (" + g.lines() + " x "
                    + g.columns() + " x " + ch.bytes() + " as stated by " + sizeSource + "), found " + size);
        }
        float[] out = new float[g.pixels()];
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.BIG_ENDIAN);
        int i = 0;
        try (FileChannel fc = FileChannel.open(ch.file(), StandardOpenOption.READ)) {
            while (i < out.length) {
                int n = fc.read(buf); // appends after a partial sample kept by compact()
                if (n < 0) {
                    throw new InputException(ch.file().toString(), "size", "file ended after " + i + " of " + out.length + " samples");
                }
                buf.flip();
                monitor.checkCanceled();
                while (buf.remaining() >= ch.bytes() && i < out.length) {
                    switch (ch.bytes()) {
                        case 2 -> out[i] = buf.getShort() & 0xFFFF;
                        case 4 -> out[i] = buf.getInt() & 0xFFFFFFFFL;
                        default -> {
                            double v = buf.getDouble();
                            if (!(v >= 0) || !Double.isFinite(v)) {
                                throw new InputException(ch.file().toString(), "line " + (i / g.columns() + 1) + ", column "
                                        + (i % g.columns() + 1), "expected a finite count >= 0, found " + v);
                            }
                            out[i] = (float) v;
                        }
                    }
                    i++;
                }
                buf.compact();
            }
        }
        return out;
    }

    private static int steps(DescribedValues d, Path cnd, String what) throws InputException {
        DescribedValues.Line l = d.one(Pattern.compile(Pattern.quote(what)), what);
        double v = l.first(cnd);
        if (!(v >= 1) || v != Math.rint(v)) {
            throw new InputException(cnd.toString(), "line " + l.line() + " ('" + what + "')",
                    "expected a positive whole number of steps, found " + v);
        }
        return (int) v;
    }

    private static double positive(DescribedValues d, Path cnd, String regex) throws InputException {
        DescribedValues.Line l = d.one(Pattern.compile(regex), regex.replace("\\", ""));
        double v = l.first(cnd);
        if (!(v > 0)) {
            throw new InputException(cnd.toString(), "line " + l.line() + " ('" + l.text() + "')",
                    "expected a positive number, found " + v);
        }
        return v;
    }
}
