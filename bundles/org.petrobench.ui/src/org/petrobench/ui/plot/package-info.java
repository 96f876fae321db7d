/**
 * Plots for every PetroBench view, drawn by a small renderer of our own: a {@link Chart} (axes,
 * layers: lines, points with error bars, bands, polygons, bars with whiskers, labels, rules,
 * rasters through a {@link ColourMap}, a {@link ColourBar}) is laid out once by
 * {@link ChartRenderer} and painted on SWT GC for the screen and PNG export, or written as SVG
 * from the same description; the numbers behind it go to CSV ({@link DataTable}).
 * <p>
 * Decision (issue #6): no charting library. Eclipse SWTChart is distributed through Eclipse p2
 * update sites (we did not find a release on Maven Central that the Maven-Central-only target
 * could consume, and did not verify one further); JFreeChart's SWT bridge draws through AWT,
 * has no perceptually uniform colour maps and needs a further library for SVG. A self-written
 * renderer needs no target change, gives PNG and SVG from one description, and covers what the
 * specs ask (credible bands, ellipses, isocon lines, colour bars, maps drawn as one image).
 */
package org.petrobench.ui.plot;
