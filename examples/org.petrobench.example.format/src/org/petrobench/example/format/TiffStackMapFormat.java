package org.petrobench.example.format;

import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.DeadTime;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/**
 * A lab's map export as a folder of greyscale TIFF images, one per signal ({@code Si.tif},
 * {@code BSE.tif}, 8/16-bit integer or 32-bit float samples), described by
 * {@code conditions.txt} (see {@link TiffStackConditions}). Image rows are map lines; lines
 * advance with stage X (the generic orientation, EPMA.md §3.7). X-ray channels are dead-time
 * corrected with τ from {@code --dead-time-ns}, else the conditions, else 0 with a warning.
 * <p>
 * The example of docs/plugin-guide.md: it uses only the exported {@code org.petrobench.epma} API,
 * and the TIFF decoder of the JDK.
 */
@Component(service = MapFormat.class)
public final class TiffStackMapFormat implements MapFormat {

    static final String ID = "lab-tiff-stack";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Lab TIFF stack (one greyscale TIFF per signal + conditions.txt)";
    }

    @Override
    public String reference() {
        return "PetroBench example lab format, docs/plugin-guide.md";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("conditions.txt + <signal>.tif for every signal it lists");
    }

    /** The conditions file named by {@code path}: itself, or conditions.txt in the folder; null if none. */
    static Path locate(Path path) {
        if (Files.isRegularFile(path)) {
            return path.getFileName().toString().equals(TiffStackConditions.FILE) ? path : null;
        }
        Path c = path.resolve(TiffStackConditions.FILE);
        return Files.isRegularFile(c) ? c : null;
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        Path c = locate(folderOrFile);
        if (c == null) {
            return false;
        }
        try (InputStream in = Files.newInputStream(c)) {
            String head = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8);
            return head.lines().map(String::strip).anyMatch(l -> l.startsWith("signals") && l.contains("="));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        Path file = locate(folderOrFile);
        if (file == null) {
            throw new InputException(folderOrFile.toString(), null, "a folder with conditions.txt (or that file), not found");
        }
        TiffStackConditions c = TiffStackConditions.read(file);
        Diagnostics diagnostics = new Diagnostics();
        double tauNs;
        if (options.deadTimeNs().isPresent()) {
            tauNs = options.deadTimeNs().getAsDouble();
        } else if (!Double.isNaN(c.deadTimeNs)) {
            tauNs = c.deadTimeNs;
        } else {
            tauNs = 0;
            diagnostics.warn(file + ": no dead_time_ns and no --dead-time-ns; X-ray counts are not dead-time corrected");
        }
        List<Path> files = c.signalFiles();
        monitor.begin("Reading " + files.size() + " TIFF maps", files.size());
        List<MapSignal> signals = new ArrayList<>();
        int lines = -1;
        int columns = -1;
        for (int i = 0; i < files.size(); i++) {
            monitor.checkCanceled();
            Path tif = files.get(i);
            Raster raster = raster(tif);
            if (lines < 0) {
                lines = raster.getHeight();
                columns = raster.getWidth();
            } else if (raster.getHeight() != lines || raster.getWidth() != columns) {
                throw new InputException(tif.toString(), null, lines + " rows of " + columns + " pixels like "
                        + files.get(0).getFileName() + ", found " + raster.getHeight() + " of " + raster.getWidth());
            }
            float[] values = raster.getSamples(0, 0, columns, lines, 0, (float[]) null);
            for (int p = 0; p < values.length; p++) {
                if (!(values[p] >= 0) || !Float.isFinite(values[p])) {
                    throw new InputException(tif.toString(), "row " + (p / columns + 1) + ", column " + (p % columns + 1),
                            "a finite count >= 0, found " + values[p]);
                }
            }
            String name = c.signals.get(i);
            boolean electron = options.isElectron(name);
            double tauS = electron ? 0 : tauNs * 1e-9;
            if (!electron) {
                values = DeadTime.correct(values, tauS, c.dwellS, columns, tif.toString());
            }
            signals.add(new MapSignal(name, electron ? SignalType.ELECTRON : SignalType.XRAY, values, c.dwellS, c.currentUA,
                    tauS, tif.toString()));
            monitor.worked(1);
        }
        monitor.done();
        MapGeometry g = MapGeometry.lineAlongX(lines, columns, c.startMm[0], c.startMm[1], c.startMm[2], c.stepUm, c.stepUm);
        return new XrayMapSet(g, signals, c.instrument, ID, file, diagnostics);
    }

    /** The first image of a TIFF file, single-band. */
    private static Raster raster(Path tif) throws InputException, IOException {
        if (!Files.isRegularFile(tif)) {
            throw new InputException(tif.toString(), null, "the TIFF map of a signal listed in conditions.txt, not found");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(tif.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new InputException(tif.toString(), null, "a TIFF image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Raster r = reader.read(0).getRaster();
                if (r.getNumBands() != 1) {
                    throw new InputException(tif.toString(), null, "a greyscale (one-band) image, found " + r.getNumBands() + " bands");
                }
                return r;
            } finally {
                reader.dispose();
            }
        }
    }
}
