package org.petrobench.ui.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.petrobench.ui.UserMessages;

/** Context menus offering "Export PNG/SVG/CSV" on plots and "Export CSV" on tables. */
public final class ExportMenu {

    private ExportMenu() {
    }

    /** Adds Export PNG, SVG and data CSV to a chart canvas's context menu. */
    public static void attach(ChartCanvas canvas) {
        Menu menu = new Menu(canvas);
        item(menu, "Export PNG...", () -> {
            Path p = ask(canvas, canvas.chart().title(), "png");
            if (p != null) {
                ChartExport.png(canvas.chart(), Math.max(canvas.getSize().x, 400), Math.max(canvas.getSize().y, 300),
                        canvas.getDisplay(), p);
            }
        }, canvas);
        item(menu, "Export SVG...", () -> {
            Path p = ask(canvas, canvas.chart().title(), "svg");
            if (p != null) {
                ChartExport.svg(canvas.chart(), Math.max(canvas.getSize().x, 400), Math.max(canvas.getSize().y, 300), p);
            }
        }, canvas);
        item(menu, "Export data (CSV)...", () -> {
            Path p = ask(canvas, canvas.chart().title(), "csv");
            if (p != null) {
                ChartExport.csv(canvas.chart(), p);
            }
        }, canvas);
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem reset = new MenuItem(menu, SWT.PUSH);
        reset.setText("Reset zoom");
        reset.addListener(SWT.Selection, e -> canvas.resetView());
        canvas.setMenu(menu);
    }

    /** Adds Export CSV to a table's context menu. */
    public static void attach(Table table, Supplier<String> name) {
        Menu menu = new Menu(table);
        item(menu, "Export CSV...", () -> {
            Path p = ask(table, name.get(), "csv");
            if (p != null) {
                TableExport.csv(table, p);
            }
        }, table);
        table.setMenu(menu);
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void item(Menu menu, String label, Action action, Control owner) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, e -> {
            try {
                action.run();
            } catch (IOException | RuntimeException ex) {
                UserMessages.error(owner.getShell(), "Export failed", ex);
            }
        });
    }

    /** Asks where to save, proposing a file name made from {@code name}. */
    private static Path ask(Control owner, String name, String extension) {
        FileDialog d = new FileDialog(owner.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*." + extension });
        String base = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        d.setFileName((base.isEmpty() ? "export" : base) + "." + extension);
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) {
            return null;
        }
        return Path.of(f.endsWith("." + extension) ? f : f + "." + extension);
    }
}
