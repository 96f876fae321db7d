package org.petrobench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;

import jakarta.inject.Singleton;

/**
 * The datasets open in the workbench (maps, spots, profiles, composition tables), shared by all
 * parts through injection; listeners hear about additions and removals.
 */
@Creatable
@Singleton
public final class OpenDatasets {

    /** One open dataset: what it is, where it came from, and the loaded value object. */
    public record Dataset(String name, String kind, Path source, Object content) {
    }

    private final List<Dataset> datasets = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Dataset>>> listeners = new CopyOnWriteArrayList<>();

    public List<Dataset> all() {
        return new ArrayList<>(datasets);
    }

    public void add(Dataset d) {
        datasets.add(d);
        fire();
    }

    public void remove(Dataset d) {
        datasets.remove(d);
        fire();
    }

    /** The most recently opened dataset whose content is of a type, if any. */
    public <T> java.util.Optional<T> latest(Class<T> type) {
        for (int i = datasets.size() - 1; i >= 0; i--) {
            if (type.isInstance(datasets.get(i).content())) {
                return java.util.Optional.of(type.cast(datasets.get(i).content()));
            }
        }
        return java.util.Optional.empty();
    }

    public void addListener(Consumer<List<Dataset>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<Dataset>> listener) {
        listeners.remove(listener);
    }

    private void fire() {
        List<Dataset> now = all();
        listeners.forEach(l -> l.accept(now));
    }
}
