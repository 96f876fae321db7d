package org.petrobench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.petrobench.core.InputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A saved method ({@code --method-file}): a {@code run.json} of an earlier run or a settings file
 * saved from the GUI. Its {@code settings} object (or the whole file when it has none) fills a
 * command's settings record; explicit options then override single fields.
 * <p>
 * Nested objects are merged field by field, so {@code {"mrf": {"seed": 5}}} keeps the other mrf
 * defaults. A field the settings record does not have is exit 2 naming it: a typo in a method
 * file must not silently fall back to a default.
 * <p>
 * The names of the science specs (EPMA.md §12, ISOCON.md §5.7, PT.md §5.7/§6) are accepted too:
 * {@link SpecSettingTranslation} rewrites them into the record's fields first (table in
 * {@link SpecSettingNames}).
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
        return Optional.of(load(file.get(), args.command(), context));
    }

    /** The file given with {@code --method-file}, for messages about settings it supplied. */
    public static Optional<String> fileName(CommandLine args) {
        List<String> t = args.tokens();
        int i = t.indexOf("--method-file");
        return i >= 0 && i + 1 < t.size() ? Optional.of(t.get(i + 1)) : Optional.empty();
    }

    private static JsonNode load(Path f, String command, BatchContext context) throws InputException {
        if (!Files.isRegularFile(f)) {
            throw new InputException(f.toString(), null, "method file not found");
        }
        JsonNode root;
        try {
            root = context.json().readTree(f.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException(f.toString(), "line " + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(f.toString(), null, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(f.toString(), "line 1", "expected a JSON object");
        }
        JsonNode saved = root.get("command");
        if (saved != null && saved.isTextual() && !saved.asText().equals(command)) {
            throw new InputException(f.toString(), "field 'command'", "expected a method of '" + command + "', found one of '"
                    + saved.asText() + "'");
        }
        JsonNode settings = root.has("settings") ? root.get("settings") : root;
        if (!settings.isObject()) {
            throw new InputException(f.toString(), "field 'settings'", "expected a JSON object, found " + settings.getNodeType());
        }
        return settings;
    }

    /**
     * Reads a settings record of type {@code type} from {@code --method-file}, or returns
     * {@code defaults}. Fields missing from the file keep their defaults.
     */
    public static <T> T read(CommandLine args, BatchContext context, Class<T> type, T defaults)
            throws UsageException, InputException {
        Optional<Path> file = args.path("method-file");
        if (file.isEmpty()) {
            return defaults;
        }
        String src = file.get().toString();
        JsonNode tree = load(file.get(), args.command(), context);
        ObjectMapper m = context.json().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ObjectNode merged = m.valueToTree(defaults);
        merge(merged, SpecSettingTranslation.translate((ObjectNode) tree, merged, type, src), "", src);
        try {
            return m.treeToValue(merged, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InputException(src, field.isEmpty() ? "settings" : "field '" + field + "'", "does not fit the "
                    + type.getSimpleName() + " settings: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputException(src, "settings", "does not fit the " + type.getSimpleName() + " settings: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Copies {@code from} into {@code into}; objects are merged recursively. A field that
     * {@code into} (the serialised defaults) lacks is rejected, except inside free-form maps and
     * values whose default is null (nothing to compare against).
     */
    private static void merge(ObjectNode into, ObjectNode from, String prefix, String src) throws InputException {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode current = into.get(key);
            if (current == null) {
                List<String> known = new ArrayList<>();
                into.fieldNames().forEachRemaining(known::add);
                throw new InputException(src, "field '" + prefix + key + "'", "unknown setting; expected one of " + String.join(", ", known));
            }
            if (current.isObject() && current.size() > 0 && e.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) e.getValue(), prefix + key + ".", src);
            } else {
                into.set(key, e.getValue());
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
