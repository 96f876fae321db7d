package org.petrobench.cli.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.petrobench.core.InputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the settings tree of a method file from the spec's names into the record's fields
 * ({@link SpecSettingNames}), before {@link MethodFile} merges it over the defaults. Record names
 * pass unchanged, so run.json files and GUI-saved methods read as before.
 * <p>
 * An object under a key that is not an object-valued field ({@code em}, {@code tiles},
 * {@code validation}, {@code box}) is read as a group of spec paths; objects of object-valued
 * fields (free-form maps, nested records) are left to the merge. A key left untranslated keeps
 * its dotted spec path, so the merge names it as written. Two keys that set the same field are
 * exit 2: which one should win is not knowable.
 */
final class SpecSettingTranslation {

    private final SpecSettingNames names;
    private final JsonNode defaults;
    private final String prefix;
    private final String source;
    private final ObjectNode out = JsonNodeFactory.instance.objectNode();
    /** Field → spec path that set it, for the message about a field set twice. */
    private final Map<String, String> setBy = new HashMap<>();
    /** Parts of the nested records (ptpath's mrf, smc), collected from nested and dotted keys. */
    private final Map<String, ObjectNode> nestedParts = new LinkedHashMap<>();

    private SpecSettingTranslation(SpecSettingNames names, JsonNode defaults, String prefix, String source) {
        this.names = names;
        this.defaults = defaults;
        this.prefix = prefix;
        this.source = source;
    }

    /**
     * The settings {@code tree} of method file {@code source} with the spec's names of
     * {@code type} replaced by the record's fields; {@code defaults} is the serialised default
     * record, which tells object-valued fields apart.
     */
    static ObjectNode translate(ObjectNode tree, JsonNode defaults, Class<?> type, String source) throws InputException {
        return translate(tree, defaults, SpecSettingNames.of(type), "", source);
    }

    private static ObjectNode translate(ObjectNode tree, JsonNode defaults, SpecSettingNames names, String prefix,
            String source) throws InputException {
        SpecSettingTranslation t = new SpecSettingTranslation(names, defaults, prefix, source);
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            t.visit(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, ObjectNode> e : t.nestedParts.entrySet()) {
            String field = e.getKey();
            JsonNode inner = defaults == null ? null : defaults.get(field);
            t.put(field, translate(e.getValue(), inner, names.nested(field), prefix + field + ".", source), field);
        }
        return t.out;
    }

    private void visit(String path, JsonNode value) throws InputException {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        if (names.nested(head) != null && (dot >= 0 || value.isObject())) {
            ObjectNode part = nestedParts.computeIfAbsent(head, k -> JsonNodeFactory.instance.objectNode());
            if (dot >= 0) {
                add(part, path.substring(dot + 1), value, path);
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    add(part, e.getKey(), e.getValue(), head + "." + e.getKey());
                }
            }
            return;
        }
        if (names.translates(path)) {
            translateLeaf(path, value);
            return;
        }
        JsonNode field = defaults == null ? null : defaults.get(path);
        if (value.isObject() && (field == null || !field.isObject())) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                visit(path + "." + e.getKey(), e.getValue());
            }
            return;
        }
        put(path, value, path);
    }

    private void translateLeaf(String path, JsonNode value) throws InputException {
        String field = names.renamed(path);
        if (field != null) {
            put(field, value, path);
            return;
        }
        List<String> pair = names.pair(path);
        if (pair != null) {
            if (!value.isArray() || value.size() != 2 || !value.get(0).isNumber() || !value.get(1).isNumber()) {
                throw new InputException(source, location(path), "expected [min, max] (two numbers, setting " + pair.get(0)
                        + " and " + pair.get(1) + "), found " + value);
            }
            put(pair.get(0), value.get(0), path);
            put(pair.get(1), value.get(1), path);
            return;
        }
        SpecSettingNames.Fixed fixed = names.fixed(path);
        if (!value.isNull() && !matches(value, fixed.accepted())) {
            String supported = fixed.accepted() == null ? "not supported, leave it out"
                    : "only " + (fixed.accepted() instanceof String s ? "'" + s + "'" : fixed.accepted()) + " is supported";
            throw new InputException(source, location(path), supported + ": " + fixed.why() + " (found " + value + ")");
        }
    }

    private static boolean matches(JsonNode value, Object accepted) {
        if (accepted instanceof Number n) {
            return value.isNumber() && value.doubleValue() == n.doubleValue();
        }
        return accepted instanceof String s && value.isTextual() && value.textValue().equals(s);
    }

    /** Adds a key of a nested record's part; the same key twice is exit 2. */
    private void add(ObjectNode part, String key, JsonNode value, String path) throws InputException {
        if (part.has(key)) {
            throw new InputException(source, location(path), "given twice (nested and dotted)");
        }
        part.set(key, value);
    }

    private void put(String field, JsonNode value, String path) throws InputException {
        String earlier = setBy.putIfAbsent(field, path);
        if (earlier != null) {
            throw new InputException(source, location(path), "sets " + prefix + field + ", which '" + prefix + earlier
                    + "' sets too; give it once");
        }
        out.set(field, value);
    }

    private String location(String path) {
        return "field '" + prefix + path + "'";
    }
}
