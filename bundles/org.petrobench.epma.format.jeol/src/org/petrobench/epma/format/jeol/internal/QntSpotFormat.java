package org.petrobench.epma.format.jeol.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.ElementConditions;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.format.QntTables;
import org.petrobench.epma.format.SpotConditionsCsv;
import org.petrobench.epma.format.SpotFormat;

/**
 * JEOL spot folders (EPMA.md §3.4): {@code .qnt/} or {@code {PROJECT}_{n}_QNT/}. Per-element
 * conditions from the first available source: {@code conditions_qnt.csv} (in the folder or beside
 * it), else {@code .cnd/elemw.cnd} / {@code Pos_0001/data001.cnd} in {@code $KEY} form, else the
 * same in "value description" form; none → exit 2 with a hint to supply the CSV. The
 * intensities are taken as dead-time corrected and normalised to the spot current (CONFIRM §16).
 */
@Component(service = SpotFormat.class)
public final class QntSpotFormat implements SpotFormat {

    static final String ID = "jeol-qnt";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "JEOL spot folder (.qnt tables + elemw.cnd/data001.cnd)";
    }

    @Override
    public String reference() {
        return "JEOL quantitative-analysis export; layout as read by qntmap (Yasumoto et al. 2018, Am. Mineral. "
                + "103:1690, doi:10.2138/am-2018-6323CCBY); PetroBench EPMA.md §3.4";
    }

    @Override
    public List<String> filePatterns() {
        return List.of(".qnt/*.qnt + .cnd/elemw.cnd", "{PROJECT}_{n}_QNT/*.qnt + Pos_0001/data001.cnd",
                "conditions_qnt.csv (optional, overrides the .cnd)");
    }

    static boolean isQntFolder(Path p) {
        return QntTables.looksLikeQntFolder(p);
    }

    /**
     * A folder with the .qnt tables and a JEOL condition file (folders whose only conditions are
     * {@code conditions_qnt.csv} are left to {@code generic-spots}).
     */
    @Override
    public boolean sniff(Path folderOrFile) {
        Path dir = FolderDescent.resolve(folderOrFile, QntSpotFormat::isQntFolder, null);
        return isQntFolder(dir) && SpotCndConditions.locate(dir).isPresent();
    }

    @Override
    public SpotSet read(Path folderOrFile, Monitor monitor) throws InputException, DataException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path dir = FolderDescent.resolve(folderOrFile, QntSpotFormat::isQntFolder, diagnostics);
        if (!Files.isDirectory(dir) || !isQntFolder(dir)) {
            throw new InputException(folderOrFile.toString(), null,
                    "expected a JEOL spot folder (.qnt/ or *_QNT/ with elint.qnt and stg.qnt), not found");
        }
        monitor.begin("Reading spots", 1);
        QntTables tables = QntTables.read(dir, diagnostics);
        List<ElementConditions> conditions;
        Optional<Path> csv = SpotConditionsCsv.locate(dir);
        Optional<Path> cnd = SpotCndConditions.locate(dir);
        if (csv.isPresent()) {
            diagnostics.info("spot conditions from " + csv.get());
            conditions = SpotConditionsCsv.read(csv.get(), tables.elements(), tables.oxides(), diagnostics);
        } else if (cnd.isPresent()) {
            diagnostics.info("spot conditions from " + cnd.get());
            conditions = SpotCndConditions.read(cnd.get(), tables.elements(), tables.oxides());
        } else {
            throw new InputException(dir.toString(), "conditions",
                    "expected background/time conditions for the analysed elements " + tables.elements()
                            + " in .cnd/elemw.cnd or Pos_0001/data001.cnd, found neither; supply conditions_qnt.csv "
                            + "(Oxide, Element, Bg+ [mm], Bg- [mm], Peak [sec], Bg [sec])");
        }
        monitor.worked(1);
        monitor.done();
        return tables.toSpotSet(conditions, ID);
    }
}
