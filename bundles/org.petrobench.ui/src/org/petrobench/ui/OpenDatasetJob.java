package org.petrobench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.petrobench.core.CanceledException;
import org.petrobench.core.Monitor;

/**
 * Reads datasets off the UI thread: a path through the first {@link DatasetOpener} that
 * recognises it (a file not recognised is tried as its folder, so picking any file of a JEOL map
 * folder opens the folder), or the demo data of every opener. What is read joins
 * {@link OpenDatasets}; a failure reaches the user as a one-line dialog.
 */
public final class OpenDatasetJob extends Job {

    private final List<DatasetOpener> openers;
    private final OpenDatasets datasets;
    private final Shell shell;
    private final Path path;

    private OpenDatasetJob(String name, List<DatasetOpener> openers, OpenDatasets datasets, Shell shell, Path path) {
        super(name);
        this.openers = List.copyOf(openers);
        this.datasets = datasets;
        this.shell = shell;
        this.path = path;
        setUser(true);
    }

    /** A job opening {@code path} (not yet scheduled). */
    public static OpenDatasetJob open(Path path, List<DatasetOpener> openers, OpenDatasets datasets, Shell shell) {
        return new OpenDatasetJob("Open " + path.getFileName(), openers, datasets, shell, path);
    }

    /** A job opening the demo data of every installed opener (not yet scheduled). */
    public static OpenDatasetJob demo(List<DatasetOpener> openers, OpenDatasets datasets, Shell shell) {
        return new OpenDatasetJob("Open the demo dataset", openers, datasets, shell, null);
    }

    /** The opener that recognises {@code p}, trying a file's folder second; null when none does. */
    static DatasetOpener find(List<DatasetOpener> openers, Path p) {
        for (DatasetOpener o : openers) {
            if (o.canOpen(p)) {
                return o;
            }
        }
        return null;
    }

    @Override
    protected IStatus run(IProgressMonitor progress) {
        Monitor monitor = new JobMonitor(progress);
        try {
            List<OpenDatasets.Dataset> read = new ArrayList<>();
            if (path == null) {
                if (openers.isEmpty()) {
                    throw new IllegalStateException("no data plug-in is installed");
                }
                for (DatasetOpener o : openers) {
                    read.addAll(o.demo(monitor));
                }
            } else {
                Path target = path;
                DatasetOpener opener = find(openers, target);
                if (opener == null && Files.isRegularFile(path) && path.getParent() != null) {
                    target = path.getParent();
                    opener = find(openers, target);
                }
                if (opener == null) {
                    throw new IllegalArgumentException(path + ": not a recognised dataset (installed readers: "
                            + String.join(", ", openers.stream().map(DatasetOpener::name).toList()) + ")");
                }
                read.addAll(opener.open(target, monitor));
            }
            monitor.checkCanceled();
            read.forEach(datasets::add);
            return Status.OK_STATUS;
        } catch (CanceledException c) {
            return Status.CANCEL_STATUS;
        } catch (Exception | LinkageError e) {
            UserMessages.error(shell, getName() + " failed", e);
            return new Status(IStatus.ERROR, "org.petrobench.ui", getName() + " failed", e);
        }
    }
}
