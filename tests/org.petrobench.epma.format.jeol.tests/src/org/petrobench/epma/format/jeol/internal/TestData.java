package org.petrobench.epma.format.jeol.internal;

import java.nio.file.Path;

import org.petrobench.epma.format.testing.ExampleData;

/**
 * This fragment's {@code data/} folder ({@link ExampleData}; with devtest.sh, list
 * org.petrobench.epma.format.testing among the bundles).
 */
final class TestData {

    private static final ExampleData DATA = new ExampleData("org.petrobench.epma.format.jeol.tests");

    private TestData() {
    }

    static Path data(String relative) {
        return DATA.data(relative);
    }
}
