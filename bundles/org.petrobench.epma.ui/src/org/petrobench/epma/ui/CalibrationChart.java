package org.petrobench.epma.ui;

import java.util.ArrayList;
import java.util.List;

import org.petrobench.epma.SpotReport;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.ui.plot.Chart;
import org.petrobench.ui.plot.DataTable;
import org.petrobench.ui.plot.Layer;
import org.petrobench.ui.plot.Palette;

/**
 * The spot-calibration view of one oxide: the spot analysis (x, wt%) against the quantified map
 * at the spot's pixel (y, wt%, with 1σ), one colour per phase, outliers as crosses, and the 1:1
 * line. Points on the line mean the calibration reproduces the spots.
 */
final class CalibrationChart {

    private CalibrationChart() {
    }

    static Chart chart(String oxide, int element, int spotElement, Quantification q, SpotSet spots) {
        int columns = q.maps().geometry().columns();
        List<String> phases = q.maps().phaseNames();
        Chart c = new Chart("Calibration: " + oxide + " of the spots against the map at their pixels")
                .axes("spot analysis " + oxide + " (wt%)", "quantified map " + oxide + " (wt%)");
        DataTable.Builder data = new DataTable.Builder("spot", "phase", "line", "column", "spot_wt", "map_wt",
                "map_se", "outlier");
        double max = 0;
        List<List<double[]>> byPhase = new ArrayList<>();
        List<List<double[]>> outliers = new ArrayList<>();
        for (int k = 0; k <= phases.size(); k++) {
            byPhase.add(new ArrayList<>());
            outliers.add(new ArrayList<>());
        }
        for (SpotReport r : q.maps().spots()) {
            Spot s = find(spots, r.id());
            if (s == null || r.line() < 1 || r.column() < 1 || spotElement < 0) {
                continue;
            }
            int pixel = (r.line() - 1) * columns + (r.column() - 1);
            double x = s.wt()[spotElement];
            double y = q.wt()[element][pixel];
            double e = q.se()[element][pixel];
            int k = phases.indexOf(r.phase());
            int slot = k < 0 ? phases.size() : k;
            (Boolean.TRUE.equals(r.outlier()) ? outliers : byPhase).get(slot).add(new double[] { x, y, e });
            max = Math.max(max, Math.max(x, y));
            data.row(r.id(), r.phase(), r.line(), r.column(), x, y, e, r.outlier());
        }
        double end = max > 0 ? max * 1.05 : 1;
        c.add(new Layer.Line(new double[] { 0, end }, new double[] { 0, end }, Palette.GREY, 1f, Layer.Dash.DASHED,
                "1:1"));
        for (int k = 0; k <= phases.size(); k++) {
            String name = k < phases.size() ? phases.get(k) : "other";
            c.add(points(byPhase.get(k), Palette.category(k), Layer.Marker.CIRCLE, name));
            c.add(points(outliers.get(k), Palette.category(k), Layer.Marker.CROSS, name + " outlier"));
        }
        return c.data(data.build());
    }

    private static Layer.Points points(List<double[]> p, int colour, Layer.Marker marker, String legend) {
        double[] x = new double[p.size()];
        double[] y = new double[p.size()];
        double[] e = new double[p.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = p.get(i)[0];
            y[i] = p.get(i)[1];
            e[i] = p.get(i)[2];
        }
        return new Layer.Points(x, y, new int[] { colour }, marker, true, 7, null, e, p.isEmpty() ? null : legend);
    }

    private static Spot find(SpotSet spots, String id) {
        if (spots == null) {
            return null;
        }
        for (Spot s : spots.spots()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
