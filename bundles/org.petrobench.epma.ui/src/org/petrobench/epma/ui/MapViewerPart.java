package org.petrobench.epma.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.petrobench.core.Monitor;
import org.petrobench.epma.BulkComposition;
import org.petrobench.epma.Region;
import org.petrobench.epma.StructuralFormula;
import org.petrobench.epma.Transect;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.plot.ShapeTool;
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
 * phase (outliers as crosses), and a read-out of the pixel under the mouse. After quantification
 * a rectangle or polygon drawn on the map gives its local bulk composition, and a polyline
 * transect (with a width) a zoning profile of a host phase that can be sent to the P-T perspective.
 */
public final class MapViewerPart {

    @Inject
    EpmaSession session;

    /** The user's colour map (Window › Preferences), viridis when unset. */
    @Inject
    @Optional
    @Preference(nodePath = "org.petrobench.ui", value = "colourMap")
    String preferredColourMap;

    /**
     * Where "Send to P-T" adds the profile. Not {@code @Optional}: e4 creates a {@code @Creatable}
     * singleton only for a required injection, so an optional one stayed null in the workbench.
     */
    @Inject
    OpenDatasets datasets;

    /** Switches to the P-T perspective after "Send to P-T"; absent outside the workbench. */
    @Inject
    @Optional
    EPartService parts;

    /** The P-T perspective (org.petrobench.pt.ui's fragment.e4xmi). */
    static final String PT_PERSPECTIVE = "org.petrobench.pt.ui.perspective";

    /** The dataset openers; the one reading zoning profiles belongs to the P-T perspective. */
    @Inject
    @Optional
    @Service
    List<DatasetOpener> openers;

    private Combo quantity;
    private Combo colourMap;
    private Text min;
    private Text max;
    private static final String NO_MAPS = "open maps (File > Open Folder, or the demo dataset on the welcome page)";

