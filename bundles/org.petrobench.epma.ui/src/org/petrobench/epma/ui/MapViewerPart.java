package org.petrobench.epma.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;
import org.petrobench.ui.UserMessages;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.ChartCanvas;
import org.petrobench.ui.plot.ColourMap;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The map viewer: a map (counts, or wt% / 1σ after quantification) through a chosen colour map
 * with colour bar and min/max clamp, zoom (wheel) and pan (drag), the spots on top coloured by
 * phase (outliers as crosses), and a read-out of the pixel under the mouse.
 */
public final class MapViewerPart {

    @Inject
    EpmaSession session;

    /** The user's colour map (Window › Preferences), viridis when unset. */
    @Inject
    @Optional
    @Preference(nodePath = "org.petrobench.ui", value = "colourMap")
    String preferredColourMap;

    private Combo quantity;
    private Combo colourMap;
    private Text min;
    private Text max;
    private Label readout;
    private ChartCanvas canvas;
    private final List<MapQuantity> shown = new ArrayList<>();
    private final Runnable sessionListener = this::asyncRefresh;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText("Map");
        quantity = new Combo(bar, SWT.READ_ONLY);
        quantity.setLayoutData(new GridData(140, SWT.DEFAULT));
        quantity.addListener(SWT.Selection, e -> autoRange());
        new Label(bar, SWT.NONE).setText("Colours");
        colourMap = new Combo(bar, SWT.READ_ONLY);
        for (ColourMap m : ColourMap.values()) {
            colourMap.add(m.id());
        }
        colourMap.setText(ColourMap.of(preferredColourMap == null ? "" : preferredColourMap).id());
        colourMap.addListener(SWT.Selection, e -> redraw());
        new Label(bar, SWT.NONE).setText("min");
        min = new Text(bar, SWT.BORDER);
        min.setLayoutData(new GridData(60, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText("max");
        max = new Text(bar, SWT.BORDER);
        max.setLayoutData(new GridData(60, SWT.DEFAULT));
        min.addListener(SWT.DefaultSelection, e -> redraw());
        max.addListener(SWT.DefaultSelection, e -> redraw());
        Button auto = new Button(bar, SWT.PUSH);
        auto.setText("Auto (1-99 %)");
        auto.addListener(SWT.Selection, e -> autoRange());
        canvas = new ChartCanvas(parent);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.MouseMove, e -> readout(e.x, e.y));
        readout = new Label(parent, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        readout.setText("open maps (File > Open Folder, or the demo dataset on the welcome page)");
        session.addListener(sessionListener);
        refresh();
    }

    private void asyncRefresh() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Rebuilds the list of maps from the session (counts, and wt%/1σ when quantified). */
    void refresh() {
        if (canvas.isDisposed()) {
            return;
        }
        String previous = quantity.getText();
        shown.clear();
        shown.addAll(EpmaQuantities.of(session));
        quantity.removeAll();
        for (MapQuantity q : shown) {
            quantity.add(q.name());
        }
        int keep = quantity.indexOf(previous);
        quantity.select(keep >= 0 ? keep : 0);
        if (keep < 0) {
            autoRange();
        } else {
            redraw();
        }
    }

    private MapQuantity current() {
        int i = quantity.getSelectionIndex();
        return i < 0 || i >= shown.size() ? null : shown.get(i);
    }

    /** Sets min/max to the 1st and 99th percentile of the map. */
    void autoRange() {
        MapQuantity q = current();
        if (q != null) {
            double[] r = MapCharts.robustRange(q.values(), 0.01);
            min.setText(String.format(Locale.ROOT, "%.4g", r[0]));
            max.setText(String.format(Locale.ROOT, "%.4g", r[1]));
        }
        redraw();
    }

    void redraw() {
        XrayMapSet maps = session.maps();
        MapQuantity q = current();
        if (maps == null || q == null) {
            canvas.setChart(new Chart("no maps open"));
            return;
        }
        MapGeometry g = maps.geometry();
        double lo;
        double hi;
        try {
            lo = Double.parseDouble(min.getText().trim());
            hi = Double.parseDouble(max.getText().trim());
        } catch (NumberFormatException e) {
            UserMessages.error(canvas.getShell(), "Map range", "min and max must be numbers");
            return;
        }
        Chart c = MapCharts.quantity(q.name(), q.values(), g.lines(), g.columns(),
                ColourMap.of(colourMap.getText()), lo, hi, q.unit());
        spots(c, maps, session.spots());
        canvas.setChart(c, true);
    }

    /** Spots at their pixel centres, coloured by phase; outliers (after quantification) as crosses. */
    private void spots(Chart c, XrayMapSet maps, SpotSet spots) {
        if (spots == null) {
            return;
        }
        MapGeometry g = maps.geometry();
        List<String> phases = new ArrayList<>();
        for (Spot s : spots.spots()) {
            if (!phases.contains(s.phase())) {
                phases.add(s.phase());
            }
        }
        java.util.Set<String> outliers = EpmaQuantities.outlierSpotIds(session);
        for (int k = 0; k < phases.size(); k++) {
            List<double[]> normal = new ArrayList<>();
            List<double[]> flagged = new ArrayList<>();
            for (Spot s : spots.spots()) {
                if (!s.phase().equals(phases.get(k))) {
                    continue;
                }
                int line = g.lineOf(s.xMm(), s.yMm());
                int column = g.columnOf(s.xMm(), s.yMm());
                double[] p = { column - 0.5, line - 0.5 };
                (outliers.contains(s.id()) ? flagged : normal).add(p);
            }
            String name = phases.get(k).isEmpty() ? "spots (no phase)" : "spots " + phases.get(k);
            c.add(points(normal, Palette.category(k), Layer.Marker.CIRCLE, name));
            if (!flagged.isEmpty()) {
                c.add(points(flagged, Palette.category(k), Layer.Marker.CROSS, name + " (outlier)"));
            }
        }
    }

    private static Layer.Points points(List<double[]> pts, int colour, Layer.Marker marker, String legend) {
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return new Layer.Points(x, y, new int[] { colour }, marker, true, 8, null, null, pts.isEmpty() ? null : legend);
    }

    private void readout(int px, int py) {
        XrayMapSet maps = session.maps();
        if (maps == null || canvas.frame() == null || !canvas.frame().contains(px, py)) {
            return;
        }
        readout.setText(pixelReadout(canvas.frame().dataX(px), canvas.frame().dataY(py)));
    }

    /** What the read-out says at map position (x, y): line, column, counts of every X-ray map, wt% and 1σ when quantified. */
    String pixelReadout(double x, double y) {
        XrayMapSet maps = session.maps();
        MapGeometry g = maps.geometry();
        int i = MapCharts.pixelAt(x, y, g.lines(), g.columns());
        if (i < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("line ").append(i / g.columns() + 1).append(", column ").append(i % g.columns() + 1).append(":");
        for (MapSignal s : maps.xraySignals()) {
            b.append("  ").append(s.name()).append(' ').append(String.format(Locale.ROOT, "%.0f", s.counts()[i]));
        }
        b.append(EpmaQuantities.readout(session, i));
        return b.toString();
    }

    /** The canvas (for tests). */
    ChartCanvas canvas() {
        return canvas;
    }

    Combo quantityCombo() {
        return quantity;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(sessionListener);
    }
}
