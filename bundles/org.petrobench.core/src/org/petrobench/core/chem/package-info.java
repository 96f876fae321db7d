/**
 * Shared chemistry of PetroBench: elements with IUPAC standard atomic weights, oxides and their
 * conversion factors, and {@link org.petrobench.core.chem.Composition} (oxide wt% ↔ mol ↔ atoms per
 * formula unit on an oxygen basis, with Droop's (1987) ferric iron estimate). Plain Java, no
 * dependencies beyond the JDK.
 */
package org.petrobench.core.chem;
