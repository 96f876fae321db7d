package org.petrobench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.petrobench.core.Contribution;

/** What is installed: PetroBench bundles with their versions, and every contributed service. */
public final class InstalledPlugins {

    /** One installed bundle. */
    public record Plugin(String symbolicName, String name, String version, String state) {
    }

    /** One contributed service (format, model, solver) and the bundle that provides it. */
    public record Service(String type, String id, String name, String version, String bundle) {
    }

    private final BundleContext context;

    public InstalledPlugins(BundleContext context) {
        this.context = context;
    }

    /** For the bundle that holds this class. */
    public static InstalledPlugins ofRunningFramework() {
        return new InstalledPlugins(FrameworkUtil.getBundle(InstalledPlugins.class).getBundleContext());
    }

    /** Bundles whose symbolic name starts with {@code org.petrobench}, plus third-party PetroBench plug-ins (those contributing services). */
    public List<Plugin> plugins() {
        List<String> contributors = services().stream().map(Service::bundle).distinct().toList();
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null
                        && (b.getSymbolicName().startsWith("org.petrobench") || contributors.contains(b.getSymbolicName())))
                .map(b -> new Plugin(b.getSymbolicName(), String.valueOf(b.getHeaders().get("Bundle-Name")),
                        b.getVersion().toString(), state(b)))
                .sorted(Comparator.comparing(Plugin::symbolicName)).toList();
    }

    /** Every service whose object is a {@link Contribution}, by type and id. */
    public List<Service> services() {
        List<Service> found = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(null, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (refs == null) {
            return found;
        }
        for (ServiceReference<?> r : refs) {
            String[] classes = (String[]) r.getProperty("objectClass");
            if (classes == null || Arrays.stream(classes).noneMatch(c -> c.startsWith("org.petrobench"))) {
                continue;
            }
            try {
                Object s = context.getService(r);
                if (s instanceof Contribution c) {
                    String type = classes[0].substring(classes[0].lastIndexOf('.') + 1);
                    found.add(new Service(type, c.id(), c.name(), c.version(), r.getBundle().getSymbolicName()));
                }
            } catch (RuntimeException | LinkageError broken) {
                // a plug-in that fails to activate is left out of the listing, not fatal
            }
        }
        found.sort(Comparator.comparing(Service::type).thenComparing(Service::id));
        return found;
    }

    private static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.STARTING -> "lazy";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "not resolved";
            default -> "stopping";
        };
    }
}
