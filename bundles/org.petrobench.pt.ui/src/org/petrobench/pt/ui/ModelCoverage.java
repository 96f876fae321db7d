package org.petrobench.pt.ui;

import java.util.List;

import org.petrobench.pt.ModelKind;
import org.petrobench.pt.ThermodynamicModel;
import org.petrobench.pt.path.ZoningProfile;

/**
 * Where along a profile each used model is defined (all its required variables measured, PT.md §2),
 * and what that gives each point: both P and T constrained (a thermometer and a barometer), one
 * relation only, or nothing but
 * the prior (PT.md §5.1). An equilibrium or observation model is one relation between P and T: with
 * any second model defined at the point, both count as constrained.
 * <p>
 * Decision: the P-T diagram marks "points where inclusions constrain the path" (PT.md §8) by this
 * count, because the profile does not say which phase is host, inclusion or matrix: a matrix phase
 * written on every row constrains every point alike, while inclusions appear only where found.
 *
 * @param modelIds model ids, in the order of the run
 * @param kinds    each model's kind
 * @param defined  defined[m][k]: model m is defined at profile row k
 */
public record ModelCoverage(List<String> modelIds, List<ModelKind> kinds, boolean[][] defined) {

    /** What constrains a point. */
    public enum Constraint {
        /** P and T both constrained by data. */
        PRESSURE_AND_TEMPERATURE,
        /** One relation only (thermometers only, barometers only, or a single equilibrium). */
        ONE_OF_THEM,
        /** No model defined: the point carries only the prior. */
        PRIOR_ONLY
    }

    public ModelCoverage {
        modelIds = List.copyOf(modelIds);
        kinds = List.copyOf(kinds);
    }

    /** The coverage of these models on this profile. */
    public static ModelCoverage of(ZoningProfile profile, List<? extends ThermodynamicModel> models) {
        boolean[][] d = new boolean[models.size()][profile.size()];
        for (int m = 0; m < models.size(); m++) {
            for (int k = 0; k < profile.size(); k++) {
                d[m][k] = models.get(m).definedAt(profile.compositions(), k);
            }
        }
        return new ModelCoverage(models.stream().map(ThermodynamicModel::id).toList(),
                models.stream().map(ThermodynamicModel::kind).toList(), d);
    }

    /** Number of profile points. */
    public int points() {
        return defined.length == 0 ? 0 : defined[0].length;
    }

    /** What constrains point {@code k}. */
    public Constraint at(int k) {
        boolean p = false;
        boolean t = false;
        boolean other = false;
        int count = 0;
        for (int m = 0; m < defined.length; m++) {
            if (defined[m][k]) {
                count++;
                switch (kinds.get(m)) {
                case THERMOMETER -> t = true;
                case BAROMETER -> p = true;
                default -> other = true;
                }
            }
        }
        if ((p && t) || (other && count >= 2)) {
            return Constraint.PRESSURE_AND_TEMPERATURE;
        }
        return count > 0 ? Constraint.ONE_OF_THEM : Constraint.PRIOR_ONLY;
    }
}
