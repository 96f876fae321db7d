package org.petrobench.isocon.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Diagnostics;
import org.petrobench.isocon.ImmobileSet;
import org.petrobench.isocon.IsoconProblem;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.isocon.IsoconSolution;
import org.petrobench.isocon.MassTransfer;
import org.petrobench.isocon.QPathPoint;
import org.petrobench.isocon.Uncertainty;

/** The output files of CLI.md, written from a hand-built solution (Grant example of ISOCON.md §8.1, r = 1.25). */
class IsoconResultFilesTest {

    @Test
    void writesExactlyTheDocumentedColumns(@TempDir Path dir) throws Exception {
        IsoconProblem p = BulkCompositionsCsvTest.prepare("""
                sample,SiO2_wt%,Zr_ppm,density_g_cm3
                P1,60,200,2.70
                A1,72,160,2.60
                """, IsoconSettings.defaults());
        double[] c0 = p.protolithMean();
        MassTransfer t = MassTransfer.of(c0, p.protolithDensity(), p.alteredValues(), p.densities(), new double[] { 1.25 });
        boolean[] immobile = { false, true };
        IsoconSolution s = new IsoconSolution("grant", p, IsoconSettings.defaults(), t, Uncertainty.none(1, 2),
                new ImmobileSet(p.components(), immobile, MassTransfer.mobility(c0, p.alteredValues(), new boolean[] { true, true },
                        new double[] { 1.25 }), new double[] { Double.NaN, Double.NaN }),
                List.of(new QPathPoint(0.2, new double[] { 1.25 }, List.of("Zr"))), java.util.Map.of(), new Diagnostics());
        List<String> names = IsoconResultFiles.write(s, dir::resolve);
        assertEquals(List.of("mass-change.csv", "transfer.csv", "immobile.csv", "q-path.csv"), names);
        assertEquals(List.of("sample,mass_ratio,mass_ratio_sd,isocon_slope,volume_ratio", "A1,1.25,,0.8,1.29808"),
                Files.readAllLines(dir.resolve("mass-change.csv")));
        assertEquals(List.of("sample,component,unit,delta_abs,delta_abs_sd,delta_rel,delta_rel_sd,flags",
                "A1,SiO2,wt%,30,,0.5,,", "A1,Zr,ppm,0,,0,,"), Files.readAllLines(dir.resolve("transfer.csv")));
        assertEquals(List.of("component,mobility,immobile,selected_fraction", "SiO2,0.5,false,", "Zr,0,true,"),
                Files.readAllLines(dir.resolve("immobile.csv")));
        assertEquals(List.of("q,sample,mass_ratio,immobile_set", "0.2,A1,1.25,Zr"), Files.readAllLines(dir.resolve("q-path.csv")));
    }

    @Test
    void sixSignificantDigits() {
        assertEquals("1.29808", SignificantDigits.format(1.2980769230769231, 6));
        assertEquals("-0.000123457", SignificantDigits.format(-0.000123456789, 6));
        assertEquals("1.23457E-7", SignificantDigits.format(1.23456789e-7, 6));
        assertEquals("120", SignificantDigits.format(120.0000001, 6));
        assertEquals("", SignificantDigits.format(Double.NaN, 6));
    }
}
