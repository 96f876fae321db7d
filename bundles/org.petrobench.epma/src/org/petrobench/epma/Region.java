package org.petrobench.epma;

import java.util.Arrays;

/**
 * A set of map pixels (EPMA.md §11): a mask of map size, a polygon or a rectangle. Pixel
 * coordinates are 0-based, {@code x} = column and {@code y} = line (CLI.md "From maps to the other
 * methods"); pixel (x, y) has its centre at (x, y).
 */
public final class Region {

    private final String name;
    private final int lines;
    private final int columns;
    private final boolean[] inside;
    private final int count;

    private Region(String name, int lines, int columns, boolean[] inside) {
        this.name = name;
        this.lines = lines;
        this.columns = columns;
        this.inside = inside;
        int n = 0;
        for (boolean b : inside) {
            n += b ? 1 : 0;
        }
        this.count = n;
    }

    /** A mask of map size, row-major (copied). */
    public static Region mask(String name, int lines, int columns, boolean[] inside) {
        if (inside.length != lines * columns) {
            throw new IllegalArgumentException("mask has " + inside.length + " pixels, the map " + lines + " x " + columns);
        }
        return new Region(name, lines, columns, inside.clone());
    }

    /** The inclusive pixel box [x0, x1] × [y0, y1] (corners in any order), clipped to the map. */
    public static Region rectangle(String name, int lines, int columns, int x0, int y0, int x1, int y1) {
        boolean[] in = new boolean[lines * columns];
        int ya = Math.max(0, Math.min(y0, y1));
        int yb = Math.min(lines - 1, Math.max(y0, y1));
        int xa = Math.max(0, Math.min(x0, x1));
        int xb = Math.min(columns - 1, Math.max(x0, x1));
        for (int y = ya; y <= yb; y++) {
            Arrays.fill(in, y * columns + xa, Math.max(y * columns + xa, y * columns + xb + 1), true);
        }
        return new Region(name, lines, columns, in);
    }

    /**
     * The pixels whose centre lies inside the polygon by the even–odd rule (a ray to +x crosses the
     * boundary an odd number of times). Vertices in pixel units (x = column, y = line); the polygon
     * is closed implicitly. Decision: a centre exactly on an edge follows the half-open crossing
     * test of PNPOLY (y_min ≤ y &lt; y_max, x &lt; crossing), so two polygons sharing an edge never
     * both claim a pixel.
     */
    public static Region polygon(String name, int lines, int columns, double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices with x and y, found " + xs.length + " and " + ys.length);
        }
        boolean[] in = new boolean[lines * columns];
        int n = xs.length;
        double[] cross = new double[n];
        for (int y = 0; y < lines; y++) {
            int m = 0;
            for (int a = 0, b = n - 1; a < n; b = a++) {
                double ya = ys[a];
                double yb = ys[b];
                if ((ya <= y && y < yb) || (yb <= y && y < ya)) {
                    cross[m++] = xs[a] + (y - ya) * (xs[b] - xs[a]) / (yb - ya);
                }
            }
            Arrays.sort(cross, 0, m);
            for (int p = 0; p + 1 < m; p += 2) {
                // PNPOLY (x < crossing counts): centres with c_p ≤ x < c_{p+1} have an odd count to their right
                int from = (int) Math.max(0, Math.ceil(cross[p]));
                int to = (int) Math.min(columns - 1, Math.ceil(cross[p + 1]) - 1);
                for (int x = from; x <= to; x++) {
                    in[y * columns + x] = true;
                }
            }
        }
        return new Region(name, lines, columns, in);
    }

    public String name() {
        return name;
    }

    public int lines() {
        return lines;
    }

    public int columns() {
        return columns;
    }

    /** Whether the row-major pixel index lies in the region. */
    public boolean contains(int pixel) {
        return inside[pixel];
    }

    /** Number of pixels in the region. */
    public int size() {
        return count;
    }

    /** The same pixels under another name. */
    public Region named(String newName) {
        return new Region(newName, lines, columns, inside);
    }
}
