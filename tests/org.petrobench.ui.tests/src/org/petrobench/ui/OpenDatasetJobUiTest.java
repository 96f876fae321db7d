package org.petrobench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petrobench.core.Monitor;

/** File › Open picks the reader by sniffing; a file of a map folder opens the folder. */
class OpenDatasetJobUiTest {

    /** Recognises folders holding a file named {@code marker}, like a map folder with its .cnd files. */
    private record FolderOpener(String marker) implements DatasetOpener {
        @Override
        public String name() {
            return "folders with " + marker;
        }

        @Override
        public boolean canOpen(Path path) {
            return Files.isDirectory(path) && Files.exists(path.resolve(marker));
        }

        @Override
        public List<OpenDatasets.Dataset> open(Path path, Monitor monitor) {
            return List.of(new OpenDatasets.Dataset(path.getFileName().toString(), "folder", path, marker));
        }

        @Override
        public List<OpenDatasets.Dataset> demo(Monitor monitor) {
            return List.of(new OpenDatasets.Dataset("demo", "folder", null, marker));
        }
    }

    private static void finish(Display display, Job job) throws InterruptedException {
        job.join();
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // queued asyncExecs
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aFileInsideARecognisedFolderOpensTheFolder(@TempDir Path dir) throws Exception {
        Path map = Files.createDirectories(dir.resolve("map1"));
        Path cnd = Files.writeString(map.resolve("1.cnd"), "$XM_ELEMENT Si\n");
        OpenDatasets datasets = new OpenDatasets();
        Job job = OpenDatasetJob.open(cnd, List.of(new FolderOpener("1.cnd")), datasets, null);
        job.schedule();
        finish(Display.getDefault(), job);
        assertEquals(IStatus.OK, job.getResult().getSeverity());
        assertEquals(1, datasets.all().size());
        assertEquals(map, datasets.all().get(0).source());
    }

    @Test
    void demoCollectsEveryOpenersDemo() throws Exception {
        OpenDatasets datasets = new OpenDatasets();
        Job job = OpenDatasetJob.demo(List.of(new FolderOpener("a"), new FolderOpener("b")), datasets, null);
        job.schedule();
        finish(Display.getDefault(), job);
        assertEquals(List.of("a", "b"), datasets.all().stream().map(d -> d.content()).toList());
    }

    @Test
    void anUnrecognisedFileIsReportedInOneLine(@TempDir Path dir) throws IOException, InterruptedException {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        ErrorDialogs dialogs = new ErrorDialogs(display);
        try {
            Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
            OpenDatasets datasets = new OpenDatasets();
            Job job = OpenDatasetJob.open(notes, List.of(new FolderOpener("1.cnd")), datasets, shell);
            job.schedule();
            finish(display, job);
            long end = System.currentTimeMillis() + 10_000;
            while (dialogs.seen().isEmpty() && System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            assertEquals(0, datasets.all().size());
            assertEquals(1, dialogs.seen().size());
            assertTrue(dialogs.seen().get(0).texts().stream().anyMatch(t -> t.contains("not a recognised dataset")),
                    dialogs.seen().toString());
        } finally {
            dialogs.stop();
            shell.dispose();
        }
    }
}
