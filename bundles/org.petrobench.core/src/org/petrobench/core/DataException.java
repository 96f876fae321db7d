package org.petrobench.core;

/**
 * The data are well-formed but the method cannot produce a result from them (no spot inside
 * the map, no model applies, ...). The batch mode exits with code 1.
 */
public final class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
