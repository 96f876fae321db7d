package org.petrobench.epma.format;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The bundled example dataset (qntmap "minimal", MIT, © 2017 YASUMOTO Atsushi / © 2018 JAMSTEC),
 * located or extracted to the file system on first use so that {@code quantify --demo} and the GUI
 * demo work offline. DS service.
 */
public interface DemoDataset {

    /** The map folder (JEOL JXA-8105 layout, {@code .map/1}). */
    Path maps() throws IOException;

    /** The spot folder ({@code .qnt}, with {@code conditions_qnt.csv} beside it). */
    Path spots() throws IOException;

    /** The dataset root (maps, spots, conditions CSVs, LICENSE.qntmap, README.md). */
    Path root() throws IOException;

    /** One paragraph: what the data are, where they come from, the licence. */
    String description();
}
