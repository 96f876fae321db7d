package org.petrobench.example.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Ti-in-biotite thermometer of Henry, Guidotti &amp; Thomson (2005, Am. Mineral. 90:316–328,
 * eq. 1), fitted to biotite of graphitic, peraluminous metapelites with ilmenite or rutile:
 * ln(Ti) = a + b·T³ + c·X_Mg³, hence T [°C] = ((ln Ti − a − c·X_Mg³) / b)^(1/3), with
 * a = −2.3594, b = 4.6482·10⁻⁹, c = −1.7283, Ti in atoms per 22 O and X_Mg = Mg/(Mg + Fe).
 * Pressure-independent; calibrated at about 4–6 kbar, 480–800 °C, Ti 0.04–0.60 apfu,
 * X_Mg 0.275–1.0.
 * <p>
 * Variables: {@code Bt.Ti_apfu22} (Ti on the 22-oxygen basis of the paper; not one of the built-in
 * recast variables, so the profile supplies it as a column) and the octahedral site fractions
 * {@code Bt.XMg}, {@code Bt.XFe} of PT.md §1, whose ratio gives X_Mg under any denominator.
 * <p>
 * Decision: σ_cal follows the paper's precision, ±24 °C at the low-T end improving to ±12 °C at
 * high T, read as 1σ: 24 K up to 600 °C, 12 K from 700 °C, linear in between.
 * <p>
 * The example of docs/plugin-guide.md: it uses only the exported {@code org.petrobench.pt} API.
 */
@Component(service = ThermodynamicModel.class)
public final class TiInBiotiteHenry2005 implements ThermodynamicModel {

    static final double A = -2.3594;
    static final double B = 4.6482e-9;
    static final double C = -1.7283;
    static final double KELVIN = 273.15;

    static final String TI = "Bt.Ti_apfu22";
    static final String XMG = "Bt.XMg";
    static final String XFE = "Bt.XFe";

    @Override
    public String id() {
        return "ti-bt-h2005";
    }

    @Override
    public String name() {
        return "Ti-in-biotite thermometer (Henry, Guidotti & Thomson 2005)";
    }

    @Override
    public String reference() {
        return "Henry D.J., Guidotti C.V., Thomson J.A. (2005) The Ti-saturation surface for low-to-medium pressure "
                + "metapelitic biotites: implications for geothermometry and Ti-substitution mechanisms. "
                + "Am. Mineral. 90:316-328, doi:10.2138/am.2005.1498";
    }

    @Override
    public ModelKind kind() {
        return ModelKind.THERMOMETER;
    }

    @Override
    public ModelStatus status() {
        return ModelStatus.KNOWN;
    }

    @Override
    public String statusNote() {
        return "coefficients as printed in Henry et al. (2005, eq. 1); no independent implementation compared";
    }

    @Override
    public List<String> phases() {
        return List.of("Bt");
    }

    @Override
    public List<String> requires() {
        return List.of(TI, XMG, XFE);
    }

    @Override
    public List<String> optionalVariables() {
        return List.of();
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of();
    }

    @Override
    public Map<String, String> parameterValues() {
        return Map.of();
    }

    @Override
    public ThermodynamicModel withParameters(Map<String, String> values) {
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("model " + id() + " has no parameter '" + values.keySet().iterator().next() + "'");
        }
        return this;
    }

    @Override
    public int residualCount() {
        return 1;
    }

    @Override
    public String residualUnit(int r) {
        return "K";
    }

    /** T_cal in K from the compositions of a row (eq. 1 solved for T). */
    static double temperatureK(double ti, double xMg) {
        return Math.cbrt((Math.log(ti) - A - C * xMg * xMg * xMg) / B) + KELVIN;
    }

    static double xMg(CompositionTable x, int row) {
        double mg = x.get(XMG, row);
        return mg / (mg + x.get(XFE, row));
    }

    @Override
    public void residuals(double[] pBar, double[] tK, CompositionTable x, int[] rows, double[] out) {
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            out[i] = definedAt(x, row) ? tK[i] - temperatureK(x.get(TI, row), xMg(x, row)) : Double.NaN;
        }
    }

    @Override
    public double calibrationSd(int r, double pBar, double tK, CompositionTable x, int row) {
        double tC = temperatureK(x.get(TI, row), xMg(x, row)) - KELVIN;
        if (tC <= 600) {
            return 24;
        }
        if (tC >= 700) {
            return 12;
        }
        return 24 - 12 * (tC - 600) / 100;
    }

    @Override
    public List<String> validity(double pBar, double tK, CompositionTable x, int row) {
        List<String> w = new ArrayList<>();
        if (pBar < 4000 || pBar > 6000) {
            w.add(id() + ": P outside the calibrated range 4–6 kbar");
        }
        if (tK < 480 + KELVIN || tK > 800 + KELVIN) {
            w.add(id() + ": T outside the calibrated range 480–800 °C");
        }
        if (x.defined(TI, row) && (x.get(TI, row) < 0.04 || x.get(TI, row) > 0.60)) {
            w.add(id() + ": biotite Ti outside the calibrated 0.04–0.60 apfu (22 O)");
        }
        if (x.defined(XMG, row) && x.defined(XFE, row) && xMg(x, row) < 0.275) {
            w.add(id() + ": biotite X_Mg below the calibrated 0.275");
        }
        return w;
    }

    @Override
    public double[] validityBox() {
        return new double[] { 4000, 6000, 480 + KELVIN, 800 + KELVIN };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", id(), version());
    }
}
