package org.petrobench.pt;

import java.util.Locale;

/**
 * Reference Al2SiO5 phase diagram (PT.md §3.8): three straight boundaries through a triple point
 * with Clapeyron slopes Ky–And +12.4, Ky–Sil +20.75 and And–Sil −16.2 bar/K [K, approximate;
 * consistent with ΔV Ky→And 0.739, And→Sil −0.167, Ky→Sil 0.572 J/bar]. Used by GASP's
 * {@code polymorph=auto} and as the "orientation only" overlay of the P–T diagram.
 * <p>
 * Check (PT.md §3.8): with the Holdaway (1971) triple point the Ky–Sil line gives 5.81, 9.96 and
 * 14.11 kbar at 600, 800 and 1000 °C, against the brackets 6.0–6.5, 9.5–10.0 and 14.3–14.6 kbar of
 * Bohlen et al. (1991, Am. Mineral. 76:677). Units: P in bar, T in K.
 */
public final class Al2SiO5Diagram {

    /** Clapeyron slope of the kyanite–andalusite boundary, bar/K. */
    public static final double SLOPE_KY_AND = 12.4;
    /** Clapeyron slope of the kyanite–sillimanite boundary, bar/K. */
    public static final double SLOPE_KY_SIL = 20.75;
    /** Clapeyron slope of the andalusite–sillimanite boundary, bar/K. */
    public static final double SLOPE_AND_SIL = -16.2;

    /** The three polymorphs, with the abbreviation used in model parameters. */
    public enum Polymorph {
        KYANITE("ky", "Ky"), ANDALUSITE("and", "And"), SILLIMANITE("sil", "Sil");

        private final String key;
        private final String label;

        Polymorph(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** "ky", "and", "sil" (parameter values). */
        public String key() {
            return key;
        }

        /** "Ky", "And", "Sil" (Whitney &amp; Evans 2010 abbreviations, plot labels). */
        public String label() {
            return label;
        }

        /** The polymorph for "ky", "and" or "sil". */
        public static Polymorph ofKey(String key) {
            for (Polymorph p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("expected ky, and or sil, found '" + key + "'");
        }
    }

    /** A two-phase boundary: the polymorph on its high-pressure side first. */
    public enum Boundary {
        KY_AND(Polymorph.KYANITE, Polymorph.ANDALUSITE, SLOPE_KY_AND),
        KY_SIL(Polymorph.KYANITE, Polymorph.SILLIMANITE, SLOPE_KY_SIL),
        AND_SIL(Polymorph.SILLIMANITE, Polymorph.ANDALUSITE, SLOPE_AND_SIL);

        private final Polymorph highPressure;
        private final Polymorph lowPressure;
        private final double slope;

        Boundary(Polymorph highPressure, Polymorph lowPressure, double slope) {
            this.highPressure = highPressure;
            this.lowPressure = lowPressure;
            this.slope = slope;
        }

        public Polymorph highPressureSide() {
            return highPressure;
        }

        public Polymorph lowPressureSide() {
            return lowPressure;
        }

        /** dP/dT in bar/K. */
        public double slope() {
            return slope;
        }

        /** True for the boundaries that run from the triple point to higher T (Ky–Sil, And–Sil). */
        public boolean towardsHighT() {
            return this != KY_AND;
        }
    }

    /** Selectable triple points. */
    public enum TriplePoint {
        /** Holdaway (1971, Am. J. Sci. 271:97): 501 °C, 3.76 kbar (default). */
        HOLDAWAY_1971("holdaway1971", 501 + 273.15, 3760, "Holdaway (1971)"),
        /** Pattison (1992, J. Geol. 100:423): ≈ 550 °C, 4.5 kbar [K, CHECK against the source]. */
        PATTISON_1992("pattison1992", 550 + 273.15, 4500, "Pattison (1992)");

        private final String key;
        private final double tK;
        private final double pBar;
        private final String source;

        TriplePoint(String key, double tK, double pBar, String source) {
            this.key = key;
            this.tK = tK;
            this.pBar = pBar;
            this.source = source;
        }

        public String key() {
            return key;
        }

        public double tK() {
            return tK;
        }

        public double pBar() {
            return pBar;
        }

        /** Short citation for the overlay label. */
        public String source() {
            return source;
        }
    }

    private final TriplePoint triplePoint;

    public Al2SiO5Diagram(TriplePoint triplePoint) {
        this.triplePoint = triplePoint;
    }

    /** The default diagram (Holdaway 1971 triple point). */
    public static Al2SiO5Diagram holdaway1971() {
        return new Al2SiO5Diagram(TriplePoint.HOLDAWAY_1971);
    }

    public TriplePoint triplePoint() {
        return triplePoint;
    }

    /**
     * Pressure of a boundary's straight line at T (bar), also on its metastable extension
     * (beyond the triple point), which {@link #stable} never uses.
     */
    public double boundaryPressure(Boundary b, double tK) {
        return triplePoint.pBar + b.slope * (tK - triplePoint.tK);
    }

    /** The stable polymorph at (P, T); on a boundary line the high-pressure polymorph. */
    public Polymorph stable(double pBar, double tK) {
        if (tK <= triplePoint.tK) {
            return pBar >= boundaryPressure(Boundary.KY_AND, tK) ? Polymorph.KYANITE : Polymorph.ANDALUSITE;
        }
        if (pBar >= boundaryPressure(Boundary.KY_SIL, tK)) {
            return Polymorph.KYANITE;
        }
        return pBar > boundaryPressure(Boundary.AND_SIL, tK) ? Polymorph.SILLIMANITE : Polymorph.ANDALUSITE;
    }

    /**
     * Distance in pressure (bar, ≥ 0) from (P, T) to the stable part of the nearest boundary at the
     * same T.
     */
    public double pressureDistanceToBoundary(double pBar, double tK) {
        if (tK <= triplePoint.tK) {
            return Math.abs(pBar - boundaryPressure(Boundary.KY_AND, tK));
        }
        return Math.min(Math.abs(pBar - boundaryPressure(Boundary.KY_SIL, tK)),
                Math.abs(pBar - boundaryPressure(Boundary.AND_SIL, tK)));
    }

    /**
     * End points {tK0, pBar0, tK1, pBar1} of the stable segment of a boundary within [tMinK, tMaxK]
     * (clipped at the triple point), for drawing; {@code null} when the segment lies outside.
     */
    public double[] segment(Boundary b, double tMinK, double tMaxK) {
        double t0 = b.towardsHighT() ? Math.max(tMinK, triplePoint.tK) : tMinK;
        double t1 = b.towardsHighT() ? tMaxK : Math.min(tMaxK, triplePoint.tK);
        if (t1 <= t0) {
            return null;
        }
        return new double[] { t0, boundaryPressure(b, t0), t1, boundaryPressure(b, t1) };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Al2SiO5 diagram, triple point %s (%.0f °C, %.2f kbar)",
                triplePoint.source, triplePoint.tK - 273.15, triplePoint.pBar / 1000);
    }
}
