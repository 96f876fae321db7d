/**
 * EPMA quantification API: the quantifier service and its settings and results (EPMA.md §7–§12).
 * Map and spot data live in {@code org.petrobench.epma.data}, instrument formats in
 * {@code org.petrobench.epma.format}.
 */
package org.petrobench.epma;
