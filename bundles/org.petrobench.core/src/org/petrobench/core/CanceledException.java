package org.petrobench.core;

/** Thrown by {@link Monitor#checkCanceled()} when the user stopped the work. */
public final class CanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CanceledException() {
        super("cancelled by the user");
    }
}
