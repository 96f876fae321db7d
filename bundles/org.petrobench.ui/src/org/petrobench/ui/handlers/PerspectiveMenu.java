package org.petrobench.ui.handlers;

import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Window › Perspective: one item per perspective in the model, so perspectives contributed by
 * domain bundles (fragment.e4xmi) appear without touching this bundle.
 */
public final class PerspectiveMenu {

    static final String PERSPECTIVE_ID = "org.petrobench.ui.perspectiveId";

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, MApplication application, EModelService models) {
        for (MPerspective p : models.findElements(application, null, MPerspective.class, null)) {
            MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
            item.setLabel(p.getLabel());
            item.setElementId("org.petrobench.ui.menuitem.perspective." + p.getElementId());
            item.getTransientData().put(PERSPECTIVE_ID, p.getElementId());
            item.setContributionURI("bundleclass://org.petrobench.ui/" + SwitchPerspective.class.getName());
            items.add(item);
        }
    }
}
