package org.petrobench.epma.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.petrobench.core.InputException;
import org.petrobench.epma.BulkComposition;
import org.petrobench.epma.PhaseDensities;
import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.Region;
import org.petrobench.epma.StructuralFormula;
import org.petrobench.epma.Transect;
import org.petrobench.epma.data.MapGeometry;
import org.petrobench.epma.io.ProfileCsv;
import org.petrobench.ui.plot.ShapeTool;

/**
 * What a shape drawn on the map viewer yields (EPMA.md §11): the density-weighted bulk composition
 * of a rectangle or polygon, and the zoning profile of a polyline transect. Shapes come in chart
 * coordinates, where pixel (column c, line l) covers [c, c+1] × [l, l+1]; the EPMA API has the
 * pixel centre at (c, l), hence the shift by ½.
 */
final class RegionAnalysis {

    /** Separator of sub-phases (Grt_core → Grt) for the default densities. */
    static final String SUB_PHASE = "_";

    private RegionAnalysis() {
    }

    /** The region of a rectangle or polygon drawn in chart coordinates. */
    static Region region(ShapeTool.Shape s, MapGeometry g, String name) {
        double[] x = shift(s.x());
        double[] y = shift(s.y());
        if (s.kind() == ShapeTool.Kind.RECTANGLE) {
            // a pixel is taken when its centre lies in the dragged box
            int x0 = (int) Math.ceil(Math.min(x[0], x[1]));
            int x1 = (int) Math.floor(Math.max(x[0], x[1]));
            int y0 = (int) Math.ceil(Math.min(y[0], y[1]));
            int y1 = (int) Math.floor(Math.max(y[0], y[1]));
            if (x1 < x0 || y1 < y0) {
                throw new IllegalArgumentException("the rectangle holds no pixel centre");
            }
            return Region.rectangle(name, g.lines(), g.columns(), x0, y0, x1, y1);
        }
        return Region.polygon(name, g.lines(), g.columns(), x, y);
    }

    /** ρ_k of the quantified phases: {@code given} (g/cm³) first, then the default table (PhaseDensities). */
    static double[] densities(QuantifiedMaps q, Map<String, Double> given) throws InputException {
        return PhaseDensities.resolve(q.phaseNames(), given, SUB_PHASE, "phase densities");
    }

    static List<String> oxides(QuantifiedMaps q) {
        List<String> out = new ArrayList<>();
        for (QuantifiedElement e : q.elements()) {
            out.add(e.oxide());
        }
        return out;
    }

    /**
     * The transect along a polyline drawn in chart coordinates.
     *
     * @param host phase index of the host, −1 for none
     */
    static Transect transect(Quantification q, ShapeTool.Shape s, double widthUm, int host) {
        QuantifiedMaps m = q.maps();
        List<String> oxides = oxides(m);
        float[][] wt = Arrays.copyOf(q.wt(), oxides.size()); // without the Total row
        return Transect.sample(wt, oxides, m.membership(), host, m.geometry(), shift(s.x()), shift(s.y()), widthUm,
                Double.NaN);
    }

    /**
     * Writes the transect recast to the structural-formula components of {@code phase} (e.g.
     * Grt.Xalm …) as a zoning-profile CSV the P-T perspective reads; stations without data are
     * left out since the profile reader needs a value per row.
     *
     * @return the number of rows written
     */
    static int writeProfile(Transect t, String phase, Path file) throws IOException {
        StructuralFormula f = StructuralFormula.of(phase, t.oxides())
                .orElseThrow(() -> new IllegalArgumentException(phase + " has no structural-formula components"));
        String base = StructuralFormula.basePhase(phase);
        List<String> columns = new ArrayList<>();
        for (String c : f.componentNames()) {
            columns.add(base + "." + c);
        }
        List<Double> distance = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < t.stations(); i++) {
            if (t.n()[i] == 0) {
                continue;
            }
            double[] x = f.recast(t.mean()[i], new double[columns.size()]);
            if (Arrays.stream(x).anyMatch(Double::isNaN)) {
                continue;
            }
            distance.add(t.distanceUm()[i]);
            rows.add(x);
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("the transect has " + rows.size() + " stations in " + phase
                    + " with data; a profile needs at least 2");
        }
        double[] d = new double[distance.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = distance.get(i);
        }
        ProfileCsv.write(file, d, columns, rows.toArray(new double[0][]));
        return d.length;
    }

    private static double[] shift(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - 0.5;
        }
        return out;
    }
}
