package org.petrobench.isocon.ui;

import java.util.ArrayList;
import java.util.List;

import org.petrobench.isocon.ConcentrationUnit;

/**
 * The components drawn together in one panel of an absolute-change plot (ISOCON.md §7: separate
 * panels for wt% and ppm, because their units differ). Majors are in wt%; traces are shown in
 * ppm, with ppb columns converted (1 ppb = 10⁻³ ppm).
 *
 * @param unit       the panel's unit label
 * @param components component indices in input order
 * @param factor     per listed component, what a value in its column's unit is multiplied by to
 *                   give the panel's unit
 */
public record UnitPanel(String unit, int[] components, double[] factor) {

    /** The non-empty panels, wt% first, then ppm. */
    public static List<UnitPanel> of(ConcentrationUnit[] units) {
        List<UnitPanel> panels = new ArrayList<>();
        add(panels, units, ConcentrationUnit.WT_PERCENT);
        add(panels, units, ConcentrationUnit.PPM);
        return panels;
    }

    private static void add(List<UnitPanel> panels, ConcentrationUnit[] units, ConcentrationUnit target) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            boolean trace = units[i] != ConcentrationUnit.WT_PERCENT;
            if (trace == (target != ConcentrationUnit.WT_PERCENT)) {
                members.add(i);
            }
        }
        if (members.isEmpty()) {
            return;
        }
        int[] idx = members.stream().mapToInt(Integer::intValue).toArray();
        double[] f = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            f[k] = units[idx[k]].massFraction() / target.massFraction();
        }
        panels.add(new UnitPanel(target.label(), idx, f));
    }
}
