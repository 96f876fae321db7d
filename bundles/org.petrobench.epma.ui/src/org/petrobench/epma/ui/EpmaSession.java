package org.petrobench.epma.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.ui.OpenDatasets;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What the EPMA perspective works on, shared by its parts: the latest maps and spots that are
 * open, and their latest quantification. Listeners may be called from any thread; parts move
 * to the UI thread themselves.
 */
@Creatable
@Singleton
public final class EpmaSession {

    private volatile XrayMapSet maps;
    private volatile SpotSet spots;
    private volatile boolean demo;
    private volatile Quantification quantified;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Inject
    public EpmaSession(OpenDatasets datasets) {
        datasets.addListener(list -> take(datasets));
        take(datasets);
    }

    private void take(OpenDatasets datasets) {
        XrayMapSet m = datasets.latest(XrayMapSet.class).orElse(null);
        SpotSet s = datasets.latest(SpotSet.class).orElse(null);
        if (m != maps || s != spots) {
            demo = datasets.all().stream().anyMatch(d -> d.content() == m && d.name().startsWith("demo"));
            maps = m;
            spots = s;
            quantified = null;
            fire();
        }
    }

    public XrayMapSet maps() {
        return maps;
    }

    public SpotSet spots() {
        return spots;
    }

    /** True when the maps in use are the bundled demo dataset. */
    public boolean isDemo() {
        return demo;
    }

    /** The latest quantification of the maps in use, or null. */
    public Quantification quantified() {
        return quantified;
    }

    public void setQuantified(Quantification q) {
        quantified = q;
        fire();
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
