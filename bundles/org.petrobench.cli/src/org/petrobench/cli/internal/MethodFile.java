package org.petrobench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.petrobench.core.InputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;

/**
 * A saved method ({@code --method-file}): a {@code run.json} of an earlier run or a settings file
 * saved from the GUI. Its {@code settings} object (or the whole file when it has none) fills a
 * command's settings record; explicit options then override single fields.
 */
public final class MethodFile {

    private MethodFile() {
    }

    /** The settings tree of {@code --method-file}, if the option is given. */
    public static Optional<JsonNode> settings(CommandLine args, BatchContext context) throws UsageException, InputException {
        Optional<Path> file = args.path("method-file");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path f = file.get();
        if (!Files.isRegularFile(f)) {
            throw new InputException(f.toString(), null, "method file not found");
        }
        try {
            JsonNode root = context.json().readTree(f.toFile());
            if (root == null || !root.isObject()) {
                throw new InputException(f.toString(), "line 1", "expected a JSON object");
            }
            return Optional.of(root.has("settings") ? root.get("settings") : root);
        } catch (JsonProcessingException e) {
            throw new InputException(f.toString(), "line " + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(f.toString(), null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a settings record of type {@code type} from {@code --method-file}, or returns
     * {@code defaults}. Fields missing from the file keep their defaults.
     */
    public static <T> T read(CommandLine args, BatchContext context, Class<T> type, T defaults)
            throws UsageException, InputException {
        Optional<JsonNode> tree = settings(args, context);
        if (tree.isEmpty()) {
            return defaults;
        }
        ObjectMapper m = context.json().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            JsonNode merged = m.valueToTree(defaults);
            ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll((com.fasterxml.jackson.databind.node.ObjectNode) tree.get());
            return m.treeToValue(merged, type);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new InputException("--method-file", "settings", "does not fit " + type.getSimpleName() + ": "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
    }
}
