package org.petrobench.pt.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.ZoningProfile;
import org.petrobench.pt.path.ZoningProfileReader;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;

/**
 * Opens zoning profiles ({@code ptpath --profile} CSV: first column {@code distance_um}) for the
 * P-T perspective, and its bundled demo profile.
 */
@Component(service = DatasetOpener.class)
public final class PtDatasetOpener implements DatasetOpener {

    /** Kind shown in the Data view. */
    public static final String KIND = "zoning profile";
    /** The bundled demo profile (see demo/README.md beside it). */
    static final String DEMO = "/org/petrobench/pt/ui/demo/garnet-profile.csv";

    private final List<ThermodynamicModel> models = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModel(ThermodynamicModel m) {
        models.add(m);
    }

    void removeModel(ThermodynamicModel m) {
        models.remove(m);
    }

    @Override
    public String name() {
        return "zoning profiles (CSV starting with distance_um)";
    }

    @Override
    public boolean canOpen(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase().endsWith(".csv")) {
            return false;
        }
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.replace("\uFEFF", "").trim().startsWith(ZoningProfileReader.DISTANCE);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The reader, knowing every variable an installed model reads. */
    ZoningProfileReader reader() {
        Set<String> variables = new LinkedHashSet<>();
        for (ThermodynamicModel m : models) {
            variables.addAll(m.requires());
            variables.addAll(m.optionalVariables());
        }
        return new ZoningProfileReader(variables);
    }

    @Override
    public List<OpenDatasets.Dataset> open(Path path, Monitor monitor) throws InputException {
        ZoningProfile p = reader().read(path, new Diagnostics());
        return List.of(new OpenDatasets.Dataset(path.getFileName() + " (" + p.size() + " points)", KIND, path, p));
    }

    @Override
    public List<OpenDatasets.Dataset> demo(Monitor monitor) throws InputException, IOException {
        try (var in = PtDatasetOpener.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the demo profile " + DEMO + " is missing from the bundle");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ZoningProfile p = reader().read(org.petrobench.core.io.CsvTable.parse("demo garnet-profile.csv",
                    new java.io.StringReader(text)), new Diagnostics());
            return List.of(new OpenDatasets.Dataset("demo: garnet-profile.csv (" + p.size() + " points, synthetic)", KIND,
                    java.nio.file.Path.of("(bundled)", "org.petrobench.pt.ui", "garnet-profile.csv"), p));
        }
    }
}
