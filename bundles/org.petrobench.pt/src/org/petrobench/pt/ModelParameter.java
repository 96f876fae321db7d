package org.petrobench.pt;

import java.util.List;
import java.util.Objects;

/**
 * A typed parameter of a {@link ThermodynamicModel} (an activity, the Al2SiO5 polymorph, a
 * calibration variant), set on the command line as {@code --model-param <id>.<name>=<value>}.
 * Numeric when {@code choices} is empty (value a {@link Double} within [min, max]); otherwise
 * one of the choices (a {@link String}).
 *
 * @param name         short name, e.g. {@code aTiO2}, {@code polymorph}
 * @param description  one sentence for the user
 * @param unit         unit of a numeric value, empty when dimensionless or a choice
 * @param defaultValue a {@link Double} (numeric) or one of {@code choices}
 * @param choices      allowed values of a choice parameter; empty for a numeric one
 * @param min          smallest valid numeric value (NaN for a choice)
 * @param max          largest valid numeric value (NaN for a choice)
 */
public record ModelParameter(String name, String description, String unit, Object defaultValue,
        List<String> choices, double min, double max) {

    public ModelParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (choices.isEmpty()) {
            if (!(defaultValue instanceof Double d) || d < min || d > max) {
                throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue
                        + " is not a number in [" + min + ", " + max + "]");
            }
        } else if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue
                    + " is not one of " + choices);
        }
    }

    /** A numeric parameter. */
    public static ModelParameter numeric(String name, String description, String unit, double defaultValue,
            double min, double max) {
        return new ModelParameter(name, description, unit, defaultValue, List.of(), min, max);
    }

    /** A choice among fixed words (case-sensitive, lower case by convention). */
    public static ModelParameter choice(String name, String description, String defaultValue, String... choices) {
        return new ModelParameter(name, description, "", defaultValue, List.of(choices), Double.NaN, Double.NaN);
    }

    public boolean isNumeric() {
        return choices.isEmpty();
    }

    /**
     * Parses a value given as text: a finite number within [min, max], or one of the choices.
     *
     * @throws IllegalArgumentException naming the parameter, the value and what was expected
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!isNumeric()) {
            if (!choices.contains(t)) {
                throw new IllegalArgumentException("parameter " + name + ": expected one of " + String.join("|", choices)
                        + ", found '" + t + "'");
            }
            return t;
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + ": expected a number, found '" + t + "'");
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new IllegalArgumentException("parameter " + name + ": expected a number in [" + min + ", " + max
                    + "]" + (unit.isEmpty() ? "" : " " + unit) + ", found '" + t + "'");
        }
        return v;
    }

    /** The default as text, as {@link #parse(String)} accepts it ({@code Double.toString} for numbers). */
    public String defaultText() {
        return String.valueOf(defaultValue);
    }
}
