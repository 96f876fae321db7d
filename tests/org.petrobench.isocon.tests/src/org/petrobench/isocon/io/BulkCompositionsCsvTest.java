package org.petrobench.isocon.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.InputException;
import org.petrobench.core.io.CsvTable;
import org.petrobench.isocon.BulkCompositions;
import org.petrobench.isocon.ConcentrationUnit;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;

/** The isocon input format (CLI.md) and the input rules of ISOCON.md §2 / §8.1 test 7, with exact messages. */
class BulkCompositionsCsvTest {

    static BulkCompositions read(String csv) throws Exception {
        return BulkCompositionsCsv.read(CsvTable.parse("data.csv", new StringReader(csv)));
    }

    static IsoconProblem prepare(String csv, IsoconSettings s) throws Exception {
        return IsoconProblem.prepare(read(csv), List.of("P1"), s, new Diagnostics());
    }

    static String error(String csv) {
        return assertThrows(InputException.class, () -> prepare(csv, IsoconSettings.defaults())).getMessage();
    }

    @Test
    void readsTheBulkCommandFormatWithMixedUnitsSdAndDensities() throws Exception {
        BulkCompositions b = read("""
                sample,SiO2_wt%,SiO2_sd,Zr_ppm,Zr_ppm_sd,Ba_mg/kg,LOI_wt%,density_g_cm3,density_g_cm3_sd
                P1,50.1,0.3,120,5,300,2.0,2.9,0.02
                A1,60.2,0.4,150,6,<10,4.5,2.7,
                """);
        assertEquals(List.of("SiO2", "Zr", "Ba", "LOI"), List.of(b.component(0), b.component(1), b.component(2), b.component(3)));
        assertEquals(ConcentrationUnit.PPM, b.unit(2));
        assertEquals(0.3, b.sd(0, 0));
        assertEquals(6, b.sd(1, 1));
        assertEquals(BulkCompositions.Cell.BELOW_DETECTION, b.cell(1, 2));
        assertEquals(10, b.value(1, 2));
        assertEquals(2.9, b.density(0));
        assertTrue(Double.isNaN(b.densitySd(1)));
    }

    @Test
    void nonNumericCellNamesLineAndColumn() {
        assertEquals("data.csv: line 3, column 'Zr_ppm': expected a concentration (a number, empty, '<x', 'bdl' or 'n.d.'),"
                + " found 'abc'", error("sample,SiO2_wt%,Zr_ppm\nP1,50,120\nA1,60,abc\n"));
    }

    @Test
    void negativeConcentration() {
        assertEquals("data.csv: line 3, column 'SiO2_wt%': expected a concentration >= 0, found -1",
                error("sample,SiO2_wt%,Zr_ppm\nP1,50,120\nA1,-1,100\n"));
    }

    @Test
    void unknownUnitAndMismatchedUnits() {
        assertEquals("data.csv: line 1, column 'SiO2_mol%': expected a unit wt%, ppm, mg/kg, g/t or ppb, found 'mol%'",
                error("sample,SiO2_mol%\nP1,50\nA1,60\n"));
        assertEquals("data.csv: line 1, column 'Zr_wt%': component Zr already has the column 'Zr_ppm'; one column per"
                + " component (units must not be mixed)", error("sample,Zr_ppm,Zr_wt%\nP1,50,1\nA1,60,1\n"));
        assertEquals("data.csv: line 1, column 'Zr_wt%_sd': expected the unit ppm of column 'Zr_ppm', found wt%",
                error("sample,Zr_ppm,Zr_wt%_sd\nP1,50,1\nA1,60,1\n"));
    }

    @Test
    void unknownProtolith() {
        String msg = assertThrows(InputException.class, () -> IsoconProblem.prepare(read("sample,SiO2_wt%\nP1,50\nA1,60\n"),
                List.of("P9"), IsoconSettings.defaults(), new Diagnostics())).getMessage();
        assertEquals("--protolith: no sample 'P9' in data.csv (column 'sample' holds [A1, P1])", msg);
    }

    /** ISOCON.md §2: a name that is neither an oxide, an element nor a volatile is accepted as opaque, with a warning. */
    @Test
    void opaqueComponentsAreAcceptedWithAWarning() throws Exception {
        String csv = "sample,SiO2_wt%,zr_ppm,FeOT_wt%,LOI_wt%,H2O+_wt%,Chl_wt%,Total_wt%\n"
                + "P1,50,120,9,2,1,10,72\nA1,60,150,8,4,2,5,79\n";
        Diagnostics d = new Diagnostics();
        IsoconProblem p = IsoconProblem.prepare(read(csv), List.of("P1"), IsoconSettings.defaults(), d);
        assertEquals(List.of("SiO2", "zr", "FeOT", "LOI", "H2O+", "Chl", "Total"), p.components());
        assertEquals(List.of("component Chl is neither an oxide, an element nor a volatile: accepted as an opaque component",
                "component Total is neither an oxide, an element nor a volatile: accepted as an opaque component"), d.warnings());
        assertEquals(10, p.protolithValues()[5]);
        assertEquals(5, p.altered(0, 5));
    }

