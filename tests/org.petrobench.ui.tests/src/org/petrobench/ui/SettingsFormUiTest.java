package org.petrobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.petrobench.core.Setting;

/** The settings form edits a settings record and enforces the ranges its annotations declare. */
class SettingsFormUiTest {

    enum Delta {
        LOG, RELATIVE
    }

    record Demo(@Setting(description = "sparsity exponent", min = 0, max = 1) double q,
            @Setting(description = "bootstrap replicates", min = 0) int bootstrap,
            @Setting(description = "refit on the immobile set") boolean refit, Delta delta, List<String> weights) {
    }

    @Test
    void editsAndRebuildsTheRecordKeepingUneditableComponents() {
        Shell shell = new Shell(Display.getDefault());
        try {
            Demo initial = new Demo(0.2, 1000, true, Delta.LOG, List.of("SiO2"));
            SettingsForm<Demo> form = new SettingsForm<>(shell, Demo.class, initial);
            assertEquals(initial, form.value());
            form.setField("q", "0.5");
            form.setField("bootstrap", "200");
            form.setField("refit", "false");
            form.setField("delta", "RELATIVE");
            assertEquals(new Demo(0.5, 200, false, Delta.RELATIVE, List.of("SiO2")), form.value());
            form.setField("q", "1.5");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, form::value);
            assertTrue(e.getMessage().startsWith("q: 1.5 is outside [0 .. 1]"), e.getMessage());
            form.setField("q", "abc");
            assertEquals("q: expected a number, found 'abc'", assertThrows(IllegalArgumentException.class, form::value)
                    .getMessage());
        } finally {
            shell.dispose();
        }
    }
}
