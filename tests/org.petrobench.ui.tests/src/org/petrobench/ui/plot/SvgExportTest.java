package org.petrobench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG export is a well-formed document holding every layer, without needing a display. */
class SvgExportTest {

    private static Chart chart() {
        float[] values = { 0, 1, 2, Float.NaN };
        return new Chart("Zoning & profile <test>").axes("distance (um)", "X_alm")
                .add(new Layer.Band(new double[] { 0, 1, 2 }, new double[] { 0.5, 0.6, 0.7 },
                        new double[] { 0.7, 0.8, 0.9 }, 0x1f77b4, 60, "95 % band"))
                .add(new Layer.Line(new double[] { 0, 1, Double.NaN, 2 }, new double[] { 0.6, 0.7, 0.7, 0.8 },
                        0x1f77b4, "MAP"))
                .add(new Layer.Points(new double[] { 0.5 }, new double[] { 0.65 }, 0xd62728, Layer.Marker.CROSS,
                        true, "pointwise"))
                .add(Layer.Raster.scaled(2, 2, values, 0, 2, ColourMap.VIRIDIS, 0, 0, 2, 1))
                .colourBar(new ColourBar(ColourMap.VIRIDIS, 0, 2, "SiO2 (wt%)"))
                .data(new DataTable.Builder("distance_um", "X_alm").row(0.0, 0.6).row(1.0, Double.NaN).build());
    }

    @Test
    void svgIsWellFormedAndHoldsEveryLayer() throws Exception {
        String svg = ChartExport.svg(chart(), 640, 400);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("640", root.getAttribute("width"));
        // the NaN splits the line into two pieces of 2 and 1 points: only the first is drawn
        NodeList polylines = doc.getElementsByTagName("polyline");
        boolean mapLine = false;
        for (int i = 0; i < polylines.getLength(); i++) {
            Element p = (Element) polylines.item(i);
            if ("#1f77b4".equals(p.getAttribute("stroke"))) {
                assertEquals(2, p.getAttribute("points").trim().split(" ").length);
                mapLine = true;
            }
        }
        assertTrue(mapLine);
        NodeList polygons = doc.getElementsByTagName("polygon");
        assertTrue(polygons.getLength() >= 1);
        NodeList images = doc.getElementsByTagName("image");
        assertEquals(2, images.getLength(), "raster and colour bar");
        String href = ((Element) images.item(0)).getAttribute("xlink:href");
        byte[] png = Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(svg.contains("Zoning &amp; profile &lt;test&gt;"));
        assertTrue(svg.contains("SiO2 (wt%)"));
    }

    @Test
    void csvExportWritesTheNumbersBehindThePlot(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("profile.csv");
        ChartExport.csv(chart(), csv);
        assertEquals(List.of("distance_um,X_alm", "0,0.6", "1,"), Files.readAllLines(csv));
    }
}
