package org.petrobench.core;

/** The monitor of headless calls that nobody watches. */
final class SilentMonitor implements Monitor {

    static final SilentMonitor INSTANCE = new SilentMonitor();

    private SilentMonitor() {
    }

    @Override
    public void begin(String task, int totalWork) {
    }

    @Override
    public void worked(int units) {
    }

    @Override
    public boolean isCanceled() {
        return false;
    }
}
