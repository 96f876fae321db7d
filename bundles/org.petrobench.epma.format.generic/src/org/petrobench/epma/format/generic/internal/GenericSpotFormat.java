package org.petrobench.epma.format.generic.internal;

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
import org.petrobench.core.io.CsvTable;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.format.QntTables;
import org.petrobench.epma.format.SpotConditionsCsv;
import org.petrobench.epma.format.SpotFormat;

/**
 * Generic spots (EPMA.md §3.5), either form with {@code conditions_qnt.csv}:
 * <ul>
 * <li>{@code spot-analyses.csv} (the file, or a folder holding it), conditions beside it;</li>
 * <li>a {@code .qnt} folder whose {@code elemw.cnd} is replaced by {@code conditions_qnt.csv}
 * (in the folder or beside it).</li>
 * </ul>
 * Sniffing claims a {@code .qnt} folder only when it has no JEOL condition file (those are
 * {@code jeol-qnt}'s, which also honours the CSV), so the two never both claim a folder.
 */
@Component(service = SpotFormat.class)
public final class GenericSpotFormat implements SpotFormat {

    static final String ID = "generic-spots";
    static final String SPOT_CSV = "spot-analyses.csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Generic spots (spot-analyses.csv or .qnt tables, + conditions_qnt.csv)";
    }

    @Override
    public String reference() {
        return "conditions_qnt.csv as introduced by qntmap (Yasumoto et al. 2018, Am. Mineral. 103:1690, "
                + "doi:10.2138/am-2018-6323CCBY); spot-analyses.csv: PetroBench EPMA.md §3.5";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("spot-analyses.csv + conditions_qnt.csv", ".qnt/*.qnt + conditions_qnt.csv");
    }

    private static Path spotCsv(Path p) {
        if (Files.isRegularFile(p) && p.getFileName().toString().equalsIgnoreCase(SPOT_CSV)) {
            return p;
        }
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(SPOT_CSV))) {
            return p.resolve(SPOT_CSV);
        }
        return null;
    }

    private static Path qntFolder(Path p) {
        if (QntTables.looksLikeQntFolder(p)) {
            return p;
        }
        if (Files.isDirectory(p) && QntTables.looksLikeQntFolder(p.resolve(".qnt"))) {
            return p.resolve(".qnt");
        }
        return null;
    }

    private static boolean hasJeolConditions(Path qnt) {
        return Files.isRegularFile(qnt.resolve(".cnd/elemw.cnd")) || Files.isRegularFile(qnt.resolve("Pos_0001/data001.cnd"))
                || Files.isRegularFile(qnt.resolve("Pos_001/data001.cnd"));
    }

    @Override
    public boolean sniff(Path folderOrFile) {
        Path csv = spotCsv(folderOrFile);
        if (csv != null) {
            return Files.isRegularFile(csv.resolveSibling(SpotConditionsCsv.FILE_NAME));
        }
        Path qnt = qntFolder(folderOrFile);
        return qnt != null && !hasJeolConditions(qnt) && SpotConditionsCsv.locate(qnt).isPresent();
    }

    @Override
    public SpotSet read(Path folderOrFile, Monitor monitor) throws InputException, DataException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        monitor.begin("Reading spots", 1);
        SpotSet out;
        Path csv = spotCsv(folderOrFile);
        if (csv != null) {
            Path conditions = csv.resolveSibling(SpotConditionsCsv.FILE_NAME);
            if (!Files.isRegularFile(conditions)) {
                throw new InputException(conditions.toString(), null,
                        "expected conditions_qnt.csv beside " + csv.getFileName() + " (Oxide, Element, Bg+ [mm], Bg- [mm], "
                                + "Peak [sec], Bg [sec]), not found");
            }
            out = SpotAnalysesCsv.read(csv, conditions, ID, diagnostics);
        } else {
            Path qnt = qntFolder(folderOrFile);
            if (qnt == null) {
                throw new InputException(folderOrFile.toString(), null,
                        "expected spot-analyses.csv or a .qnt folder (elint.qnt, stg.qnt, ...), not found");
            }
            Optional<Path> conditions = SpotConditionsCsv.locate(qnt);
            if (conditions.isEmpty()) {
                throw new InputException(qnt.resolve(SpotConditionsCsv.FILE_NAME).toString(), null,
                        "expected conditions_qnt.csv in or beside the .qnt folder, not found");
            }
            ConditionsElements.check(CsvTable.read(conditions.get()), conditions.get());
            QntTables tables = QntTables.read(qnt, diagnostics);
            out = tables.toSpotSet(SpotConditionsCsv.read(conditions.get(), tables.elements(), tables.oxides(), diagnostics), ID);
        }
        monitor.worked(1);
        monitor.done();
        return out;
    }
}
