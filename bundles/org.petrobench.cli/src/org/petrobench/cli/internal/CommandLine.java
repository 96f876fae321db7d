package org.petrobench.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The arguments after the command word. Options are read on demand ({@code --name value},
 * {@code --name=value} or a bare {@code --flag}); {@link #finish()} then rejects whatever no one
 * asked for, so a typo is an error instead of a silently ignored setting.
 */
public final class CommandLine {

    private final String command;
    private final List<String> tokens;
    private final boolean[] used;

    public CommandLine(String command, List<String> tokens) {
        this.command = command;
        List<String> split = new ArrayList<>();
        for (String t : tokens) {
            int eq = t.indexOf('=');
            if (t.startsWith("--") && eq > 2) {
                split.add(t.substring(0, eq));
                split.add(t.substring(eq + 1));
            } else {
                split.add(t);
            }
        }
        this.tokens = split;
        this.used = new boolean[split.size()];
    }

    public String command() {
        return command;
    }

    /** All tokens as given (for run.json). */
    public List<String> tokens() {
        return List.copyOf(tokens);
    }

    private int find(String name, int from) {
        String key = "--" + name;
        for (int i = from; i < tokens.size(); i++) {
            if (!used[i] && tokens.get(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of an option that may appear once, if given. */
    public Optional<String> optional(String name) throws UsageException {
        int i = find(name, 0);
        if (i < 0) {
            return Optional.empty();
        }
        if (i + 1 >= tokens.size()) {
            throw new UsageException("option --" + name + " needs a value");
        }
        used[i] = true;
        used[i + 1] = true;
        if (find(name, i + 2) >= 0) {
            throw new UsageException("option --" + name + " is given more than once");
        }
        return Optional.of(tokens.get(i + 1));
    }

    /** The value of a required option. */
    public String required(String name) throws UsageException {
        return optional(name).orElseThrow(() -> new UsageException("missing option --" + name));
    }

    /** All values of a repeatable option, in order. */
    public List<String> all(String name) throws UsageException {
        List<String> values = new ArrayList<>();
        int i;
        while ((i = find(name, 0)) >= 0) {
            if (i + 1 >= tokens.size()) {
                throw new UsageException("option --" + name + " needs a value");
            }
            used[i] = true;
            used[i + 1] = true;
            values.add(tokens.get(i + 1));
        }
        return values;
    }

    /** A comma-separated list option (empty when absent); blanks around items are trimmed. */
    public List<String> list(String name) throws UsageException {
        return optional(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** True when the bare flag {@code --name} is present. */
    public boolean flag(String name) {
        int i = find(name, 0);
        if (i < 0) {
            return false;
        }
        used[i] = true;
        return true;
    }

    public Optional<Path> path(String name) throws UsageException {
        return optional(name).map(Path::of);
    }

    public Path requiredPath(String name) throws UsageException {
        return Path.of(required(name));
    }

    /** A number option within [min, max]. */
    public Optional<Double> number(String name, double min, double max) throws UsageException {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        double d;
        try {
            d = Double.parseDouble(v.get());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + ": expected a number, found '" + v.get() + "'");
        }
        if (!(d >= min && d <= max)) {
            throw new UsageException(String.format(Locale.ROOT, "option --%s: expected a value in [%s, %s], found %s", name,
                    min, max, v.get()));
        }
        return Optional.of(d);
    }

    /** An integer option within [min, max]. */
    public Optional<Integer> integer(String name, int min, int max) throws UsageException {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + ": expected an integer, found '" + v.get() + "'");
        }
        if (n < min || n > max) {
            throw new UsageException("option --" + name + ": expected an integer in [" + min + ", " + max + "], found " + n);
        }
        return Optional.of(n);
    }

    /** The k-th word that is not an option (0-based), e.g. {@code bench quantify}: positional(0) = "quantify". */
    public Optional<String> positional(int k) {
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (used[i] || t.startsWith("--")) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).startsWith("--") && !used[i - 1]) {
                continue; // value of an option not read yet: read options before positionals
            }
            if (seen++ == k) {
                used[i] = true;
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Rejects every token no one asked for. */
    public void finish() throws UsageException {
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                String t = tokens.get(i);
                throw new UsageException(t.startsWith("--") ? "unknown option " + t + " for '" + command + "' (see ./petrobench help " + command + ")"
                        : "unexpected argument '" + t + "' for '" + command + "'");
            }
        }
    }
}
