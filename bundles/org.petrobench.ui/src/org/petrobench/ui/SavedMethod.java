package org.petrobench.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.petrobench.core.io.AtomicWrite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The settings of a run saved from the GUI as a method file: {@code {"command": ..., "settings":
 * {...}}}, the shape of {@code run.json} that {@code ./petrobench <command> --method-file} reads
 * (CLI.md). The settings record is serialised by Jackson exactly as the batch mode does.
 */
public final class SavedMethod {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SavedMethod() {
    }

    /**
     * The method file's text: the command, the settings record, and further top-level fields
     * (the method id, models, ... as {@code run.json} records them).
     */
    public static String json(String command, Object settings, java.util.Map<String, ?> extra) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", command);
        root.put("savedFrom", "PetroBench workbench");
        extra.forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
        root.set("settings", JSON.valueToTree(settings));
        return JSON.writeValueAsString(root);
    }

    /** Writes the method file atomically. */
    public static void write(Path file, String command, Object settings, java.util.Map<String, ?> extra)
            throws IOException {
        String text = json(command, settings, extra);
        AtomicWrite.text(file, w -> w.write(text));
    }

    /** Writes a method file to a chosen path; may fail with a one-line reason. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    /**
     * Asks where to save a method file ({@code defaultName}, *.json) and writes it; a failure
     * reaches the user as a one-line dialog.
     */
    public static void askAndSave(org.eclipse.swt.widgets.Shell shell, String defaultName, Writer writer) {
        org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(shell, org.eclipse.swt.SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.json" });
        d.setFileName(defaultName);
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) {
            try {
                writer.write(Path.of(f));
            } catch (IOException | IllegalArgumentException e) {
                UserMessages.error(shell, "Save method failed", e);
            }
        }
    }
}
