package org.petrobench.plugins;

/**
 * An installable feature of a plug-in update site, or one installed into the product.
 *
 * @param id         feature id as written in its feature.xml (without p2's {@code .feature.group})
 * @param version    full version with qualifier
 * @param name       the feature's label ("" when it has none)
 * @param provider   the feature's provider ("" when it has none)
 * @param repository the update site it came from (installed features) or is offered by
 */
public record PluginFeature(String id, String version, String name, String provider, String repository) {
}
