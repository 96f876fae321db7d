package org.petrobench.epma.format;

/**
 * A headerless numeric matrix as read from a map file: {@code lines} file lines of
 * {@code columns} values, row-major.
 *
 * @param values      row-major values ({@code line * columns + column}); shared, do not modify
 * @param nonInteger  true when at least one value had a fractional part
 */
public record CountMatrix(int lines, int columns, float[] values, boolean nonInteger) {

    public CountMatrix {
        if ((long) lines * columns != values.length) {
            throw new IllegalArgumentException(lines + " x " + columns + " does not match " + values.length + " values");
        }
    }
}
