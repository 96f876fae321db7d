package org.petrobench.epma.format;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.petrobench.epma.data.StageAxis;

/**
 * Options of {@link MapFormat#read}.
 *
 * @param deadTimeNs      τ to apply to X-ray channels (EPMA.md §3.8: {@code --dead-time-ns} wins,
 *                        else the format's conditions, else 0 with a warning); empty = not given
 * @param electronSignals names treated as electron signals (§3.6), upper case, compared ignoring case
 * @param lineAxis        stage axis that advances with the file line ({@code geometry.lineAxis}, §3.7);
 *                        {@code null} = the format's default (X for JEOL 8105/8800 and generic)
 */
public record MapReadOptions(OptionalDouble deadTimeNs, Set<String> electronSignals, StageAxis lineAxis) {

    /** §3.6 default electron signals. */
    public static final Set<String> DEFAULT_ELECTRON_SIGNALS = Set.of("BSE", "BSI", "BEI", "COMPO", "CP", "SEI", "SL",
            "TOPO", "TP");

    public MapReadOptions {
        deadTimeNs = deadTimeNs == null ? OptionalDouble.empty() : deadTimeNs;
        if (deadTimeNs.isPresent() && !(deadTimeNs.getAsDouble() >= 0 && Double.isFinite(deadTimeNs.getAsDouble()))) {
            throw new IllegalArgumentException("dead time must be finite and >= 0 ns, got " + deadTimeNs.getAsDouble());
        }
        electronSignals = (electronSignals == null ? DEFAULT_ELECTRON_SIGNALS : electronSignals).stream()
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Options with the format's default line axis. */
    public MapReadOptions(OptionalDouble deadTimeNs, Set<String> electronSignals) {
        this(deadTimeNs, electronSignals, null);
    }

    /** No dead time given, the default electron signals, the format's default line axis. */
    public static MapReadOptions defaults() {
        return new MapReadOptions(OptionalDouble.empty(), DEFAULT_ELECTRON_SIGNALS, null);
    }

    /** These options with τ = {@code ns}. */
    public MapReadOptions withDeadTimeNs(double ns) {
        return new MapReadOptions(OptionalDouble.of(ns), electronSignals, lineAxis);
    }

    /** These options with the given line axis. */
    public MapReadOptions withLineAxis(StageAxis axis) {
        return new MapReadOptions(deadTimeNs, electronSignals, axis);
    }

    /** True when {@code signal} names an electron signal (ignoring case). */
    public boolean isElectron(String signal) {
        return electronSignals.contains(signal.trim().toUpperCase(Locale.ROOT));
    }
}
