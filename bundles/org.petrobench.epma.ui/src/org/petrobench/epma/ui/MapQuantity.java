package org.petrobench.epma.ui;

/** One map the viewer can show: its name ("Si counts", "SiO2 wt%"), unit label and row-major values (NaN = no data). */
public record MapQuantity(String name, String unit, float[] values) {
}
