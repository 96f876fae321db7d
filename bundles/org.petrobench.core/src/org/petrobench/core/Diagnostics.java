package org.petrobench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages a computation wants the user to see (warnings, notes) instead of throwing for data
 * problems. Thread-safe: parallel stages may report into one instance.
 */
public final class Diagnostics {

    /** How serious a message is. */
    public enum Severity {
        INFO, WARNING
    }

    /** One message. */
    public record Entry(Severity severity, String message) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void info(String message) {
        entries.add(new Entry(Severity.INFO, message));
    }

    public synchronized void warn(String message) {
        entries.add(new Entry(Severity.WARNING, message));
    }

    /** Adds all messages of another instance, in order. */
    public synchronized void addAll(Diagnostics other) {
        entries.addAll(other.entries());
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<String> warnings() {
        return entries.stream().filter(e -> e.severity() == Severity.WARNING).map(Entry::message).toList();
    }
}
