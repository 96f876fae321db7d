package org.petrobench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.ServiceLookup;
import org.petrobench.cli.internal.plugins.FormatGuard;

/**
 * The headless application {@code org.petrobench.cli.batch}: {@code ./petrobench <command>}.
 * Its return value is the process exit code (CLI.md).
 */
public final class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        Bundle bundle = FrameworkUtil.getBundle(BatchApplication.class);
        BundleContext bc = bundle.getBundleContext();
        context.applicationRunning();
        int code = new Batch(FormatGuard.around(registry(bc), System.err), System.out, System.err, bundle.getVersion().toString()).run(args);
        System.out.flush();
        return Integer.valueOf(code);
    }

    /** Services straight from the OSGi registry; a plug-in whose service fails to activate is skipped with a warning. */
    static ServiceLookup registry(BundleContext bc) {
        return new ServiceLookup() {
            @Override
            public <T> List<T> all(Class<T> type) {
                List<T> found = new ArrayList<>();
                Collection<ServiceReference<T>> refs;
                try {
                    refs = bc.getServiceReferences(type, null);
                } catch (InvalidSyntaxException e) {
                    throw new IllegalStateException(e);
                }
                for (ServiceReference<T> r : refs) {
                    try {
                        T s = bc.getService(r);
                        if (s != null) {
                            found.add(s);
                        } else {
                            System.err.println("warning: the " + type.getSimpleName() + " of plug-in "
                                    + r.getBundle().getSymbolicName() + " failed to start and is skipped");
                        }
                    } catch (RuntimeException | LinkageError e) {
                        System.err.println("warning: the " + type.getSimpleName() + " of plug-in "
                                + r.getBundle().getSymbolicName() + " failed to start (" + e + ") and is skipped");
                    }
                }
                return found;
            }
        };
    }

    @Override
    public void stop() {
        // a batch command runs to its end; nothing to interrupt
    }
}
