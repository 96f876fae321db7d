package org.petrobench.epma.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.XrayMapSet;

/** An instrument's map layout (EPMA.md §3), contributed as a DS service. */
public interface MapFormat extends Contribution {

    /** Human-readable file patterns, e.g. {@code "*_map.txt + *.cnd in .map/N/"}. */
    List<String> filePatterns();

    /**
     * True when {@code folderOrFile} looks like this layout. Cheap: file names and the first bytes
     * only; never throws for unreadable input.
     */
    boolean sniff(Path folderOrFile);

    /**
     * Reads all signals, dead-time corrects the X-ray channels.
     *
     * @throws InputException bad or missing file/key (exit 2), naming file, line/column or key
     * @throws DataException  a saturating dead time (exit 1), naming the pixel
     */
    XrayMapSet read(Path folderOrFile, MapReadOptions options, Monitor monitor)
            throws InputException, DataException, IOException;
}
