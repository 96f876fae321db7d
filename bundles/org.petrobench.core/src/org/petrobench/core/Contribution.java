package org.petrobench.core;

/**
 * What every contributed service (format, model, solver) tells about itself, so the UI can list
 * it and results can record exactly what produced them (provenance).
 */
public interface Contribution {

    /** Stable lower-case id used on the command line and in method files, e.g. {@code grt-bt-fs1978}. */
    String id();

    /** Human-readable name. */
    String name();

    /** Version of the implementation (by default the version of its bundle). */
    default String version() {
        return BundleVersion.of(getClass());
    }

    /** Literature reference (citation and DOI) or documentation of the implementation. */
    String reference();
}
