package org.petrobench.cli.internal.epma;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.petrobench.core.InputException;
import org.petrobench.epma.Region;

/**
 * Regions as the command line writes them (CLI.md "From maps to the other methods"):
 * {@code rect:x0,y0,x1,y1} (inclusive pixel box, x = column, y = line, 0-based) or
 * {@code mask:<png>} (the PNG's non-transparent pixels; the PNG must have the map's size, width =
 * columns). {@link #colourRegions} splits a PNG into one region per distinct opaque colour.
 */
final class RegionSpec {

    private RegionSpec() {
    }

    /**
     * @param source   where the text came from, for messages (an option or "file: line n")
     * @param relative folder that relative mask paths are resolved against (null = working folder)
     */
    static Region parse(String name, String text, int lines, int columns, String source, Path relative) throws InputException {
        String t = text.trim();
        if (t.startsWith("rect:")) {
            String[] f = t.substring(5).split(",");
            if (f.length != 4) {
                throw new InputException(source, null, "expected rect:x0,y0,x1,y1 (4 integers), found '" + text + "'");
            }
            int[] v = new int[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Integer.parseInt(f[i].trim());
                } catch (NumberFormatException e) {
                    throw new InputException(source, null, "expected rect:x0,y0,x1,y1 with integers, found '" + f[i].trim() + "'");
                }
                if (v[i] < 0 || v[i] >= (i % 2 == 0 ? columns : lines)) {
                    throw new InputException(source, null, "rect corner " + (i % 2 == 0 ? "x" : "y") + " = " + v[i]
                            + " lies outside the map (x 0.." + (columns - 1) + ", y 0.." + (lines - 1) + ")");
                }
            }
            return Region.rectangle(name, lines, columns, v[0], v[1], v[2], v[3]);
        }
        if (t.startsWith("mask:")) {
            Path png = Path.of(t.substring(5).trim());
            if (relative != null && !png.isAbsolute()) {
                png = relative.resolve(png);
            }
            BufferedImage img = readPng(png, lines, columns);
            boolean[] in = new boolean[lines * columns];
            for (int y = 0; y < lines; y++) {
                for (int x = 0; x < columns; x++) {
                    in[y * columns + x] = (img.getRGB(x, y) >>> 24) != 0;
                }
            }
            return Region.mask(name, lines, columns, in);
        }
        throw new InputException(source, null, "expected a region rect:x0,y0,x1,y1 or mask:<png>, found '" + text + "'");
    }

    /** One region per distinct opaque colour (alpha 255), named {@code #RRGGBB}, in order of first appearance. */
    static List<Region> colourRegions(Path png, int lines, int columns) throws InputException {
        BufferedImage img = readPng(png, lines, columns);
        Map<Integer, boolean[]> masks = new LinkedHashMap<>();
        for (int y = 0; y < lines; y++) {
            for (int x = 0; x < columns; x++) {
                int argb = img.getRGB(x, y);
                if ((argb >>> 24) != 255) {
                    continue;
                }
                masks.computeIfAbsent(argb & 0xFFFFFF, k -> new boolean[lines * columns])[y * columns + x] = true;
            }
        }
        if (masks.isEmpty()) {
            throw new InputException(png.toString(), null, "expected at least one opaque pixel (each opaque colour is a region)");
        }
        List<Region> out = new ArrayList<>();
        masks.forEach((rgb, m) -> out.add(Region.mask(String.format(Locale.ROOT, "#%06X", rgb), lines, columns, m)));
        return out;
    }

    private static BufferedImage readPng(Path png, int lines, int columns) throws InputException {
        if (!Files.isRegularFile(png)) {
            throw new InputException(png.toString(), null, "mask image not found");
        }
        BufferedImage img;
        try {
            img = ImageIO.read(png.toFile());
        } catch (IOException e) {
            throw new InputException(png.toString(), null, "cannot be read as an image: " + e.getMessage());
        }
        if (img == null) {
            throw new InputException(png.toString(), null, "expected a PNG image, found another format");
        }
        if (img.getWidth() != columns || img.getHeight() != lines) {
            throw new InputException(png.toString(), "size", "expected the map's size " + columns + " x " + lines
                    + " pixels (width = columns), found " + img.getWidth() + " x " + img.getHeight());
        }
        return img;
    }
}
