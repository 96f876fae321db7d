package org.petrobench.ui;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.petrobench.core.Setting;

/**
 * A form for a settings record, generated from its components and their {@link Setting}
 * annotations (description as tooltip, unit, range): numbers and text as fields, booleans as
 * check boxes, enums as drop-downs. Components of other types (lists, nested records) keep the
 * value the form was given. {@link #value()} builds the record back, checking the ranges.
 */
public final class SettingsForm<T extends Record> extends Composite {

    private final Class<T> type;
    private final Map<String, Control> fields = new HashMap<>();
    private T current;

    public SettingsForm(Composite parent, Class<T> type, T initial) {
        this(parent, type, initial, java.util.Set.of());
    }

    /** A form without fields for the components named in {@code hidden} (edited elsewhere). */
    public SettingsForm(Composite parent, Class<T> type, T initial, java.util.Set<String> hidden) {
        super(parent, SWT.NONE);
        this.type = type;
        setLayout(new GridLayout(3, false));
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            if (!editable(c) || hidden.contains(c.getName())) {
                continue;
            }
            Setting s = c.getAnnotation(Setting.class);
            Label label = new Label(this, SWT.NONE);
            label.setText(c.getName());
            Control field;
            if (t == boolean.class || t == Boolean.class) {
                field = new Button(this, SWT.CHECK);
            } else if (t.isEnum()) {
                Combo combo = new Combo(this, SWT.READ_ONLY);
                for (Object constant : t.getEnumConstants()) {
                    combo.add(constant.toString());
                }
                field = combo;
            } else {
                field = new Text(this, SWT.BORDER);
                field.setLayoutData(new GridData(90, SWT.DEFAULT));
            }
            Label unit = new Label(this, SWT.NONE);
            unit.setText(s == null ? "" : s.unit());
            if (s != null) {
                String range = range(s);
                label.setToolTipText(s.description() + range);
                field.setToolTipText(s.description() + range);
            }
            fields.put(c.getName(), field);
        }
        set(initial);
    }

    private static boolean editable(RecordComponent c) {
        Class<?> t = c.getType();
        return t == double.class || t == Double.class || t == int.class || t == Integer.class || t == long.class
                || t == Long.class || t == boolean.class || t == Boolean.class || t == String.class || t.isEnum()
                || isTextList(c);
    }

    /** A {@code List<String>}, edited as comma-separated text. */
    private static boolean isTextList(RecordComponent c) {
        return c.getType() == List.class && c.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class;
    }

    private static String range(Setting s) {
        boolean lo = Double.isFinite(s.min());
        boolean hi = Double.isFinite(s.max());
        if (!lo && !hi) {
            return "";
        }
        return " [" + (lo ? fmt(s.min()) : "") + " .. " + (hi ? fmt(s.max()) : "") + "]";
    }

    private static String fmt(double v) {
        return org.petrobench.core.io.Numbers.shortest(v);
    }

    /** Shows the values of {@code settings}. */
    public void set(T settings) {
        current = settings;
        for (RecordComponent c : type.getRecordComponents()) {
            Control f = fields.get(c.getName());
            if (f == null) {
                continue;
            }
            Object v = read(c, settings);
            if (f instanceof Button b) {
                b.setSelection(Boolean.TRUE.equals(v));
            } else if (f instanceof Combo combo) {
                combo.setText(String.valueOf(v));
            } else if (f instanceof Text text) {
                text.setText(v == null ? "" : v instanceof Double d ? fmt(d)
                        : v instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                                : v.toString());
            }
        }
    }

    /** Sets one field's text as if the user typed it (tests, programmatic defaults). */
    public void setField(String name, String value) {
        Control f = fields.get(name);
        if (f instanceof Text t) {
            t.setText(value);
        } else if (f instanceof Combo c) {
            c.setText(value);
        } else if (f instanceof Button b) {
            b.setSelection(Boolean.parseBoolean(value));
        } else {
            throw new IllegalArgumentException("no field " + name);
        }
    }

    /** The record the form shows; a value out of range or not a number fails naming the field. */
    public T value() {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types.add(c.getType());
            Control f = fields.get(c.getName());
            args[i] = f == null ? read(c, current) : parse(c, f);
        }
        try {
            Constructor<T> k = type.getDeclaredConstructor(types.toArray(new Class<?>[0]));
            return k.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " cannot be built from the form", e);
        }
    }

    private static Object read(RecordComponent c, Object settings) {
        try {
            return c.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName(), e);
        }
    }

    private static Object parse(RecordComponent c, Control f) {
        Class<?> t = c.getType();
        if (f instanceof Button b) {
            return b.getSelection();
        }
        String text = f instanceof Combo combo ? combo.getText() : ((Text) f).getText().trim();
        if (t.isEnum()) {
            for (Object constant : t.getEnumConstants()) {
                if (constant.toString().equals(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(c.getName() + ": choose one of the listed values");
        }
        if (t == String.class) {
            return text;
        }
        if (isTextList(c)) {
            return text.isEmpty() ? List.of()
                    : java.util.Arrays.stream(text.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }
        if (text.isEmpty() && !t.isPrimitive()) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(c.getName() + ": expected a number, found '" + text + "'");
        }
        Setting s = c.getAnnotation(Setting.class);
        if (s != null && (v < s.min() || v > s.max())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %s is outside%s", c.getName(), text,
                    range(s)));
        }
        if (t == int.class || t == Integer.class) {
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException(c.getName() + ": expected a whole number, found '" + text + "'");
            }
            return (int) v;
        }
        if (t == long.class || t == Long.class) {
            return (long) v;
        }
        return v;
    }
}
