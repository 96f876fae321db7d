package org.petrobench.ui.plot;

/**
 * Colour maps for rasters and colour bars. {@link #VIRIDIS} and {@link #MAGMA} are perceptually
 * uniform (van der Walt &amp; Smith 2015, matplotlib); they are evaluated with the degree-6
 * polynomial fits of Matt Zucker (2020, shadertoy WlfXRN, CC0), which stay within about 2 % of
 * matplotlib's 256-entry tables. {@link #JET} is offered because users expect it, not because
 * it is good: its lightness is not monotonic.
 */
public enum ColourMap {

    VIRIDIS("viridis", new double[][] {
            { 0.2777273272234177, 0.005407344544966578, 0.3340998053353061 },
            { 0.1050930431085774, 1.404613529898575, 1.384590162594685 },
            { -0.3308618287255563, 0.214847559468213, 0.09509516302823659 },
            { -4.634230498983486, -5.799100973351585, -19.33244095627987 },
            { 6.228269936347081, 14.17993336680509, 56.69055260068105 },
            { 4.776384997670288, -13.74514537774601, -65.35303263337234 },
            { -5.435455855934631, 4.645852612178535, 26.3124352495832 } }),
    MAGMA("magma", new double[][] {
            { -0.002136485053939582, -0.000749655052795221, -0.005386127855323933 },
            { 0.2516605407371642, 0.6775232436837668, 2.494026599312351 },
            { 8.353717279216625, -3.577719514958484, 0.3144679030132573 },
            { -27.66873308576866, 14.26473078096533, -13.64921318813922 },
            { 52.17613981234068, -27.94360607168351, 12.94416944238394 },
            { -50.76852536473588, 29.04658282127291, 4.23415299384598 },
            { 18.65570506591883, -11.48977351997711, -5.601961508734096 } }),
    GREY("grey", null),
    JET("jet", null);

    private final String id;
    private final double[][] coefficients;
    private int[] table;

    ColourMap(String id, double[][] coefficients) {
        this.id = id;
        this.coefficients = coefficients;
    }

    /** The name used in preferences and menus. */
    public String id() {
        return id;
    }

    /** The map with this id (case-insensitive); viridis when unknown. */
    public static ColourMap of(String id) {
        for (ColourMap m : values()) {
            if (m.id.equalsIgnoreCase(id)) {
                return m;
            }
        }
        return VIRIDIS;
    }

    /** Colour at {@code t} in [0, 1] (clamped) as 0xRRGGBB. */
    public int rgb(double t) {
        double u = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double r;
        double g;
        double b;
        switch (this) {
        case GREY -> {
            r = u;
            g = u;
            b = u;
        }
        case JET -> {
            r = jetChannel(u - 0.25);
            g = jetChannel(u);
            b = jetChannel(u + 0.25);
        }
        default -> {
            double[] c = new double[3];
            for (int k = coefficients.length - 1; k >= 0; k--) {
                for (int ch = 0; ch < 3; ch++) {
                    c[ch] = c[ch] * u + coefficients[k][ch];
                }
            }
            r = c[0];
            g = c[1];
            b = c[2];
        }
        }
        return (channel(r) << 16) | (channel(g) << 8) | channel(b);
    }

    /** 256 colours from t = 0 to 1, cached: the per-pixel lookup of rasters. */
    public synchronized int[] table() {
        if (table == null) {
            int[] t = new int[256];
            for (int i = 0; i < 256; i++) {
                t[i] = rgb(i / 255.0);
            }
            table = t;
        }
        return table;
    }

    /** The classic piecewise-linear jet (MATLAB): a triangle of width 1.5 centred on 0.5. */
    private static double jetChannel(double v) {
        return Math.max(0, Math.min(1, 1.5 - Math.abs(4 * v - 2)));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
