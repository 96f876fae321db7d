package org.petrobench.cli.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.petrobench.cli.internal.pt.PtPathMethod;
import org.petrobench.epma.QuantifierSettings;
import org.petrobench.isocon.IsoconSettings;
import org.petrobench.pt.path.MrfSettings;
import org.petrobench.pt.path.SmcSettings;

/**
 * The setting names of the science specs that differ from the fields of a settings record, per
 * record type ({@link #of}); {@link SpecSettingTranslation} applies them to a method file. A spec
 * path is written with dots and may appear nested ({@code {"em": {"relTol": 1e-6}}}) or dotted
 * ({@code {"em.relTol": 1e-6}}). Names equal in spec and record need no entry.
 *
 * <pre>
 * record              spec path (§)                          record field(s)
 * QuantifierSettings  clustering.method (EPMA §12)           clustering
 *                     em.relTol / em.maxIter / em.rateFloor  emRelTol / emMaxIter / emRateFloor
 *                     validation.enabled                     validation
 *                     validation.ciLevel / .piLevel          ciLevel / piLevel
 *                     unmixing.enabled                       unmixing
 *                     tiles.rows / tiles.cols                tilesRows / tilesCols
 *                     mapFormat, spotFormat                  none: only "sniffed" (--format chooses)
 *                     deadTimeAlreadyAppliedNs               none: only 0 (the map format reads τ₀)
 *                     geometry.lineAxis/lineSign/            none: only absent or null (per format)
 *                       columnSign/origin
 * IsoconSettings      rBounds: [min, max] (ISOCON §5.7)      rMin, rMax
 * MrfSettings         gridSdTotP: [min, max] (PT §5.7)       gridSdTotPMin, gridSdTotPMax
 *  (ptpath "mrf")     gridSdTotT: [min, max]                 gridSdTotTMin, gridSdTotTMax
 *                     box: {"P": [min, max], "T": [min, max]} boxPMin, boxPMax, boxTMin, boxTMax
 *                     order (§5.3)                           none: only 1
 * SmcSettings         matrix, observationSd (PT §6.1)        none: only absent or null
 *  (ptpath "smc")     duration_Myr, k0_um_per_Myr,           durationMyr, k0UmPerMyr,
 *                       rimAge_Ma (§6.5)                       rimAgeMa (null or 0 = not set)
 * </pre>
 *
 * Decision: a spec key the record lacks is not dropped silently. Its one implemented value (or
 * null) is accepted, any other value is exit 2 saying what is supported: a method file must not
 * seem to ask for something the run does not do.
 */
final class SpecSettingNames {

    /**
     * A spec key without a record field: only {@code accepted} (null: only absent or null) is
     * implemented, for the reason {@code why}.
     */
    record Fixed(Object accepted, String why) {
    }

    /** No translation: every key is taken as a record field. */
    static final SpecSettingNames NONE = new SpecSettingNames();

    private static final SpecSettingNames MRF = new SpecSettingNames()
            .pair("gridSdTotP", "gridSdTotPMin", "gridSdTotPMax")
            .pair("gridSdTotT", "gridSdTotTMin", "gridSdTotTMax")
            .pair("box.P", "boxPMin", "boxPMax")
            .pair("box.T", "boxTMin", "boxTMax")
            .fixed("order", 1, "only the first-difference prior of PT.md §5.3 is implemented");

    private static final SpecSettingNames SMC = new SpecSettingNames()
            .fixed("matrix", null, "the matrix compositions are read from the profile")
            .fixed("observationSd", null, "the model noise comes from the MRF evidence on the same data")
            .rename("duration_Myr", "durationMyr")
            .rename("k0_um_per_Myr", "k0UmPerMyr")
            .rename("rimAge_Ma", "rimAgeMa");

    private static final String GEOMETRY = "the map format sets the geometry (EPMA.md §3.7)";

    private static final Map<Class<?>, SpecSettingNames> BY_RECORD = Map.of(
            QuantifierSettings.class, new SpecSettingNames()
                    .rename("clustering.method", "clustering")
                    .rename("em.relTol", "emRelTol")
                    .rename("em.maxIter", "emMaxIter")
                    .rename("em.rateFloor", "emRateFloor")
                    .rename("validation.enabled", "validation")
                    .rename("validation.ciLevel", "ciLevel")
                    .rename("validation.piLevel", "piLevel")
                    .rename("unmixing.enabled", "unmixing")
                    .rename("tiles.rows", "tilesRows")
                    .rename("tiles.cols", "tilesCols")
                    .fixed("mapFormat", "sniffed", "the map format is sniffed, or chosen with --format <map>")
                    .fixed("spotFormat", "sniffed", "the spot format is sniffed, or chosen with --format <map>,<spot>")
                    .fixed("deadTimeAlreadyAppliedNs", 0, "the map format reads the dead time already applied from its conditions")
                    .fixed("geometry.lineAxis", null, GEOMETRY)
                    .fixed("geometry.lineSign", null, GEOMETRY)
                    .fixed("geometry.columnSign", null, GEOMETRY)
                    .fixed("geometry.origin", null, GEOMETRY),
            IsoconSettings.class, new SpecSettingNames().pair("rBounds", "rMin", "rMax"),
            PtPathMethod.class, new SpecSettingNames().nested("mrf", MRF).nested("smc", SMC),
            MrfSettings.class, MRF,
            SmcSettings.class, SMC);

    private final Map<String, String> renamed = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    private final Map<String, Fixed> fixed = new HashMap<>();
    private final Map<String, SpecSettingNames> nested = new HashMap<>();

    private SpecSettingNames() {
    }

    /** The spec names of settings record {@code type}; {@link #NONE} when its fields are the spec's names. */
    static SpecSettingNames of(Class<?> type) {
        return BY_RECORD.getOrDefault(type, NONE);
    }

    /** The record field that spec path {@code path} names, or null. */
    String renamed(String path) {
        return renamed.get(path);
    }

    /** The record fields [min, max] that the spec pair {@code path} fills, or null. */
    List<String> pair(String path) {
        return pairs.get(path);
    }

    /** The one supported value of a spec path without a record field, or null. */
    Fixed fixed(String path) {
        return fixed.get(path);
    }

    /** The names inside the nested settings record {@code field}, or null when it is not one. */
    SpecSettingNames nested(String field) {
        return nested.get(field);
    }

    /** True when {@code path} itself (not its parts) is translated. */
    boolean translates(String path) {
        return renamed.containsKey(path) || pairs.containsKey(path) || fixed.containsKey(path);
    }

    private SpecSettingNames rename(String path, String field) {
        renamed.put(path, field);
        return this;
    }

    private SpecSettingNames pair(String path, String min, String max) {
        pairs.put(path, List.of(min, max));
        return this;
    }

    private SpecSettingNames fixed(String path, Object accepted, String why) {
        fixed.put(path, new Fixed(accepted, why));
        return this;
    }

    private SpecSettingNames nested(String field, SpecSettingNames names) {
        nested.put(field, names);
        return this;
    }
}
