package org.petrobench.pt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;

/**
 * Turns the user's model choice ({@code ptpath --models <id,...>} and repeated
 * {@code --model-param <id>.<name>=<value>}, CLI.md) into parameterised models for one profile.
 * Bad input is an {@link InputException} (exit 2) with one clear sentence: a model id not
 * installed, a malformed or unknown parameter, a bad parameter value, or no profile row where any
 * selected model is defined.
 * <p>
 * Default (no {@code --models}): every installed model that is not {@link ModelStatus#UNVERIFIED}
 * and whose phases all occur in the profile (CLI.md, PT.md §5.1), ordered by id. Decision: two
 * selected models of the same kind on the same phases (e.g. grt-bt-fs1978 and grt-bt-hs1982)
 * share their data and largely their calibration, so a warning suggests choosing one.
 */
public final class ModelSelection {

    private ModelSelection() {
    }

    /**
     * @param installed   all installed model services
     * @param ids         ids from {@code --models}, or empty for the default
     * @param assignments {@code <id>.<name>=<value>} texts from {@code --model-param}
     * @param source      the profile (file name) for messages
     * @param x           the profile's compositions
     * @param diagnostics receives warnings (models defined nowhere, correlated models, unused parameters)
     * @return the selected models with their parameters set, each defined at ≥ 1 row
     */
    public static List<ThermodynamicModel> select(Collection<? extends ThermodynamicModel> installed, List<String> ids,
            List<String> assignments, String source, CompositionTable x, Diagnostics diagnostics) throws InputException {
        Map<String, ThermodynamicModel> byId = new TreeMap<>();
        for (ThermodynamicModel m : installed) {
            byId.put(m.id(), m);
        }
        Map<String, Map<String, String>> parameters = parseParameters(assignments, byId.keySet());
        List<ThermodynamicModel> chosen = new ArrayList<>();
        boolean explicit = ids != null && !ids.isEmpty();
        if (explicit) {
            for (String id : new LinkedHashSet<>(ids)) {
                ThermodynamicModel m = byId.get(id.trim());
                if (m == null) {
                    throw new InputException("--models", null, "model '" + id.trim() + "' is not installed; installed models: "
                            + String.join(", ", byId.keySet()));
                }
                chosen.add(m);
            }
        } else {
            Set<String> phases = phasesPresent(x);
            for (ThermodynamicModel m : byId.values()) {
                if (m.status() != ModelStatus.UNVERIFIED && phases.containsAll(m.phases())) {
                    chosen.add(m);
                }
            }
        }
        List<ThermodynamicModel> selected = new ArrayList<>();
        for (ThermodynamicModel m : chosen) {
            Map<String, String> p = parameters.remove(m.id());
            if (p != null) {
                try {
                    m = m.withParameters(p);
                } catch (IllegalArgumentException e) {
                    throw new InputException("--model-param", null, e.getMessage());
                }
            }
            if (definedRows(m, x) == 0) {
                diagnostics.warn(m.id() + " is defined at no profile row: it needs " + String.join(", ", m.requires()));
            } else {
                selected.add(m);
            }
        }
        for (String unused : parameters.keySet()) {
            diagnostics.warn("--model-param for " + unused + " is ignored: the model is not used for this profile");
        }
        if (selected.isEmpty()) {
            throw new InputException(source, null, "no row where any model applies: "
                    + (chosen.isEmpty() ? "no installed model's phases occur in the profile (phases found: "
                            + phasesPresent(x) + ")" : "each needs its variables on one row: " + needs(chosen)));
        }
        warnCorrelated(selected, diagnostics);
        return List.copyOf(selected);
    }

    /**
     * Parses {@code <id>.<name>=<value>} assignments into id → (name → value), checking that the id
     * is installed (the value is checked by the model).
     */
    public static Map<String, Map<String, String>> parseParameters(List<String> assignments, Set<String> installedIds)
            throws InputException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String a : assignments == null ? List.<String>of() : assignments) {
            int eq = a.indexOf('=');
            int dot = eq < 0 ? -1 : a.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                throw new InputException("--model-param", null, "expected <id>.<name>=<value>, e.g. gasp-kn1988.polymorph=ky, found '"
                        + a + "'");
            }
            String id = a.substring(0, dot).trim();
            if (!installedIds.contains(id)) {
                throw new InputException("--model-param", null, "model '" + id + "' in '" + a + "' is not installed; installed models: "
                        + String.join(", ", new TreeSet<>(installedIds)));
            }
            out.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(a.substring(dot + 1, eq).trim(), a.substring(eq + 1).trim());
        }
        return out;
    }

    /** Phases with at least one defined value somewhere in the profile (prefix before the first dot). */
    public static Set<String> phasesPresent(CompositionTable x) {
        Set<String> out = new TreeSet<>();
        for (String v : x.variables()) {
            int dot = v.indexOf('.');
            if (dot > 0 && x.definedAnywhere(v)) {
                out.add(v.substring(0, dot));
            }
        }
        return out;
    }

    /** Number of rows where the model is defined. */
    public static int definedRows(ThermodynamicModel m, CompositionTable x) {
        int n = 0;
        for (int k = 0; k < x.rows(); k++) {
            if (m.definedAt(x, k)) {
                n++;
            }
        }
        return n;
    }

    private static String needs(List<ThermodynamicModel> models) {
        List<String> parts = new ArrayList<>();
        for (ThermodynamicModel m : models) {
            parts.add(m.id() + " (" + String.join(", ", m.requires()) + ")");
        }
        return String.join("; ", parts);
    }

    private static void warnCorrelated(List<ThermodynamicModel> selected, Diagnostics diagnostics) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (ThermodynamicModel m : selected) {
            List<String> phases = new ArrayList<>(m.phases());
            phases.sort(Comparator.naturalOrder());
            groups.computeIfAbsent(m.kind().label() + " " + String.join("-", phases), k -> new ArrayList<>()).add(m.id());
        }
        groups.forEach((k, v) -> {
            if (v.size() > 1) {
                diagnostics.warn(String.join(" and ", v) + " are both " + k.replaceFirst(" ", "s on ")
                        + " data and not independent; choose one with --models");
            }
        });
    }
}
