package org.petrobench.epma.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.petrobench.core.Diagnostics;

/**
 * The spot analyses of one session with the per-element conditions.
 *
 * @param elements    analysed elements in file order (the order of every per-element array)
 * @param spots       spots in file order
 * @param formatId    id of the {@code SpotFormat} that read it
 * @param source      the folder or file read
 * @param diagnostics messages from reading
 */
public record SpotSet(List<ElementConditions> elements, List<Spot> spots, String formatId, Path source,
        Diagnostics diagnostics) {

    public SpotSet {
        elements = List.copyOf(elements);
        spots = List.copyOf(spots);
        Objects.requireNonNull(diagnostics, "diagnostics");
        for (Spot s : spots) {
            if (s.wt().length != elements.size()) {
                throw new IllegalArgumentException("spot " + s.id() + " has " + s.wt().length
                        + " elements, the set " + elements.size());
            }
        }
    }

    /** Index of {@code element} (symbol, case-insensitive) in {@link #elements()}, or -1. */
    public int indexOf(String element) {
        String e = element.toLowerCase(Locale.ROOT);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).element().toLowerCase(Locale.ROOT).equals(e)) {
                return i;
            }
        }
        return -1;
    }
}
