package org.petrobench.epma.format.jeol.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.petrobench.core.Diagnostics;

/**
 * EPMA.md §3: a folder that holds exactly one data subfolder is descended into, with an info
 * message. Looks at names only.
 */
final class FolderDescent {

    private FolderDescent() {
    }

    /**
     * {@code folder} itself when {@code isData} accepts it; else the one folder one or two levels
     * below it that {@code isData} accepts (e.g. {@code .map/1} below a dataset folder); else
     * {@code folder} unchanged.
     */
    static Path resolve(Path folder, Predicate<Path> isData, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder) || isData.test(folder)) {
            return folder;
        }
        List<Path> found = new java.util.ArrayList<>();
        for (Path sub : subfolders(folder)) {
            if (isData.test(sub)) {
                found.add(sub);
            }
            for (Path sub2 : subfolders(sub)) {
                if (isData.test(sub2)) {
                    found.add(sub2);
                }
            }
        }
        if (found.size() != 1) {
            return folder;
        }
        if (diagnostics != null) {
            diagnostics.info("reading " + found.get(0) + ", the one data folder in " + folder);
        }
        return found.get(0);
    }

    static List<Path> subfolders(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