    @Test
    void missingValueRules() throws Exception {
        String csv = "sample,SiO2_wt%,Zr_ppm,TiO2_wt%\nP1,50,120,1\nA1,60,,1.1\nA2,55,100,1.2\n";
        assertEquals("data.csv: line 3, column 'Zr_ppm': expected a value, found an empty field (set missing to dropComponent"
                + " or pairwise to accept it)", error(csv));
        Diagnostics d = new Diagnostics();
        IsoconProblem dropped = IsoconProblem.prepare(read(csv), List.of("P1"),
                IsoconSettings.defaults().withMissing(IsoconSettings.Missing.dropComponent), d);
        assertEquals(List.of("SiO2", "TiO2"), dropped.components());
        assertEquals(List.of("component Zr dropped: it has missing values (missing = dropComponent)"), d.warnings());
        IsoconProblem pairwise = prepare(csv, IsoconSettings.defaults().withMissing(IsoconSettings.Missing.pairwise));
        assertTrue(Double.isNaN(pairwise.altered(0, 1)));
        assertEquals(100, pairwise.altered(1, 1));
    }

    @Test
    void belowDetectionRules() throws Exception {
        String csv = "sample,SiO2_wt%,Zr_ppm\nP1,50,120\nA1,60,<8\n";
        assertEquals("data.csv: line 3, column 'Zr_ppm': expected a value, found a below-detection value (set belowDetection"
                + " to missing or halfLimit to accept it)", error(csv));
        IsoconProblem half = prepare(csv, IsoconSettings.defaults().withBelowDetection(IsoconSettings.BelowDetection.halfLimit));
        assertEquals(4, half.altered(0, 1));
        assertTrue(half.isCensored(0, 1));
        IsoconProblem missing = prepare(csv, IsoconSettings.defaults().withBelowDetection(IsoconSettings.BelowDetection.missing)
                .withMissing(IsoconSettings.Missing.pairwise));
        assertTrue(Double.isNaN(missing.altered(0, 1)));
        assertEquals("data.csv: line 3, column 'Zr_ppm': expected a detection limit '<x' for belowDetection = halfLimit,"
                + " found none", assertThrows(InputException.class, () -> prepare("sample,SiO2_wt%,Zr_ppm\nP1,50,120\nA1,60,bdl\n",
                        IsoconSettings.defaults().withBelowDetection(IsoconSettings.BelowDetection.halfLimit))).getMessage());
    }

    @Test
    void ironIsCombinedIntoTotalIron() throws Exception {
        IsoconProblem p = prepare("sample,FeO_wt%,Fe2O3_wt%,SiO2_wt%\nP1,8,2,50\nA1,6,4,55\n", IsoconSettings.defaults());
        assertEquals(List.of("FeOT", "SiO2"), p.components());
        assertArrayEquals(new double[] { 8 + 0.89981 * 2, 50 }, p.protolithMean(), 1e-12);
        assertEquals(6 + 0.89981 * 4, p.altered(0, 0), 1e-12);
        IsoconProblem separate = prepare("sample,FeO_wt%,Fe2O3_wt%,SiO2_wt%\nP1,8,2,50\nA1,6,4,55\n",
                IsoconSettings.defaults().withIron(IsoconSettings.Iron.separate));
        assertEquals(List.of("FeO", "Fe2O3", "SiO2"), separate.components());
    }

    @Test
    void volatilesAreNoFrameCandidatesAndVolatileFreeRescalesEveryValue() throws Exception {
        String csv = "sample,SiO2_wt%,LOI_wt%,Zr_ppm\nP1,48,4,120\nA1,45,10,100\n";
        IsoconProblem p = prepare(csv, IsoconSettings.defaults());
        assertArrayEquals(new boolean[] { true, false, true }, p.frameCandidates());
        assertEquals(0, p.weight(1));
        IsoconProblem free = prepare(csv, IsoconSettings.defaults().withVolatileFree(true));
        assertEquals(48 * 100.0 / 96, free.protolithMean()[0], 1e-12);
        assertEquals(100 * 100.0 / 90, free.altered(0, 2), 1e-12);
    }

    @Test
    void zeroInTheProtolithIsKeptButNeverAFrameCandidate() throws Exception {
        // ISOCON.md §2 (the spec wins over the "exit 2"): no relative quantities, excluded from the frame
        IsoconProblem p = prepare("sample,SiO2_wt%,Cr_ppm\nP1,50,0\nA1,60,20\n", IsoconSettings.defaults());
        assertArrayEquals(new boolean[] { true, false }, p.frameCandidates());
    }

    @Test
    void sampleColumnMustComeFirstAndIdsMustBeUnique() {
        assertEquals("data.csv: line 1, column 1: expected the column 'sample' first, found 'SiO2_wt%'",
                error("SiO2_wt%,sample\n50,P1\n"));
        assertEquals("data.csv: line 3, column 'sample': sample id 'P1' already used on line 2",
                error("sample,SiO2_wt%\nP1,50\nP1,60\n"));
    }
}
