package org.petrobench.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Test support: closes the modal error dialogs that appear while a test pumps the event loop, and
 * remembers their title and text, so tests can assert on what the user would read.
 */
public final class ErrorDialogs {

    /** One dialog as the user saw it. */
    public record Seen(String title, List<String> texts) {
    }

    private final Display display;
    private final List<Seen> seen = new ArrayList<>();
    private boolean running = true;

    public ErrorDialogs(Display display) {
        this.display = display;
        display.timerExec(50, this::poll);
    }

    private void poll() {
        if (!running || display.isDisposed()) {
            return;
        }
        for (Shell s : display.getShells()) {
            if (s.getText().endsWith("failed") && s.isVisible()) {
                List<String> texts = new ArrayList<>();
                collect(s, texts);
                seen.add(new Seen(s.getText(), texts));
                s.close();
            }
        }
        display.timerExec(50, this::poll);
    }

    private static void collect(Composite c, List<String> texts) {
        for (Control child : c.getChildren()) {
            if (child instanceof Label l && !l.getText().isEmpty()) {
                texts.add(l.getText());
            }
            if (child instanceof Composite k) {
                collect(k, texts);
            }
        }
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public void stop() {
        running = false;
    }
}
