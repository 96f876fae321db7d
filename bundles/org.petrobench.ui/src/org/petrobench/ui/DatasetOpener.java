package org.petrobench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;

/**
 * Opens one kind of dataset for File › Open (DS service, contributed by the domain UI bundles):
 * EPMA map and spot folders through the installed format services, P-T profiles, composition
 * tables. The workbench asks every opener whether it recognises a path and lets the first that
 * does read it, so new kinds of data need no change here.
 */
public interface DatasetOpener {

    /** What it opens, for messages ("EPMA maps and spots"). */
    String name();

    /** Cheap check (names, first bytes): can this opener read {@code path} (a file or folder)? */
    boolean canOpen(Path path);

    /** Reads the data at {@code path}; long reads report to and check {@code monitor}. */
    List<OpenDatasets.Dataset> open(Path path, Monitor monitor) throws InputException, DataException, IOException;

    /** The bundled demo data of this kind (empty when there are none). */
    default List<OpenDatasets.Dataset> demo(Monitor monitor) throws InputException, DataException, IOException {
        return List.of();
    }
}
