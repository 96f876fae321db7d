package org.petrobench.ui.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.petrobench.ui.OpenDatasets;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The Data view: every dataset that is open, with its kind and source. */
public final class DataPart {

    @Inject
    OpenDatasets datasets;

    private Table table;
    private final Consumer<List<OpenDatasets.Dataset>> listener = list -> {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(() -> fill(list));
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : new String[] { "dataset", "kind", "source" }) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c);
            col.setWidth(c.equals("source") ? 300 : 140);
        }
        fill(datasets.all());
        datasets.addListener(listener);
    }

    void fill(List<OpenDatasets.Dataset> list) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (OpenDatasets.Dataset d : list) {
            new TableItem(table, SWT.NONE).setText(new String[] { d.name(), d.kind(), String.valueOf(d.source()) });
        }
    }

    @PreDestroy
    public void dispose() {
        datasets.removeListener(listener);
    }

    Table table() {
        return table;
    }
}
