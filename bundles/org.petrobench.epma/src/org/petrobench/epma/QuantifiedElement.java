package org.petrobench.epma;

/**
 * An element that is both mapped and calibrated by spots, with the oxide it is reported as.
 *
 * @param element element symbol ("Si")
 * @param oxide   oxide name ("SiO2"), or the element for a metal basis
 */
public record QuantifiedElement(String element, String oxide) {
}
