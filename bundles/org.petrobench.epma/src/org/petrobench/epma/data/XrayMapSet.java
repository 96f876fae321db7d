package org.petrobench.epma.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.petrobench.core.Diagnostics;

/**
 * All signals of one map acquisition on one pixel grid.
 *
 * @param geometry    the pixel grid
 * @param signals     the channels in file order (X-ray and electron)
 * @param instrument  instrument string from the conditions ("" if none)
 * @param formatId    id of the {@code MapFormat} that read it
 * @param source      the folder or file read
 * @param diagnostics messages from reading (info, warnings)
 */
public record XrayMapSet(MapGeometry geometry, List<MapSignal> signals, String instrument, String formatId,
        Path source, Diagnostics diagnostics) {

    public XrayMapSet {
        Objects.requireNonNull(geometry, "geometry");
        signals = List.copyOf(signals);
        instrument = instrument == null ? "" : instrument;
        for (MapSignal s : signals) {
            if (s.counts().length != geometry.pixels()) {
                throw new IllegalArgumentException("signal " + s.name() + " has " + s.counts().length
                        + " values, the geometry " + geometry.pixels());
            }
        }
    }

    /** The signal named {@code element} (case-insensitive), X-ray or electron. */
    public Optional<MapSignal> signal(String element) {
        String e = element.toLowerCase(Locale.ROOT);
        return signals.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(e)).findFirst();
    }

    /** The X-ray channels in file order. */
    public List<MapSignal> xraySignals() {
        return signals.stream().filter(MapSignal::isXray).toList();
    }

    /** The electron channels in file order. */
    public List<MapSignal> electronSignals() {
        return signals.stream().filter(s -> !s.isXray()).toList();
    }

    /**
     * E_m = t_d · I_m in s·µA, the same for all X-ray channels (the readers check it); NaN when
     * there is no X-ray channel.
     */
    public double exposureSecUA() {
        return signals.stream().filter(MapSignal::isXray).findFirst().map(MapSignal::exposureSecUA)
                .orElse(Double.NaN);
    }
}
