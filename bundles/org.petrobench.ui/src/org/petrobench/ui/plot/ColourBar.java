package org.petrobench.ui.plot;

/** The scale of a raster: its colour map between {@code min} and {@code max}, with a label naming the unit. */
public record ColourBar(ColourMap map, double min, double max, String label) {
}
