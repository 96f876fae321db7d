package org.petrobench.epma.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.petrobench.epma.QuantifiedElement;
import org.petrobench.epma.QuantifiedMaps;
import org.petrobench.epma.SpotReport;
import org.petrobench.epma.data.MapSignal;
import org.petrobench.epma.data.XrayMapSet;

/** The maps the EPMA session can show, and what the read-out adds for a pixel. */
final class EpmaQuantities {

    private EpmaQuantities() {
    }

    /**
     * Counts of every signal (X-ray: dead-time corrected; electron: raw values) and, once
     * quantified, wt% and 1σ of every oxide and the Total, and every phase's membership.
     */
    static List<MapQuantity> of(EpmaSession session) {
        List<MapQuantity> out = new ArrayList<>();
        XrayMapSet maps = session.maps();
        if (maps == null) {
            return out;
        }
        Quantification q = session.quantified();
        if (q != null) {
            List<QuantifiedElement> elements = q.maps().elements();
            for (int e = 0; e <= elements.size(); e++) {
                String oxide = e < elements.size() ? elements.get(e).oxide() : "Total";
                out.add(new MapQuantity(oxide + " wt%", oxide + " (wt%)", q.wt()[e]));
            }
            for (int e = 0; e <= elements.size(); e++) {
                String oxide = e < elements.size() ? elements.get(e).oxide() : "Total";
                out.add(new MapQuantity(oxide + " 1\u03c3", oxide + " 1\u03c3 (wt%)", q.se()[e]));
            }
            List<String> phases = q.maps().membership().phases();
            for (int k = 0; k < phases.size(); k++) {
                out.add(new MapQuantity("membership " + phases.get(k), "P(" + phases.get(k) + ")",
                        q.maps().membership().map(k)));
            }
        }
        for (MapSignal s : maps.signals()) {
            out.add(new MapQuantity(s.name() + (s.isXray() ? " counts" : ""), s.isXray() ? "counts" : s.name(),
                    s.counts()));
        }
        return out;
    }

    /** Ids of spots flagged as outliers by the latest quantification (none before it). */
    static Set<String> outlierSpotIds(EpmaSession session) {
        Set<String> ids = new HashSet<>();
        Quantification q = session.quantified();
        if (q != null) {
            for (SpotReport r : q.maps().spots()) {
                if (Boolean.TRUE.equals(r.outlier())) {
                    ids.add(r.id());
                }
            }
        }
        return ids;
    }

    /** Phase, wt% and 1σ of every oxide at pixel {@code i} when quantified, else empty. */
    static String readout(EpmaSession session, int i) {
        Quantification q = session.quantified();
        if (q == null) {
            return "";
        }
        QuantifiedMaps m = q.maps();
        StringBuilder b = new StringBuilder();
        int label = m.membership().label(i);
        b.append("  |  ").append(label < 0 ? "no data" : m.membership().phases().get(label));
        for (int e = 0; e <= m.elements().size(); e++) {
            String oxide = e < m.elements().size() ? m.elements().get(e).oxide() : "Total";
            b.append(String.format(Locale.ROOT, "  %s %.2f \u00b1 %.2f wt%%", oxide, q.wt()[e][i], q.se()[e][i]));
        }
        return b.toString();
    }
}
