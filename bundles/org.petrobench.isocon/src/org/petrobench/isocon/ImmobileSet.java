package org.petrobench.isocon;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference frame found or used (ISOCON.md §5.5, §6): per component its mobility m_i (RMS
 * relative transfer with the final r), whether it is immobile (sparse: m_i &lt; τ; grant/gresens:
 * member of the frame) and, with a bootstrap, how often it was selected.
 */
public record ImmobileSet(List<String> components, boolean[] immobile, double[] mobility, double[] selectedFraction) {

    /** Names of the immobile components in input order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < immobile.length; i++) {
            if (immobile[i]) {
                names.add(components.get(i));
            }
        }
        return names;
    }
}
