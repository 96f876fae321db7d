package org.petrobench.pt;

import java.util.Locale;

/**
 * How far a calibration's constants were checked (PT.md §3 status marks). The UI shows a badge
 * for anything but {@link #VERIFIED}.
 */
public enum ModelStatus {
    /** [V]: coefficients checked against independent implementations and a printed example. */
    VERIFIED,
    /** [K]: standard literature value that could not be re-checked. */
    KNOWN,
    /** [U]: unverified; shipped only after a reviewer's sign-off, always with a warning badge. */
    UNVERIFIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
