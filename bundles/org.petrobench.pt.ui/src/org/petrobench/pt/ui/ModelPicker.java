package org.petrobench.pt.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.petrobench.pt.ModelParameter;
import org.petrobench.pt.ModelStatus;
import org.petrobench.pt.ThermodynamicModel;

/**
 * Lists the installed {@link ThermodynamicModel} services (id, kind, phases, status badge,
 * validity box, reference) with a check box each, and edits the parameters of the selected one.
 */
public final class ModelPicker extends Composite {

    static final String[] COLUMNS = { "id", "kind", "phases", "status", "validity", "name", "reference" };

    private final Table table;
    private final Composite parameters;
    private final List<ThermodynamicModel> models = new ArrayList<>();
    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();

    public ModelPicker(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        Label title = new Label(this, SWT.NONE);
        title.setText("Thermodynamic models (checked = used; default: every model whose phases are present)");
        table = new Table(this, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 150;
        table.setLayoutData(tableData);
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c);
            col.setWidth(switch (c) {
            case "reference" -> 420;
            case "name", "validity" -> 190;
            default -> 90;
            });
        }
        table.addListener(SWT.Selection, e -> showParameters());
        parameters = new Composite(this, SWT.NONE);
        parameters.setLayout(new GridLayout(3, false));
        parameters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Shows these models; checked are those not {@link ModelStatus#UNVERIFIED} (the batch mode's default). */
    public void setModels(List<ThermodynamicModel> installed) {
        models.clear();
        models.addAll(installed);
        models.sort((a, b) -> a.id().compareTo(b.id()));
        table.removeAll();
        for (ThermodynamicModel m : models) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row(m));
            item.setChecked(m.status() != ModelStatus.UNVERIFIED);
            item.setData(m);
            values.computeIfAbsent(m.id(), k -> new LinkedHashMap<>(m.parameterValues()));
        }
        showParameters();
    }

    static String[] row(ThermodynamicModel m) {
        String status = m.status() == ModelStatus.VERIFIED ? "verified" : "\u26a0 " + m.status().label();
        return new String[] { m.id(), m.kind().name().toLowerCase(Locale.ROOT), String.join("+", m.phases()), status,
                validity(m.validityBox()), m.name(), m.reference() };
    }

    /** The validity box in display units: "2.0-6.0 kbar, 550-800 °C" (open ends as "any"). */
    static String validity(double[] box) {
        return range(box[0] / 1000, box[1] / 1000, "kbar", 1) + ", " + range(box[2] - 273.15, box[3] - 273.15,
                "\u00b0C", 0);
    }

    private static String range(double lo, double hi, String unit, int decimals) {
        if (!Double.isFinite(lo) && !Double.isFinite(hi)) {
            return "any " + unit;
        }
        String f = "%." + decimals + "f";
        String a = Double.isFinite(lo) ? String.format(Locale.ROOT, f, lo) : "";
        String b = Double.isFinite(hi) ? String.format(Locale.ROOT, f, hi) : "";
        return a + "\u2013" + b + " " + unit;
    }

    private void showParameters() {
        for (Control c : parameters.getChildren()) {
            c.dispose();
        }
        int index = table.getSelectionIndex();
        if (index >= 0) {
            ThermodynamicModel m = (ThermodynamicModel) table.getItem(index).getData();
            Map<String, String> v = values.get(m.id());
            for (ModelParameter p : m.parameters()) {
                Label l = new Label(parameters, SWT.NONE);
                l.setText(m.id() + "." + p.name());
                l.setToolTipText(p.description());
                if (p.isNumeric()) {
                    Text t = new Text(parameters, SWT.BORDER);
                    t.setText(v.getOrDefault(p.name(), p.defaultText()));
                    t.setLayoutData(new GridData(80, SWT.DEFAULT));
                    t.addListener(SWT.Modify, e -> v.put(p.name(), t.getText()));
                } else {
                    Combo c = new Combo(parameters, SWT.READ_ONLY);
                    p.choices().forEach(c::add);
                    c.setText(v.getOrDefault(p.name(), p.defaultText()));
                    c.addListener(SWT.Modify, e -> v.put(p.name(), c.getText()));
                }
                new Label(parameters, SWT.NONE).setText(p.unit());
            }
        }
        parameters.getParent().layout(true, true);
    }

    /**
     * Checks exactly the models the batch mode would choose for a profile with these phases:
     * not {@link ModelStatus#UNVERIFIED}, and every phase they read present (CLI.md ptpath).
     */
    public void checkApplicable(Set<String> phases) {
        for (TableItem item : table.getItems()) {
            ThermodynamicModel m = (ThermodynamicModel) item.getData();
            item.setChecked(m.status() != ModelStatus.UNVERIFIED && phases.containsAll(m.phases()));
        }
    }

    /** The checked models with the parameters the user set (bad values fail naming the parameter). */
    public List<ThermodynamicModel> chosen() {
        List<ThermodynamicModel> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                ThermodynamicModel m = (ThermodynamicModel) item.getData();
                Map<String, String> v = values.get(m.id());
                out.add(v.equals(m.parameterValues()) ? m : m.withParameters(v));
            }
        }
        return out;
    }

    /** The ids of the checked models. */
    public Set<String> checkedIds() {
        Set<String> ids = new HashSet<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                ids.add(((ThermodynamicModel) item.getData()).id());
            }
        }
        return ids;
    }

    /** Parameters changed from the models' defaults, as {@code <id>.<name>} → value (method file, CLI --model-param). */
    public Map<String, String> changedParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ThermodynamicModel m : models) {
            Map<String, String> v = values.get(m.id());
            v.forEach((k, val) -> {
                if (!val.equals(m.parameterValues().get(k))) {
                    out.put(m.id() + "." + k, val);
                }
            });
        }
        return out;
    }

    /** The table (for tests). */
    public Table table() {
        return table;
    }
}
