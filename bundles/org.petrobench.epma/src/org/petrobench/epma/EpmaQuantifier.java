package org.petrobench.epma;

import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.InputException;
import org.petrobench.core.Monitor;
import org.petrobench.epma.data.SpotSet;
import org.petrobench.epma.data.XrayMapSet;

/**
 * Turns qualitative X-ray maps into oxide wt% maps with spot analyses as internal standards
 * (EPMA.md; Yasumoto et al. 2018, Am. Mineral. 103:1690, doi:10.2138/am-2018-6323CCBY).
 * A DS service; the batch mode and the UI find implementations by {@link #id()}.
 */
public interface EpmaQuantifier extends Contribution {

    /**
     * Runs spot join (§3.7), spot validation (§5), initial centres (§6), clustering (§7),
     * calibration (§8) and the per-pixel quantities (§8–§9).
     *
     * @param maps     the dead-time corrected maps
     * @param spots    the spot analyses; may be {@code null} when {@code settings} fix every
     *                 parameter (§8.5) and supply the centres
     * @param settings the method
     * @throws InputException a setting names an absent element or phase, or a required fixed
     *                        parameter is missing (exit 2)
     * @throws DataException  the data cannot be quantified: no spot inside the map, no common
     *                        element, no β spot (exit 1)
     */
    QuantifiedMaps quantify(XrayMapSet maps, SpotSet spots, QuantifierSettings settings, Monitor monitor)
            throws InputException, DataException;
}
