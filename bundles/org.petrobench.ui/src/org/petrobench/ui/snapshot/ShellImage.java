package org.petrobench.ui.snapshot;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.petrobench.core.io.AtomicWrite;

/** Saves what a shell shows on screen as PNG. */
final class ShellImage {

    private ShellImage() {
    }

    static void save(Shell shell, Path png) throws IOException {
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, b.x, b.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            AtomicWrite.bytes(png, out -> loader.save(out, SWT.IMAGE_PNG));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
