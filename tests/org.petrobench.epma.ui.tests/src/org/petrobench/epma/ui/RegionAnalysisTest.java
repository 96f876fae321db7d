package org.petrobench.epma.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.epma.Transect;

/**
 * The profile "Send to P-T" writes: a garnet Alm50 Prp50, Fe1.5Mg1.5Al2Si3O12, computed by hand
 * from molar masses (FeO 71.844, MgO 40.304, Al2O3 101.961, SiO2 60.084 g/mol; formula mass
 * 450.435): FeO 23.925, MgO 13.422, Al2O3 22.636, SiO2 40.017 wt%, so Xalm = Xprp = 0.5,
 * Xgrs = Xsps = 0. A station without valid samples is left out.
 */
class RegionAnalysisTest {

    private static final List<String> OXIDES = List.of("SiO2", "Al2O3", "FeO", "MgO");
    private static final double[] ALM50_PRP50 = { 40.017, 22.636, 23.925, 13.422 };
    private static final double[] NONE = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };

    @Test
    void garnetProfileIsRecastToEndMembers(@TempDir Path dir) throws Exception {
        Transect t = new Transect(OXIDES, new double[] { 0, 1.5, 3 }, new double[3], new double[3], new int[] { 1, 0, 1 },
                new double[][] { ALM50_PRP50, NONE, ALM50_PRP50 }, new double[][] { NONE, NONE, NONE });
        Path file = dir.resolve("grt.csv");
        assertEquals(2, RegionAnalysis.writeProfile(t, "Grt_rim", file));
        List<String> lines = Files.readAllLines(file);
        assertEquals("distance_um,Grt.Xalm,Grt.Xprp,Grt.Xgrs,Grt.Xsps", lines.get(0));
        assertEquals(3, lines.size());
        double[] distance = { 0, 3 };
        for (int r = 0; r < 2; r++) {
            String[] cells = lines.get(r + 1).split(",");
            assertEquals(distance[r], Double.parseDouble(cells[0]), 1e-12);
            // wt% rounded to 3 decimals move the ratios by < 1e-5
            assertEquals(0.5, Double.parseDouble(cells[1]), 1e-4);
            assertEquals(0.5, Double.parseDouble(cells[2]), 1e-4);
            assertEquals(0, Double.parseDouble(cells[3]), 1e-12);
            assertEquals(0, Double.parseDouble(cells[4]), 1e-12);
        }
    }

    @Test
    void aPhaseWithoutEndMembersIsRefused(@TempDir Path dir) {
        Transect t = new Transect(OXIDES, new double[] { 0, 1 }, new double[2], new double[2], new int[] { 1, 1 },
                new double[][] { ALM50_PRP50, ALM50_PRP50 }, new double[][] { NONE, NONE });
        assertThrows(IllegalArgumentException.class, () -> RegionAnalysis.writeProfile(t, "Ol", dir.resolve("ol.csv")));
    }
}
