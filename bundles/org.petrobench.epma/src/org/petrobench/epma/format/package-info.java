/**
 * Instrument-format services (DS components): {@link org.petrobench.epma.format.MapFormat},
 * {@link org.petrobench.epma.format.SpotFormat} and the bundled
 * {@link org.petrobench.epma.format.DemoDataset} (EPMA.md §3).
 */
package org.petrobench.epma.format;
