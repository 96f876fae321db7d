package org.petrobench.epma.format;

import java.nio.file.Path;

import org.petrobench.epma.data.SignalType;

/**
 * One map file to read, with its conditions (what a format has parsed from its condition files).
 *
 * @param name               element symbol or electron signal name
 * @param type               X-ray or electron
 * @param file               the matrix file
 * @param dwellS             t_d
 * @param currentUA          I_m
 * @param appliedDeadTimeS   τ₀ already applied to the file's values (0 for raw counts)
 * @param conditionsSource   the file (and key) that states the expected size, for messages
 */
public record MapChannel(String name, SignalType type, Path file, double dwellS, double currentUA,
        double appliedDeadTimeS, String conditionsSource) {
}
