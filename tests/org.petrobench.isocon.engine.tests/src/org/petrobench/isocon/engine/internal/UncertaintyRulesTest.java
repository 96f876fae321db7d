package org.petrobench.isocon.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSettings.Slope;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.io.IsoconResultFiles;

/**
 * ISOCON.md §5.6: one protolith analysis without sd columns has no uncertainty information for
 * every method (empty sd columns and a warning); {@code --bootstrap 0} gives the §4 standard error
 * for grant/gresens with (a)/(b) and nothing otherwise. Data of §8.1 test 1; the second altered
 * composition has frame ratios c = (0.8, 0.825, 0.75), whose standard errors are computed here by hand.
 */
class UncertaintyRulesTest {

    static final String NO_INFORMATION = "no uncertainty information: one protolith analysis and no sd columns";
    static final double[] SPREAD = { 72.0, 12.8, 0.66, 150, 1.2, 6.4 };

    private static IsoconSettings grant() {
        return GrantGresensTest.grant().withBootstrap(1000);
    }

    @Test
    void oneProtolithWithoutSdLeavesEverySdEmptyForEveryMethod(@TempDir Path dir) throws Exception {
        IsoconProblem p = GrantGresensTest.example(GrantGresensTest.UNITS, GrantGresensTest.PROTOLITH, SPREAD);
        List<IsoconSolution> all = List.of(new GrantSolver().solve(p, grant(), Monitor.silent()),
                new GrantSolver().solve(p, grant().withSlope(Slope.leastSquares), Monitor.silent()),
                new GrantSolver().solve(p, grant().withMean(IsoconSettings.Mean.geometric), Monitor.silent()),
                new GresensSolver().solve(p, grant().withMethod("gresens"), Monitor.silent()),
                new SparseSolver().solve(p, IsoconSettings.defaults(), Monitor.silent()));
        for (IsoconSolution s : all) {
            String what = s.solverId() + " " + s.settings().slope() + " " + s.settings().mean();
            assertTrue(Double.isNaN(s.uncertainty().massRatioSd()[0]), what);
            assertTrue(s.diagnostics().warnings().contains(NO_INFORMATION), what);
            IsoconResultFiles.write(s, dir::resolve);
            String row = Files.readAllLines(dir.resolve(IsoconResultFiles.MASS_CHANGE)).get(1);
            assertEquals("", row.split(",", -1)[2], what + ": " + row);
        }
        // the audit's case: exact data, grant meanRatio, default bootstrap
        IsoconSolution exact = new GrantSolver().solve(
                GrantGresensTest.example(GrantGresensTest.UNITS, GrantGresensTest.PROTOLITH, GrantGresensTest.ALTERED), grant(),
                Monitor.silent());
        IsoconResultFiles.write(exact, dir::resolve);
        assertEquals("A,1.25,,0.8,1.29808", Files.readAllLines(dir.resolve(IsoconResultFiles.MASS_CHANGE)).get(1));
    }

    @Test
    void bootstrapZeroGivesTheStandardErrorOfMeanRatioLeastSquaresAndGresens() throws Exception {
        IsoconProblem p = GrantGresensTest.example(GrantGresensTest.UNITS, GrantGresensTest.PROTOLITH, SPREAD);
        double[] c = { 12.8 / 16, 0.66 / 0.8, 150.0 / 200 };
        double s = (c[0] + c[1] + c[2]) / 3;
        double seS = sd(c) / Math.sqrt(3);
        IsoconSettings zero = grant().withBootstrap(0);
        IsoconSolution mean = new GrantSolver().solve(p, zero, Monitor.silent());
        assertEquals(seS / (s * s), mean.uncertainty().massRatioSd()[0], 1e-12);
        assertEquals(0.0351789, mean.uncertainty().massRatioSd()[0], 1e-7);
        // relative weights: Σ(c−s)²/((k−1)k) = SE of the mean ratio
        IsoconSolution ls = new GrantSolver().solve(p, zero.withSlope(Slope.leastSquares), Monitor.silent());
        assertEquals(seS / (s * s), ls.uncertainty().massRatioSd()[0], 1e-12);
        double[] fv = new double[3];
        for (int k = 0; k < 3; k++) {
            fv[k] = 2.70 / 2.60 / c[k];
        }
        IsoconSolution gresens = new GresensSolver().solve(p, zero.withMethod("gresens"), Monitor.silent());
        assertEquals(2.60 / 2.70 * sd(fv) / Math.sqrt(3), gresens.uncertainty().massRatioSd()[0], 1e-12);
        for (IsoconSolution x : List.of(mean, ls, gresens)) {
            assertFalse(x.diagnostics().warnings().contains(NO_INFORMATION));
        }
        // no standard error for the other strategies, nor for sparse
        assertTrue(Double.isNaN(new GrantSolver().solve(p, zero.withSlope(Slope.constantMass).withImmobile(List.of()),
                Monitor.silent()).uncertainty().massRatioSd()[0]));
        assertTrue(Double.isNaN(new GrantSolver().solve(p, zero.withSlope(Slope.cluster).withImmobile(List.of()), Monitor.silent())
                .uncertainty().massRatioSd()[0]));
        assertTrue(Double.isNaN(new SparseSolver().solve(p, IsoconSettings.defaults().withBootstrap(0), Monitor.silent())
                .uncertainty().massRatioSd()[0]));
    }

    @Test
    void equalFrameRatiosHaveAStandardErrorOfExactlyZero() throws Exception {
        IsoconProblem p = GrantGresensTest.example(GrantGresensTest.UNITS, GrantGresensTest.PROTOLITH, GrantGresensTest.ALTERED);
        IsoconSettings zero = grant().withBootstrap(0);
        assertEquals(0.0, new GrantSolver().solve(p, zero, Monitor.silent()).uncertainty().massRatioSd()[0]);
        assertEquals(0.0, new GrantSolver().solve(p, zero.withSlope(Slope.leastSquares), Monitor.silent()).uncertainty()
                .massRatioSd()[0]);
        assertEquals(0.0, new GresensSolver().solve(p, zero.withMethod("gresens"), Monitor.silent()).uncertainty()
                .massRatioSd()[0]);
    }

    /** Sample standard deviation, n − 1. */
    private static double sd(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
