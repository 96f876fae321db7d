package org.petrobench.cli.internal;

import java.util.List;

/** Where commands find services: the OSGi registry in the product, a plain list in unit tests. */
@FunctionalInterface
public interface ServiceLookup {

    /** Every registered service of a type (an empty list when none). */
    <T> List<T> all(Class<T> type);
}
