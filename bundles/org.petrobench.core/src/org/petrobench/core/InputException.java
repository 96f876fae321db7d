package org.petrobench.core;

/**
 * A bad input file or bad usage: names the source (file or option), the place in it (line,
 * column, field or key) and what was expected. The batch mode exits with code 2.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;

    /**
     * @param source   the file (or option) at fault, as the user wrote it
     * @param location line/column/field/key in it, or {@code null} when the whole source is at fault
     * @param expected what was found and what was expected, in one sentence
     */
    public InputException(String source, String location, String expected) {
        this(source, location, expected, null);
    }

    public InputException(String source, String location, String expected, Throwable cause) {
        super(compose(source, location, expected), cause);
        this.source = source;
        this.location = location;
    }

    private static String compose(String source, String location, String expected) {
        StringBuilder b = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            b.append(source).append(": ");
        }
        if (location != null && !location.isEmpty()) {
            b.append(location).append(": ");
        }
        return b.append(expected).toString();
    }

    public String source() {
        return source;
    }

    public String location() {
        return location;
    }
}
