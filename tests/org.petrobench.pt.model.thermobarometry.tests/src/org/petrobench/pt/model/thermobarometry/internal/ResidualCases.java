package org.petrobench.pt.model.thermobarometry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.petrobench.pt.CompositionTable;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Seeded random evaluation cases for every built-in model and parameter variant: two profile
 * tables (one with every variable, blanks and zeros included; one lacking some columns) and
 * random (P, T, row) points, rows repeated and out of order. Also writes the values that the
 * models give through their public methods, as hex bits, in the format of
 * {@code fast-path-golden.txt} (that file was written by {@link #main} against the code before
 * the bound evaluation existed, commit ac8f4b4, so it records the old path's bits). Uses only API
 * that existed then.
 */
final class ResidualCases {

    static final long SEED = 20261125;
    static final int ROWS = 40;
    static final int POINTS = 80;
    /** Points (the first ones) at which the Jacobians are recorded too. */
    static final int JACOBIAN_POINTS = 6;

    private static final String[] FRACTIONS = { "Grt.Xalm", "Grt.Xprp", "Grt.Xgrs", "Grt.Xsps", "Bt.XMg", "Bt.XFe",
            "Bt.XAlVI", "Bt.XTi", "Pl.Xan", "Cpx.XMg", "Cpx.XFe", "Ph.XMg", "Ph.XFe" };
    private static final String[] PPM = { "Zrn.Ti_ppm", "Rt.Zr_ppm", "Qz.Ti_ppm" };

    private ResidualCases() {
    }

    /** Every registered calibration, with each choice of its choice parameters and non-default activities. */
    static Map<String, ThermodynamicModel> models() {
        List<ThermodynamicModel> list = new ArrayList<>();
        list.add(new GrtBtFs1978());
        list.add(new GrtBtHs1982());
        for (String p : List.of("auto", "ky", "sil", "and")) {
            for (String tp : List.of("holdaway1971", "pattison1992")) {
                list.add(new GaspKn1988().withParameters(Map.of("polymorph", p, "triplePoint", tp)));
            }
        }
        list.add(new GrtCpxEg1979());
        list.add(new GrtCpxKr2000());
        list.add(new GrtPhKr1978());
        for (String v : List.of("basaltic", "mg-rich-pelite", "mg-poor-pelite")) {
            list.add(new GrtPhGh1982().withParameters(Map.of("variant", v)));
        }
        list.add(new TiZrnFw2007());
        list.add(new TiZrnFw2007().withParameters(Map.of("aSiO2", "0.8", "aTiO2", "0.6")));
        list.add(new ZrRtT2007());
        list.add(new TiQzWw2006());
        list.add(new TiQzWw2006().withParameters(Map.of("aTiO2", "0.7")));
        list.add(new TiQzO2022());
        list.add(new TiQzO2022().withParameters(Map.of("aTiO2", "0.5")));
        Map<String, ThermodynamicModel> m = new LinkedHashMap<>();
        for (ThermodynamicModel model : list) {
            m.put(model.id() + model.parameterValues(), model);
        }
        return m;
    }

    /** Table 0: every variable; 10 % blanks, 3 % exact zeros. Table 1: the same without Bt.XFe, Cpx.XMg and Rt.Zr_ppm. */
    static List<CompositionTable> tables() {
        Random rnd = new Random(SEED);
        Map<String, double[]> c = new LinkedHashMap<>();
        for (String v : FRACTIONS) {
            c.put(v, column(rnd, () -> 0.01 + 0.89 * rnd.nextDouble()));
        }
        for (String v : PPM) {
            c.put(v, column(rnd, () -> Math.pow(10, 3 * rnd.nextDouble())));
        }
        CompositionTable all = new CompositionTable(ROWS, c);
        Map<String, double[]> fewer = new LinkedHashMap<>(c);
        fewer.remove("Bt.XFe");
        fewer.remove("Cpx.XMg");
        fewer.remove("Rt.Zr_ppm");
        return List.of(all, new CompositionTable(ROWS, fewer));
    }

    private static double[] column(Random rnd, java.util.function.DoubleSupplier value) {
        double[] v = new double[ROWS];
        for (int k = 0; k < ROWS; k++) {
            double u = rnd.nextDouble();
            v[k] = u < 0.10 ? Double.NaN : u < 0.13 ? 0.0 : value.getAsDouble();
        }
        return v;
    }

    /** {pBar[], tK[], rows[] (as doubles)}: P 1–30 kbar, T 700–1300 K (GASP auto crosses all three fields). */
    static double[][] points() {
        Random rnd = new Random(SEED + 1);
        double[][] pts = new double[3][POINTS];
        for (int i = 0; i < POINTS; i++) {
            pts[0][i] = 1000 + 29000 * rnd.nextDouble();
            pts[1][i] = 700 + 600 * rnd.nextDouble();
            pts[2][i] = rnd.nextInt(ROWS);
        }
        return pts;
    }

    static int[] rows(double[][] pts) {
        int[] r = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            r[i] = (int) pts[2][i];
        }
        return r;
    }

    /**
     * The recorded quantities of one model on one table through the table-based methods, each a
     * line "key|table|quantity|hex hex ...": residuals (one vectorised call), definedAt per row,
     * calibrationSd at defined points, a hash of the validity sentences, jacobianPT, jacobianX.
     */
    static List<String> record(String key, ThermodynamicModel m, int t, CompositionTable x, double[][] pts) {
        int[] rows = rows(pts);
        List<String> lines = new ArrayList<>();
        double[] out = new double[POINTS];
        m.residuals(pts[0], pts[1], x, rows, out);
        lines.add(line(key, t, "residuals", out));
        double[] def = new double[ROWS];
        for (int k = 0; k < ROWS; k++) {
            def[k] = m.definedAt(x, k) ? 1 : 0;
        }
        lines.add(line(key, t, "definedAt", def));
        double[] sd = new double[POINTS];
        double[] val = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            sd[i] = m.definedAt(x, rows[i]) ? m.calibrationSd(0, pts[0][i], pts[1][i], x, rows[i]) : -1;
            val[i] = String.join("|", m.validity(pts[0][i], pts[1][i], x, rows[i])).hashCode();
        }
        lines.add(line(key, t, "calibrationSd", sd));
        lines.add(line(key, t, "validity", val));
        int nx = m.requires().size();
        double[] jpt = new double[2 * JACOBIAN_POINTS];
        double[] jx = new double[nx * JACOBIAN_POINTS];
        for (int i = 0; i < JACOBIAN_POINTS; i++) {
            double[] o = new double[2];
            m.jacobianPT(pts[0][i], pts[1][i], x, rows[i], o);
            System.arraycopy(o, 0, jpt, 2 * i, 2);
            double[] ox = new double[nx];
            m.jacobianX(pts[0][i], pts[1][i], x, rows[i], ox);
            System.arraycopy(ox, 0, jx, nx * i, nx);
        }
        lines.add(line(key, t, "jacobianPT", jpt));
        lines.add(line(key, t, "jacobianX", jx));
        return lines;
    }

    static String line(String key, int t, String quantity, double[] v) {
        StringBuilder b = new StringBuilder(key).append('|').append(t).append('|').append(quantity).append('|');
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : " ").append(Long.toHexString(Double.doubleToLongBits(v[i])));
        }
        return b.toString();
    }

    /** All lines, models in {@link #models()} order, tables in order. */
    static List<String> recordAll() {
        List<CompositionTable> tables = tables();
        double[][] pts = points();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, ThermodynamicModel> e : models().entrySet()) {
            for (int t = 0; t < tables.size(); t++) {
                lines.addAll(record(e.getKey(), e.getValue(), t, tables.get(t), pts));
            }
        }
        return lines;
    }

    /** Prints the golden file (run against the code whose bits are to be recorded). */
    public static void main(String[] args) {
        System.out.println("# Bits (Double.doubleToLongBits, hex) of the built-in models through their table-based methods,");
        System.out.println("# written by ResidualCases.main against commit ac8f4b4 (before BoundModel); see ResidualCases.");
        recordAll().forEach(System.out::println);
    }
}