    private Label readout;
    private ChartCanvas canvas;
    private ShapeTool shapeTool;
    private Combo host;
    private Text width;
    private RegionResultsView results;
    private Transect lastTransect;
    private String lastHost;
    private int regions;
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
        Composite tools = new Composite(parent, SWT.NONE);
        tools.setLayout(new GridLayout(7, false));
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button rectangle = new Button(tools, SWT.PUSH);
        rectangle.setText("Bulk: rectangle");
        rectangle.setToolTipText("drag a rectangle on the quantified map: its density-weighted bulk composition");
        rectangle.addListener(SWT.Selection, e -> draw(ShapeTool.Kind.RECTANGLE));
        Button polygon = new Button(tools, SWT.PUSH);
        polygon.setText("Bulk: polygon");
        polygon.setToolTipText("click the vertices, double-click closes: the polygon's bulk composition");
        polygon.addListener(SWT.Selection, e -> draw(ShapeTool.Kind.POLYGON));
        Button transect = new Button(tools, SWT.PUSH);
        transect.setText("Transect");
        transect.setToolTipText("click the vertices, double-click ends: a zoning profile of the host phase");
        transect.addListener(SWT.Selection, e -> draw(ShapeTool.Kind.POLYLINE));
        new Label(tools, SWT.NONE).setText("width \u00b5m");
        width = new Text(tools, SWT.BORDER);
        width.setText("0");
        width.setLayoutData(new GridData(50, SWT.DEFAULT));
        new Label(tools, SWT.NONE).setText("host");
        host = new Combo(tools, SWT.READ_ONLY);
        host.setLayoutData(new GridData(100, SWT.DEFAULT));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new ChartCanvas(sash);
        shapeTool = new ShapeTool(canvas);
        results = new RegionResultsView(sash, this::sendToPt);
        sash.setWeights(3, 2);
        canvas.addListener(SWT.MouseMove, e -> readout(e.x, e.y));
        readout = new Label(parent, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        readout.setText(NO_MAPS);
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
        String previousHost = host.getText();
        host.removeAll();
        host.add("(none)");
        Quantification qf = session.quantified();
        if (qf != null) {
            qf.maps().phaseNames().forEach(host::add);
        }
        results.setPhases(qf == null ? List.of() : qf.maps().phaseNames(), RegionAnalysis.SUB_PHASE);
        int keepHost = host.indexOf(previousHost);
        host.select(Math.max(0, keepHost));
        int keep = quantity.indexOf(previous);
        quantity.select(keep >= 0 ? keep : 0);
        readout.setText(session.maps() == null ? NO_MAPS
                : qf == null ? "point at the map for the counts of a pixel; quantify to read wt% and 1\u03c3"
                        : "point at the map for the counts, wt% and 1\u03c3 of a pixel");
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

    private void draw(ShapeTool.Kind kind) {
        if (session.quantified() == null) {
            UserMessages.error(canvas.getShell(), "Regions and transects", "quantify the maps first (Quantify view)");
            return;
        }
        shapeTool.start(kind, this::apply);
        readout.setText(kind == ShapeTool.Kind.RECTANGLE ? "drag a rectangle"
                : "click the vertices, double-click " + (kind == ShapeTool.Kind.POLYGON ? "closes" : "ends"));
    }

    /**
     * Computes what a drawn shape yields off the UI thread (the bulk composition of a rectangle or
     * polygon, the profile of a polyline) and shows it when done; the job, or null when nothing
     * is quantified or the width is not a number.
     */
    Job apply(ShapeTool.Shape shape) {
        Quantification q = session.quantified();
        if (q == null) {
            return null;
        }
        double w;
        try {
            w = Double.parseDouble(width.getText().trim());
        } catch (NumberFormatException e) {
            UserMessages.error(canvas.getShell(), "Transect", "the width must be a number of \u00b5m");
            return null;
        }
        Map<String, Double> givenDensities;
        try {
            givenDensities = shape.kind() == ShapeTool.Kind.POLYLINE ? Map.of() : results.densities();
        } catch (IllegalArgumentException e) {
            UserMessages.error(canvas.getShell(), "Bulk composition", e.getMessage());
            return null;
        }
        int hostIndex = host.getSelectionIndex() - 1;
        String hostName = hostIndex >= 0 ? host.getText() : null;
        String name = "region " + (++regions);
        canvas.setOverlay(List.of(outline(shape)));
        Display display = canvas.getDisplay();
        Job job = Job.create(shape.kind() == ShapeTool.Kind.POLYLINE ? "Zoning profile" : "Bulk composition of " + name,
                monitor -> {
                    try {
                        if (shape.kind() == ShapeTool.Kind.POLYLINE) {
                            Transect t = RegionAnalysis.transect(q, shape, Math.max(0, w), hostIndex);
                            display.asyncExec(() -> showProfile(t, hostName));
                        } else {
                            Region r = RegionAnalysis.region(shape, q.maps().geometry(), name);
                            double[] rho = RegionAnalysis.densities(q.maps(), givenDensities);
                            BulkComposition b = BulkComposition.of(q.maps(), r, rho);
                            display.asyncExec(() -> {
                                if (!canvas.isDisposed()) {
                                    results.showBulk(b, q.maps().phaseNames(), rho);
                                }
                            });
                        }
                        return Status.OK_STATUS;
                    } catch (Exception e) {
                        display.asyncExec(() -> {
                            if (!canvas.isDisposed()) {
                                UserMessages.error(canvas.getShell(), "Regions and transects", e.getMessage());
                            }
                        });
                        return new Status(IStatus.ERROR, "org.petrobench.epma.ui", e.getMessage(), e);
                    }
                });
        job.schedule();
        return job;
    }

    /** The drawn shape, kept on the map so the user sees what the result belongs to. */
    private static Layer outline(ShapeTool.Shape s) {
        double[] x = s.x();
        double[] y = s.y();
        if (s.kind() == ShapeTool.Kind.RECTANGLE) {
            x = new double[] { s.x()[0], s.x()[1], s.x()[1], s.x()[0], s.x()[0] };
            y = new double[] { s.y()[0], s.y()[0], s.y()[1], s.y()[1], s.y()[0] };
        } else if (s.kind() == ShapeTool.Kind.POLYGON) {
            x = java.util.Arrays.copyOf(s.x(), s.x().length + 1);
            y = java.util.Arrays.copyOf(s.y(), s.y().length + 1);
            x[x.length - 1] = s.x()[0];
            y[y.length - 1] = s.y()[0];
        }
        return new Layer.Line(x, y, 0xff0000, 2f, Layer.Dash.SOLID, null);
    }

    private void showProfile(Transect t, String hostName) {
        if (canvas.isDisposed()) {
            return;
        }
        lastTransect = t;
        lastHost = hostName;
        boolean sendable = hostName != null && !StructuralFormula.components(hostName).isEmpty();
        results.showProfile(t, hostName, sendable);
    }

    /** "Send to P-T": asks where to save the last profile, then {@link #sendToPt(Path)}. */
    private void sendToPt() {
        if (lastTransect == null || lastHost == null) {
            return;
        }
        FileDialog d = new FileDialog(canvas.getShell(), SWT.SAVE);
        d.setText("Save the zoning profile for the P-T perspective");
        d.setFilterExtensions(new String[] { "*.csv" });
        d.setFileName(StructuralFormula.basePhase(lastHost) + "-profile.csv");
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) {
            return;
        }
        try {
            List<OpenDatasets.Dataset> sent = sendToPt(Path.of(f));
            readout.setText("sent " + (sent.isEmpty() ? f : sent.get(0).name()) + " to the P-T perspective");
            if (parts != null) {
                parts.switchPerspective(PT_PERSPECTIVE); // the P-T part shows the latest profile
            }
        } catch (Exception e) {
            UserMessages.error(canvas.getShell(), "Send to P-T", e);
        }
    }

    /**
     * Saves the last profile recast to the host's end-members (Grt.Xalm …) in {@code file} and
     * opens it through the opener that reads zoning profiles, adding it to the open datasets where
     * the P-T perspective takes its latest profile from.
     *
     * @return the datasets added
     * @throws IllegalStateException when there is no profile of a host phase, or nothing opens profiles
     */
    List<OpenDatasets.Dataset> sendToPt(Path file) throws Exception {
        if (lastTransect == null || lastHost == null) {
            throw new IllegalStateException("draw a transect with a host phase first");
        }
        RegionAnalysis.writeProfile(lastTransect, lastHost, file);
        DatasetOpener opener = openers == null ? null
                : openers.stream().filter(o -> !(o instanceof EpmaDatasetOpener) && o.canOpen(file)).findFirst()
                        .orElse(null);
        if (opener == null || datasets == null) {
            throw new IllegalStateException("saved " + file + ", but no installed perspective opens zoning profiles");
        }
        List<OpenDatasets.Dataset> opened = opener.open(file, Monitor.silent());
        opened.forEach(datasets::add);
        return opened;
    }

    Combo hostCombo() {
        return host;
    }

    Text widthText() {
        return width;
    }

    RegionResultsView results() {
        return results;
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
        shapeTool.stop();
    }
}
