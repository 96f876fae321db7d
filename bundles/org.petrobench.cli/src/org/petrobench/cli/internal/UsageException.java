package org.petrobench.cli.internal;

/** Bad use of the command line (unknown command or option, missing or malformed value): exit 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
