package org.petrobench.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of a settings record (a saved <em>method</em>): what it means, its
 * unit and its valid range. The CLI help and the UI settings forms are generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD })
public @interface Setting {

    /** One sentence for the user. */
    String description();

    /** Unit of the value, empty when dimensionless or not numeric. */
    String unit() default "";

    /** Smallest valid value (numeric settings only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest valid value (numeric settings only). */
    double max() default Double.POSITIVE_INFINITY;
}
