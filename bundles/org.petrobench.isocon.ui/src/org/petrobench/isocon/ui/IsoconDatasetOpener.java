package org.petrobench.isocon.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.CsvTable;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.io.BulkCompositionsCsv;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;

/** Opens composition tables ({@code isocon --data} CSV: first column {@code sample}) and the demo table. */
@Component(service = DatasetOpener.class)
public final class IsoconDatasetOpener implements DatasetOpener {

    /** Kind shown in the Data view. */
    public static final String KIND = "composition table";
    static final String DEMO = "/org/petrobench/isocon/ui/demo/grant-example.csv";

    @Override
    public String name() {
        return "composition tables (CSV starting with sample)";
    }

    @Override
    public boolean canOpen(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase().endsWith(".csv")) {
            return false;
        }
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.replace("\uFEFF", "").trim().toLowerCase().startsWith("sample,");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public List<OpenDatasets.Dataset> open(Path path, Monitor monitor) throws InputException {
        BulkCompositions b = BulkCompositionsCsv.read(path);
        return List.of(new OpenDatasets.Dataset(path.getFileName() + " (" + b.rowCount() + " samples)", KIND, path, b));
    }

    @Override
    public List<OpenDatasets.Dataset> demo(Monitor monitor) throws InputException, IOException {
        try (InputStream in = IsoconDatasetOpener.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the demo table " + DEMO + " is missing from the bundle");
            }
            BulkCompositions b = BulkCompositionsCsv.read(CsvTable.parse("demo grant-example.csv",
                    new InputStreamReader(in, StandardCharsets.UTF_8)));
            return List.of(new OpenDatasets.Dataset("demo: grant-example.csv (ISOCON.md §8.1)", KIND,
                    Path.of("(bundled)", "org.petrobench.isocon.ui", "grant-example.csv"), b));
        }
    }
}
