package org.petrobench.ui.parts;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.petrobench.ui.DatasetOpener;
import org.petrobench.ui.InstalledPlugins;
import org.petrobench.ui.OpenDatasetJob;
import org.petrobench.ui.OpenDatasets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The welcome page: what PetroBench does, and which formats, models and solvers are installed. */
public final class WelcomePart {

    static final String[][] METHODS = {
            { "EPMA quantifier", "X-ray maps + spot analyses -> quantitative composition maps with 1 sigma (Yasumoto et al. 2018)." },
            { "P-T inverter", "A zoned garnet and its inclusions -> the pressure-temperature path with credible bands (Kuwatani et al. 2012, 2018)." },
            { "Isocon solver", "Protolith and altered rocks -> mass transfer, with the immobile elements chosen by sparse isocon (Kuwatani et al. 2020)." } };

    @Inject
    @Optional
    @Service
    List<DatasetOpener> openers;

    /** Not {@code @Optional}: e4 creates a {@code @Creatable} singleton only for a required injection. */
    @Inject
    OpenDatasets datasets;

    private Table services;
    private Button demo;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText("PetroBench - from one thin section to the history of its rock");
        title.setData("org.eclipse.e4.ui.css.CssClassName", "heading");
        for (String[] m : METHODS) {
            Label l = new Label(parent, SWT.WRAP);
            l.setText(m[0] + ": " + m[1]);
            l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        demo = new Button(parent, SWT.PUSH);
        demo.setText("Open the demo dataset");
        demo.setToolTipText("EPMA maps and spots, a garnet zoning profile and a composition table, bundled with PetroBench");
        demo.addListener(SWT.Selection, e -> openDemo());
        Label installed = new Label(parent, SWT.NONE);
        installed.setText("Installed plug-ins (instrument formats, thermodynamic models, solvers):");
        services = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        services.setHeaderVisible(true);
        services.setLinesVisible(true);
        services.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String c : new String[] { "type", "id", "name", "version", "plug-in" }) {
            TableColumn col = new TableColumn(services, SWT.NONE);
            col.setText(c);
            col.setWidth(c.equals("name") ? 360 : 150);
        }
        fill(InstalledPlugins.ofRunningFramework().services());
    }

    /** Opens the demo data of every installed data plug-in in the background; returns the job. */
    Job openDemo() {
        Job job = OpenDatasetJob.demo(openers == null ? List.of() : openers, datasets, demo.getShell());
        job.schedule();
        return job;
    }

    /** The demo button (for tests). */
    Button demoButton() {
        return demo;
    }

    void fill(List<InstalledPlugins.Service> list) {
        services.removeAll();
        for (InstalledPlugins.Service s : list) {
            new TableItem(services, SWT.NONE).setText(new String[] { s.type(), s.id(), s.name(), s.version(), s.bundle() });
        }
    }

    /** The service table (for tests). */
    Table servicesTable() {
        return services;
    }
}
