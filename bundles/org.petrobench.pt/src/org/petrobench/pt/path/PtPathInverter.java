package org.petrobench.pt.path;

import java.util.List;

import org.petrobench.core.Contribution;
import org.petrobench.core.DataException;
import org.petrobench.core.Diagnostics;
import org.petrobench.core.Monitor;
import org.petrobench.pt.ThermodynamicModel;

/**
 * A method that turns a {@link ZoningProfile} into a {@link PtPath} (PT.md §5–§6): one OSGi DS
 * service per method, id {@code mrf} or {@code smc} ({@code ./petrobench ptpath --method <id>}).
 * Each method has its own typed settings record (e.g. {@link MrfSettings}) whose components carry
 * {@link org.petrobench.core.Setting} metadata; the record doubles as the saved method.
 */
public interface PtPathInverter extends Contribution {

    /** The settings record type of this method. */
    Class<? extends Record> settingsType();

    /** Settings with every default of the spec. */
    Record defaultSettings();

    /**
     * Inverts a profile.
     *
     * @param profile     the growth record, core to rim
     * @param models      the models to use (already parameterised); those not defined anywhere
     *                    in the profile are ignored
     * @param settings    an instance of {@link #settingsType()}
     * @param monitor     progress and cancellation
     * @param diagnostics receives warnings (validity, hyperparameters at a grid edge, ...)
     * @throws DataException when no model is defined at any point, or the method fails
     */
    PtPath invert(ZoningProfile profile, List<? extends ThermodynamicModel> models, Record settings, Monitor monitor,
            Diagnostics diagnostics) throws DataException;
}
