package org.petrobench.epma.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.epma.format.DemoDataset;
import org.petrobench.epma.format.MapFormat;
import org.petrobench.epma.format.MapReadOptions;
import org.petrobench.epma.format.SpotFormat;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;

/**
 * Opens EPMA map and spot folders with whichever installed {@link MapFormat} or
 * {@link SpotFormat} service recognises them (sniffing), and the bundled demo dataset.
 */
@Component(service = DatasetOpener.class)
public final class EpmaDatasetOpener implements DatasetOpener {

    /** Kinds shown in the Data view. */
    public static final String MAPS = "X-ray maps";
    public static final String SPOTS = "spot analyses";

    private final List<MapFormat> mapFormats = new CopyOnWriteArrayList<>();
    private final List<SpotFormat> spotFormats = new CopyOnWriteArrayList<>();
    private volatile DemoDataset demo;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMapFormat(MapFormat f) {
        mapFormats.add(f);
    }

    void removeMapFormat(MapFormat f) {
        mapFormats.remove(f);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSpotFormat(SpotFormat f) {
        spotFormats.add(f);
    }

    void removeSpotFormat(SpotFormat f) {
        spotFormats.remove(f);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDemo(DemoDataset d) {
        demo = d;
    }

    void unsetDemo(DemoDataset d) {
        if (demo == d) {
            demo = null;
        }
    }

    @Override
    public String name() {
        return "EPMA maps and spots (" + String.join(", ",
                java.util.stream.Stream.concat(mapFormats.stream(), spotFormats.stream()).map(f -> f.id()).toList())
                + ")";
    }

    @Override
    public boolean canOpen(Path path) {
        return mapFormat(path) != null || spotFormat(path) != null;
    }

    private MapFormat mapFormat(Path path) {
        for (MapFormat f : mapFormats) {
            if (f.sniff(path)) {
                return f;
            }
        }
        return null;
    }

    private SpotFormat spotFormat(Path path) {
        for (SpotFormat f : spotFormats) {
            if (f.sniff(path)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public List<OpenDatasets.Dataset> open(Path path, Monitor monitor) throws InputException, DataException, IOException {
        List<OpenDatasets.Dataset> out = new ArrayList<>();
        MapFormat maps = mapFormat(path);
        if (maps != null) {
            XrayMapSet set = maps.read(path, MapReadOptions.defaults(), monitor);
            out.add(new OpenDatasets.Dataset(label(path, set.signals().size() + " maps"), MAPS, path, set));
            return out;
        }
        SpotFormat spots = spotFormat(path);
        if (spots == null) {
            throw new InputException(path.toString(), null, "no installed map or spot format recognises it");
        }
        SpotSet set = spots.read(path, monitor);
        out.add(new OpenDatasets.Dataset(label(path, set.spots().size() + " spots"), SPOTS, path, set));
        return out;
    }

    private static String label(Path path, String what) {
        Path name = path.getFileName();
        Path parent = path.getParent() == null ? null : path.getParent().getFileName();
        return (parent == null ? "" : parent + "/") + name + " (" + what + ")";
    }

    @Override
    public List<OpenDatasets.Dataset> demo(Monitor monitor) throws InputException, DataException, IOException {
        DemoDataset d = demo;
        if (d == null) {
            return List.of();
        }
        List<OpenDatasets.Dataset> out = new ArrayList<>();
        for (OpenDatasets.Dataset ds : open(d.maps(), monitor)) {
            out.add(new OpenDatasets.Dataset("demo: " + ds.name(), ds.kind(), ds.source(), ds.content()));
        }
        for (OpenDatasets.Dataset ds : open(d.spots(), monitor)) {
            out.add(new OpenDatasets.Dataset("demo: " + ds.name(), ds.kind(), ds.source(), ds.content()));
        }
        return out;
    }
}
