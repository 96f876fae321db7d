package org.petrobench.cli.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.petrobench.core.CanceledException;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/** A plug-in call that throws, hangs or is cancelled ends the call, never the caller. */
class PluginCallTest {

    static final String SUBJECT = "map format 'x' of plug-in org.lab.x 1.0.0";

    @Test
    void resultOfAWellBehavedCall() throws Exception {
        assertEquals("read", PluginCall.<String>run(SUBJECT, "reading f", 60, Monitor.silent(), m -> "read"));
    }

    @Test
    void uncheckedFailureBecomesADataExceptionNamingThePlugin() {
        DataException e = assertThrows(DataException.class, () -> PluginCall.run(SUBJECT, "reading f", 60, Monitor.silent(), m -> {
            throw new IllegalStateException("bug");
        }));
        assertTrue(e.getMessage().startsWith(SUBJECT + " failed reading f: java.lang.IllegalStateException: bug"), e.getMessage());
    }

    @Test
    void documentedExceptionsPassUnchanged() {
        InputException input = new InputException("f", "line 3", "a number");
        assertSame(input, assertThrows(InputException.class,
                () -> PluginCall.run(SUBJECT, "reading f", 60, Monitor.silent(), m -> {
                    throw input;
                })));
    }

    @Test
    void aCallPastItsLimitSeesCancellationAndIsReported() {
        DataException e = assertThrows(DataException.class, () -> PluginCall.run(SUBJECT, "reading f", 1, Monitor.silent(), m -> {
            while (true) {
                m.checkCanceled();
                Thread.onSpinWait();
            }
        }));
        assertTrue(e.getMessage().contains("did not finish reading f within 1 s"), e.getMessage());
    }

    @Test
    void aCallDeafToCancellationIsAbandoned() {
        AtomicBoolean stop = new AtomicBoolean();
        try {
            DataException e = assertThrows(DataException.class, () -> PluginCall.run(SUBJECT, "reading f", 1, Monitor.silent(), m -> {
                while (!stop.get()) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ignored) {
                        // deaf on purpose
                    }
                }
                return null;
            }));
            assertTrue(e.getMessage().startsWith(SUBJECT + " did not finish reading f within 1 s"), e.getMessage());
        } finally {
            stop.set(true);
        }
    }

    @Test
    void theCallersCancellationReachesThePlugin() {
        AtomicBoolean cancel = new AtomicBoolean();
        Monitor caller = new Monitor() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
                cancel.set(true);
            }

            @Override
            public boolean isCanceled() {
                return cancel.get();
            }
        };
        assertThrows(CanceledException.class, () -> PluginCall.run(SUBJECT, "reading f", 60, caller, m -> {
            m.worked(1);
            while (true) {
                m.checkCanceled();
                Thread.onSpinWait();
            }
        }));
    }
}
