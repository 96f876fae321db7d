package org.petrobench.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Errors reach the user as a dialog with the one-line message of the failure, never a stack
 * trace (the trace goes to the log). Safe to call from any thread.
 */
public final class UserMessages {

    private UserMessages() {
    }

    /** Shows {@code title} and the one-line message of {@code failure}. */
    public static void error(Shell shell, String title, Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        error(shell, title, message);
    }

    /** Shows an error dialog with a one-line message. */
    public static void error(Shell shell, String title, String message) {
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        display.asyncExec(() -> MessageDialog.openError(shell != null && !shell.isDisposed() ? shell : null, title,
                firstLine(message)));
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
