package org.petrobench.epma.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.petrobench.core.CanceledException;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.DeadTime;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.SignalType;

/**
 * Reads the matrices of one acquisition in parallel (EPMA.md §14), checks their size against the
 * conditions and against each other, and dead-time corrects the X-ray channels (§3.8). Text
 * matrices only; binary formats build {@link MapSignal}s themselves and use {@link #readEach} and
 * {@link #deadTimeS}.
 */
public final class MapChannelReader {

    private MapChannelReader() {
    }

    /**
     * @param lines             expected file lines (from the conditions)
     * @param columns           expected values per line
     * @param conditionsTauNs   τ stated by the format's conditions, NaN if none
     * @param lineAxisHint      text of the hint for a transposed file, e.g. "set geometry.lineAxis=Y"
     * @return the signals in channel order
     * @throws InputException  a bad matrix, or a size that contradicts the conditions or another map
     * @throws DataException   a saturating dead time, or not enough memory for the maps
     */
    public static List<MapSignal> read(List<MapChannel> channels, int lines, int columns, MapReadOptions options,
            double conditionsTauNs, Diagnostics diagnostics, Monitor monitor)
            throws InputException, DataException, IOException {
        checkHeap((long) lines * columns, channels.size());
        double tauS = deadTimeS(options, conditionsTauNs, channels.stream().anyMatch(c -> c.type() == SignalType.XRAY),
                diagnostics);
        return readEach(channels, "Reading " + channels.size() + " maps", ch -> {
            CountMatrix m = CountMatrixReader.read(ch.file(), lines * columns, monitor);
            checkSize(ch, m, lines, columns);
            float[] values = m.values();
            if (m.nonInteger()) {
                diagnostics.info(ch.file() + ": non-integer values accepted");
            }
            double applied = ch.appliedDeadTimeS();
            if (ch.type() == SignalType.XRAY) {
                values = DeadTime.correct(values, tauS - applied, ch.dwellS(), columns, ch.file().toString());
                applied = tauS;
            }
            return new MapSignal(ch.name(), ch.type(), values, ch.dwellS(), ch.currentUA(), applied,
                    ch.file().toString());
        }, monitor);
    }

    /** Reads one channel of a map format into its signal. */
    @FunctionalInterface
    public interface SignalReading<C> {
        MapSignal read(C channel) throws InputException, DataException, IOException;
    }

    /**
     * Reads every channel in parallel (§14), one monitor step each, and returns the signals in
     * channel order; the first failure in channel order is rethrown as it was thrown.
     */
    public static <C> List<MapSignal> readEach(List<C> channels, String task, SignalReading<C> reading,
            Monitor monitor) throws InputException, DataException, IOException {
        monitor.begin(task, channels.size());
        Object[] results = new Object[channels.size()];
        IntStream.range(0, channels.size()).parallel().forEach(i -> {
            try {
                results[i] = reading.read(channels.get(i));
            } catch (InputException | DataException | CanceledException e) {
                results[i] = e;
            } catch (IOException e) {
                results[i] = new UncheckedIOException(e);
            }
            synchronized (monitor) {
                monitor.worked(1);
            }
        });
        List<MapSignal> out = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof InputException e) {
                throw e;
            } else if (r instanceof DataException e) {
                throw e;
            } else if (r instanceof CanceledException e) {
                throw e;
            } else if (r instanceof UncheckedIOException e) {
                throw e.getCause();
            }
            out.add((MapSignal) r);
        }
        monitor.done();
        return out;
    }

    /**
     * τ in s to apply (§3.8): {@code --dead-time-ns} wins, else the conditions, else 0 with a
     * warning (only when there are X-ray channels).
     */
    public static double deadTimeS(MapReadOptions options, double conditionsTauNs, boolean hasXray,
            Diagnostics diagnostics) {
        if (options.deadTimeNs().isPresent()) {
            return options.deadTimeNs().getAsDouble() * 1e-9;
        }
        if (!Double.isNaN(conditionsTauNs)) {
            return conditionsTauNs * 1e-9;
        }
        if (hasXray) {
            diagnostics.warn("no dead time given (--dead-time-ns or the conditions): X-ray counts are not corrected (τ = 0)");
        }
        return 0;
    }

    /** Fails early when the maps cannot fit in the heap (§14: about 4 bytes per pixel and signal). */
    public static void checkHeap(long pixels, int signals) throws DataException {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long need = pixels * signals * Float.BYTES;
        if (need > available) {
            throw new DataException(String.format("the maps need about %d MB (%d pixels x %d signals x 4 bytes) but only "
                    + "%d MB of heap are free; raise -Xmx", need >> 20, pixels, signals, available >> 20));
        }
    }

    private static void checkSize(MapChannel ch, CountMatrix m, int lines, int columns) throws InputException {
        if (m.lines() == lines && m.columns() == columns) {
            return;
        }
        String hint = m.lines() == columns && m.columns() == lines && lines != columns
                ? "; the file looks transposed: set geometry.lineAxis (the other stage axis advances with the line)"
                : "";
        throw new InputException(ch.file().toString(), "size",
                "expected " + lines + " lines x " + columns + " values as stated by " + ch.conditionsSource()
                        + ", found " + m.lines() + " x " + m.columns() + hint);
    }
}
