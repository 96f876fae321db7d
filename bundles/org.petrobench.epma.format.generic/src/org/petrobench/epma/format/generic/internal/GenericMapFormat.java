package org.petrobench.epma.format.generic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.MapChannelReader;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;

/**
 * The generic map layout (EPMA.md §3.5): headerless matrices described by
 * {@code conditions_xmap*.csv}. The path read is the CSV itself or a folder holding exactly one
 * {@code conditions_xmap*.csv}. Default orientation (§3.7): lines advance with stage X, so the
 * matrices have {@code Steps X} lines of {@code Steps Y} values.
 */
@Component(service = MapFormat.class)
public final class GenericMapFormat implements MapFormat {

    static final String ID = "generic-map";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Generic maps (headerless matrices + conditions_xmap.csv)";
    }

    @Override
    public String reference() {
        return "conditions_xmap.csv as introduced by qntmap (Yasumoto et al. 2018, Am. Mineral. 103:1690, "
                + "doi:10.2138/am-2018-6323CCBY) with PetroBench extension columns; EPMA.md §3.5";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("conditions_xmap*.csv + the matrices it lists (CSV, TSV or blank-separated, no header)");
    }

    static boolean isConditionsName(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("conditions_xmap") && n.endsWith(".csv");
    }

    /** The conditions CSV named by {@code path}: itself, or the one such file in the folder; null if none. */
    static Path locate(Path path) {
        if (Files.isRegularFile(path)) {
            return isConditionsName(path) ? path : null;
        }
        if (!Files.isDirectory(path)) {
            return null;
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> found = s.filter(Files::isRegularFile).filter(GenericMapFormat::isConditionsName).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            return found.stream().filter(p -> p.getFileName().toString().equals("conditions_xmap.csv")).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A conditions CSV named directly, or a folder with one; a folder that also holds a JEOL
     * {@code .map/} tree is left to the JEOL format (there the CSV is qntmap's optional override,
     * used only when named explicitly), so sniffing never gives two answers.
     */
    @Override
    public boolean sniff(Path folderOrFile) {
        if (Files.isDirectory(folderOrFile.resolve(".map"))) {
            return false;
        }
        Path csv = locate(folderOrFile);
        if (csv == null) {
            return false;
        }
        try (InputStream in = Files.newInputStream(csv)) {
            String head = new String(in.readNBytes(256), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return head.startsWith("Element,") || head.startsWith("\"Element\",");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException {
        Path csv = locate(folderOrFile);
        if (csv == null) {
            throw new InputException(folderOrFile.toString(), null,
                    "expected conditions_xmap.csv (or a folder with exactly one conditions_xmap*.csv), not found");
        }
        Diagnostics diagnostics = new Diagnostics();
        MapConditionsCsv c = MapConditionsCsv.read(csv, options);
        MapGeometry g = c.geometry;
        List<MapSignal> signals = MapChannelReader.read(c.channels, g.lines(), g.columns(), options, c.deadTimeNs,
                diagnostics, monitor);
        return new XrayMapSet(g, signals, c.instrument, ID, csv, diagnostics);
    }
}
