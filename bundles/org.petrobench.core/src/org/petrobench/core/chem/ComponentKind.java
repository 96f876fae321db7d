package org.petrobench.core.chem;

/**
 * What a column name of an analysis table denotes: an oxide formula (reported as oxide wt%), an
 * element symbol (often ppm) or something else (LOI, H2O+, Total, mineral end-members …).
 */
public enum ComponentKind {

    OXIDE, ELEMENT, OTHER;

    /**
     * Decision: oxide formulas are matched first and case-sensitively ({@code CO2} is carbon
     * dioxide, {@code CoO} cobalt oxide); element symbols then ignore case ({@code zr} is Zr).
     */
    public static ComponentKind of(String name) {
        if (Oxide.isOxide(name)) {
            return OXIDE;
        }
        return PeriodicTable.contains(name) ? ELEMENT : OTHER;
    }
}
