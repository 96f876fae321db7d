package org.petrobench.epma.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.core.io.Numbers;
import org.petrobench.epma.CalibrationParameters;
import org.petrobench.epma.CalibrationParameters.Row;
import org.petrobench.epma.CalibrationParameters.Source;

/**
 * {@code parameters.csv} (CLI.md, EPMA.md §10):
 * {@code oxide,element,phase,alpha,alpha_se,beta,beta_se,gamma,gamma_se,n_spots,source}; beta is
 * β′ (dimensionless); numbers are shortest round-trip, without exponent. Reading it back for fixed parameters (§8.5)
 * requires {@code oxide, element, phase, alpha, beta, gamma}; missing {@code *_se} columns give
 * se = 0 and {@link #missingStandardErrors} says so.
 */
public final class ParametersCsv {

    public static final List<String> HEADER = List.of("oxide", "element", "phase", "alpha", "alpha_se", "beta",
            "beta_se", "gamma", "gamma_se", "n_spots", "source");

    private final List<Row> rows;
    private final boolean missingStandardErrors;

    private ParametersCsv(List<Row> rows, boolean missingStandardErrors) {
        this.rows = rows;
        this.missingStandardErrors = missingStandardErrors;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean missingStandardErrors() {
        return missingStandardErrors;
    }

    public static void write(CalibrationParameters parameters, Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.row(HEADER);
        for (Row r : parameters.rows()) {
            w.row(r.oxide(), r.element(), r.phase(), number(r.alpha()), number(r.alphaSe()), number(r.beta()),
                    number(r.betaSe()), number(r.gamma()), number(r.gammaSe()), Integer.toString(r.nSpots()),
                    r.source().label());
        }
    }

    /**
     * §10 "shortest round-trip numbers": the digits of {@link Numbers#shortest}, written without an
     * exponent ({@code 0.00010112696667816146}, not {@code 1.0112696667816146E-4}) like the other
     * CSV outputs of quantify; the same decimal value, so it reads back to the same double.
     */
    static String number(double v) {
        String s = Numbers.shortest(v);
        return s.indexOf('E') >= 0 ? new BigDecimal(s).toPlainString() : s;
    }

    /** Reads fixed parameters; every row becomes {@code source = fixed}. */
    public static ParametersCsv read(Path file) throws InputException {
        CsvTable t = CsvTable.read(file);
        int oxide = t.requireColumn("oxide");
        int element = t.requireColumn("element");
        int phase = t.requireColumn("phase");
        int alpha = t.requireColumn("alpha");
        int beta = t.requireColumn("beta");
        int gamma = t.requireColumn("gamma");
        int alphaSe = t.columnIndex("alpha_se");
        int betaSe = t.columnIndex("beta_se");
        int gammaSe = t.columnIndex("gamma_se");
        int nSpots = t.columnIndex("n_spots");
        boolean missing = alphaSe < 0 || betaSe < 0 || gammaSe < 0;
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            double a = t.number(r, alpha);
            double b = t.number(r, beta);
            double g = t.number(r, gamma);
            if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(g)) {
                throw new InputException(file.toString(), t.location(r, alpha), "expected finite alpha, beta and gamma");
            }
            rows.add(new Row(t.text(r, oxide).trim(), t.text(r, element).trim(), t.text(r, phase).trim(), a,
                    se(t, r, alphaSe), b, se(t, r, betaSe), g, se(t, r, gammaSe),
                    nSpots < 0 || t.isBlank(r, nSpots) ? 0 : (int) t.number(r, nSpots), Source.FIXED));
        }
        for (Row x : rows) {
            for (Row y : rows) {
                if (x.oxide().toLowerCase(Locale.ROOT).equals(y.oxide().toLowerCase(Locale.ROOT)) && x.beta() != y.beta()) {
                    throw new InputException(file.toString(), "column 'beta'", "all rows of oxide " + x.oxide()
                            + " must give the same beta (found " + x.beta() + " and " + y.beta() + ")");
                }
            }
        }
        return new ParametersCsv(List.copyOf(rows), missing);
    }

    private static double se(CsvTable t, int row, int column) throws InputException {
        if (column < 0 || t.isBlank(row, column)) {
            return 0;
        }
        return t.number(row, column);
    }
}
