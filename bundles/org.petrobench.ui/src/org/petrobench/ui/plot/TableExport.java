package org.petrobench.ui.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Export of what an SWT table shows (header and cells, as displayed) to CSV. */
public final class TableExport {

    private TableExport() {
    }

    /** The table's content as a {@link DataTable} (display thread). */
    public static DataTable of(Table table) {
        List<String> header = new ArrayList<>();
        for (TableColumn c : table.getColumns()) {
            header.add(c.getText());
        }
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                r.add(item.getText(i));
            }
            rows.add(r);
        }
        return new DataTable(header, rows);
    }

    public static void csv(Table table, Path file) throws IOException {
        of(table).writeCsv(file);
    }
}
