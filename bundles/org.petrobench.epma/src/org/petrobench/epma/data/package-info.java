/**
 * Immutable EPMA input data: X-ray/electron maps with their geometry, spot analyses with their
 * per-element conditions, and the dead-time correction (EPMA.md §1, §3.6–§3.8). Arrays are
 * row-major ({@code index = line * columns + column}, 0-based) and never boxed.
 */
package org.petrobench.epma.data;
