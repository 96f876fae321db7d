package org.petrobench.epma.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.SpotSet;

/** An instrument's spot-analysis layout (EPMA.md §3.4–3.5), contributed as a DS service. */
public interface SpotFormat extends Contribution {

    /** Human-readable file patterns. */
    List<String> filePatterns();

    /** True when {@code folderOrFile} looks like this layout (names and first bytes only). */
    boolean sniff(Path folderOrFile);

    /**
     * Reads the spots and their per-element conditions.
     *
     * @throws InputException bad or missing file/key (exit 2)
     */
    SpotSet read(Path folderOrFile, Monitor monitor) throws InputException, DataException, IOException;
}
