package org.petrobench.epma.format.generic.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.Spot;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.format.SpotConditionsCsv;

/**
 * {@code spot-analyses.csv} (EPMA.md §3.5): {@code id, phase, x_mm, y_mm, current_A} (optional
 * {@code z_mm}), then per oxide O the columns {@code O_wt, O_net, O_bgm, O_bgp} and optionally
 * {@code O_peak} (cps/µA). The oxides are those with an {@code O_wt} column, in column order; their
 * elements and conditions come from {@code conditions_qnt.csv} beside it. A negative net is set to
 * 0 and counted, as for {@code .qnt} folders. A negative wt% is kept and counted: microprobe
 * software reports small negative contents for elements below detection, and they are unbiased for α (§8.1).
 */
final class SpotAnalysesCsv {

    private SpotAnalysesCsv() {
    }

    static SpotSet read(Path csv, Path conditionsCsv, String formatId, Diagnostics diagnostics) throws InputException {
        CsvTable t = CsvTable.read(csv);
        int cId = t.requireColumn("id");
        int cPhase = t.requireColumn("phase");
        int cX = t.requireColumn("x_mm");
        int cY = t.requireColumn("y_mm");
        int cZ = t.columnIndex("z_mm");
        int cI = t.requireColumn("current_A");
        List<String> oxides = new ArrayList<>();
        for (String h : t.header()) {
            if (h.endsWith("_wt") && h.length() > 3) {
                oxides.add(h.substring(0, h.length() - 3));
            }
        }
        if (oxides.isEmpty()) {
            throw new InputException(csv.toString(), "line 1", "expected columns <oxide>_wt, <oxide>_net, <oxide>_bgm, "
                    + "<oxide>_bgp for at least one oxide, found " + t.header());
        }
        // elements of the oxides, from the conditions table (matched by oxide name)
        CsvTable ct = CsvTable.read(conditionsCsv);
        int cOx = ct.requireColumn("Oxide");
        int cEl = ct.requireColumn("Element");
        ConditionsElements.check(ct, conditionsCsv);
        List<String> elements = new ArrayList<>();
        for (String ox : oxides) {
            String el = null;
            for (int r = 0; r < ct.rowCount(); r++) {
                if (ct.text(r, cOx).equals(ox)) {
                    el = ct.text(r, cEl);
                }
            }
            if (el == null || el.isEmpty()) {
                throw new InputException(conditionsCsv.toString(), "column 'Oxide'",
                        "expected a row with background/time conditions for the analysed oxide '" + ox + "' (from "
                                + csv.getFileName() + ")");
            }
            elements.add(el);
        }
        List<ElementConditions> conditions = SpotConditionsCsv.read(conditionsCsv, elements, oxides, diagnostics);
        int n = oxides.size();
        int[] cWt = new int[n];
        int[] cNet = new int[n];
        int[] cBgm = new int[n];
        int[] cBgp = new int[n];
        int[] cPk = new int[n];
        for (int e = 0; e < n; e++) {
            String o = oxides.get(e);
            cWt[e] = t.requireColumn(o + "_wt");
            cNet[e] = t.requireColumn(o + "_net");
            cBgm[e] = t.requireColumn(o + "_bgm");
            cBgp[e] = t.requireColumn(o + "_bgp");
            cPk[e] = t.columnIndex(o + "_peak");
        }
        List<Spot> spots = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int negative = 0;
        int negativeWt = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String id = t.text(r, cId);
            if (id.isEmpty()) {
                throw new InputException(csv.toString(), t.location(r, cId), "expected a spot id");
            }
            if (seen.contains(id)) {
                throw new InputException(csv.toString(), t.location(r, cId), "expected unique spot ids, found '" + id + "' twice");
            }
            seen.add(id);
            double current = t.number(r, cI);
            if (!(current > 0)) {
                throw new InputException(csv.toString(), t.location(r, cI), "expected a positive probe current [A]");
            }
            double[] wt = new double[n];
            double[] net = new double[n];
            double[] bgm = new double[n];
            double[] bgp = new double[n];
            double[] pk = new double[n];
            Arrays.fill(pk, Double.NaN);
            for (int e = 0; e < n; e++) {
                wt[e] = t.number(r, cWt[e]);
                if (wt[e] < 0) {
                    negativeWt++;
                }
                net[e] = t.number(r, cNet[e]);
                if (net[e] < 0) {
                    net[e] = 0;
                    negative++;
                }
                bgm[e] = t.number(r, cBgm[e]);
                bgp[e] = t.number(r, cBgp[e]);
                if (cPk[e] >= 0) {
                    pk[e] = t.numberOrNaN(r, cPk[e]);
                }
            }
            spots.add(new Spot(id, t.text(r, cPhase).trim().replaceAll("\\s+", " "), t.number(r, cX), t.number(r, cY),
                    cZ >= 0 ? t.numberOrNaN(r, cZ) : 0, current * 1e6, wt, net, bgm, bgp, pk));
        }
        if (negativeWt > 0) {
            diagnostics.warn(csv + ": " + negativeWt + " negative wt% values (below detection) kept as measured");
        }
        if (negative > 0) {
            diagnostics.warn(csv + ": " + negative + " negative net intensities set to 0");
        }
        return new SpotSet(conditions, spots, formatId, csv, diagnostics);
    }
}
