package org.petrobench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Switches to the perspective named by the chosen Window › Perspective item. */
public final class SwitchPerspective {

    @Execute
    public void execute(MMenuItem item, EPartService parts) {
        Object id = item.getTransientData().get(PerspectiveMenu.PERSPECTIVE_ID);
        if (id != null) {
            parts.switchPerspective(id.toString());
        }
    }
}
