package org.petrobench.cli.internal;

import java.io.PrintStream;

import org.petrobench.core.Monitor;

/** Progress on stderr: a redrawn bar on a terminal, a line per 10 % otherwise (logs, pipes). */
final class TerminalMonitor implements Monitor {

    private final PrintStream err;
    private final boolean terminal;
    private String task = "";
    private int total = -1;
    private int done;
    private int lastShown = -1;

    TerminalMonitor(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void begin(String task, int totalWork) {
        this.task = task;
        this.total = totalWork;
        this.done = 0;
        this.lastShown = -1;
        show();
    }

    @Override
    public synchronized void worked(int units) {
        done += units;
        show();
    }

    @Override
    public synchronized void subTask(String name) {
        if (!terminal) {
            err.println(task + ": " + name);
        }
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public synchronized void done() {
        if (total > 0) {
            done = total;
            show();
        }
        if (terminal) {
            err.println();
        }
    }

    private void show() {
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, 100L * done / total);
        if (terminal) {
            if (percent != lastShown) {
                int bar = percent / 5;
                err.print("\r[" + "=".repeat(bar) + " ".repeat(20 - bar) + "] " + percent + "% " + task);
                err.flush();
            }
        } else if (percent / 10 != lastShown / 10 || lastShown < 0) {
            err.println(task + ": " + percent + "%");
        }
        lastShown = percent;
    }
}
