package org.petrobench.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petrobench.ui.InstalledPlugins;
import org.petrobench.ui.OpenDatasets;
import org.petrobench.ui.about.AboutDialog;

/** Renders the workbench's own parts and dialogs in a real Shell (needs an X display, e.g. Xvfb). */
class WorkbenchPartsUiTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private void flush() {
        while (display.readAndDispatch()) {
            // paint and run queued updates
        }
    }

    @Test
    void dataPartListsOpenedDatasetsAsTheyArrive() {
        DataPart part = new DataPart();
        part.datasets = new OpenDatasets();
        part.create(shell);
        shell.open();
        flush();
        assertEquals(0, part.table().getItemCount());
        part.datasets.add(new OpenDatasets.Dataset("demo maps", "X-ray maps", Path.of("/data/.map/1"), "content"));
        flush();
        assertEquals(1, part.table().getItemCount());
        assertEquals("demo maps", part.table().getItem(0).getText(0));
        assertEquals("X-ray maps", part.table().getItem(0).getText(1));
        assertTrue(shell.isVisible());
    }

    @Test
    void welcomePartShowsTheInstalledServicesOfTheFramework() {
        WelcomePart part = new WelcomePart();
        part.create(shell);
        shell.open();
        flush();
        Table t = part.servicesTable();
        List<InstalledPlugins.Service> expected = InstalledPlugins.ofRunningFramework().services();
        assertEquals(expected.size(), t.getItemCount());
        for (int i = 0; i < t.getItemCount(); i++) {
            assertEquals(expected.get(i).id(), t.getItem(i).getText(1));
        }
    }

    @Test
    void welcomePartMadeByInjectionGetsTheWorkbenchsOpenDatasets() {
        // as in the workbench: an @Optional field would stay null, and the demo button would do nothing
        IEclipseContext context = EclipseContextFactory.create("welcome test");
        try {
            context.set(Composite.class, shell);
            WelcomePart part = ContextInjectionFactory.make(WelcomePart.class, context);
            OpenDatasets datasets = ContextInjectionFactory.make(OpenDatasets.class, context);
            assertSame(datasets, part.datasets, "the welcome page opens the demo into the shared datasets");
        } finally {
            context.dispose();
        }
    }

    @Test
    void aboutDialogListsPetroBenchBundlesWithVersions() {
        AboutDialog about = new AboutDialog(shell, InstalledPlugins.ofRunningFramework());
        about.setBlockOnOpen(false);
        about.open();
        flush();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < about.table().getItemCount(); i++) {
            names.add(about.table().getItem(i).getText(0));
            assertTrue(about.table().getItem(i).getText(2).startsWith("1.0.0"), "version of " + names.get(i));
        }
        assertTrue(names.contains("org.petrobench.core"), names.toString());
        assertTrue(names.contains("org.petrobench.ui"), names.toString());
        assertTrue(names.contains("org.petrobench.cli"), names.toString());
        about.close();
    }
}
