package org.petrobench.ui.plot;

/**
 * Colours for categories (phases, samples, components): matplotlib's "tab10" set, chosen to be
 * distinguishable; they repeat after ten.
 */
public final class Palette {

    private static final int[] TAB10 = { 0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
            0x7f7f7f, 0xbcbd22, 0x17becf };

    /** Neutral grey for references and secondary information. */
    public static final int GREY = 0x8c8c8c;
    public static final int BLACK = 0x000000;
    public static final int RED = 0xd62728;

    private Palette() {
    }

    /** The colour of category {@code i} (0-based). */
    public static int category(int i) {
        return TAB10[Math.floorMod(i, TAB10.length)];
    }
}
