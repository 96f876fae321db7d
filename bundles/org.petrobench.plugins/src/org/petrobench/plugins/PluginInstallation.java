package org.petrobench.plugins;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.petrobench.core.CanceledException;
import org.petrobench.core.DataException;
import org.petrobench.core.Monitor;
import org.petrobench.plugins.internal.ProgressBridge;
import org.petrobench.plugins.internal.StatusText;

/**
 * The running product's p2 profile, shared by {@code ./petrobench plugins} and the workbench's
 * Plug-ins dialog ({@code DefaultProfile} of the materialised product): lists,
 * installs and uninstalls plug-in features with the p2 planner and engine, exactly as the Eclipse
 * IDE's "Install New Software" does. The Eclipse touchpoint copies the bundles into
 * {@code plugins/} and rewrites {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info},
 * so an installed plug-in starts with the next launch and stays until uninstalled. Uninstall
 * removes it from the profile and the configuration at once; p2's garbage collector deletes its
 * jars at the next use of the installer ({@link #collectGarbage}).
 * <p>
 * Features installed here carry the profile property {@value #PLUGIN_PROPERTY} (the update site they
 * came from): only those are listed and may be uninstalled, never the product's own features.
 */
public final class PluginInstallation implements AutoCloseable {

    /** IU profile property marking a root installed by {@code ./petrobench plugins install}. */
    public static final String PLUGIN_PROPERTY = "org.petrobench.plugin.repository";

    private static final String FEATURE_GROUP = ".feature.group";
    private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector";

    private final IProvisioningAgent agent;
    private final IProfileRegistry profiles;

    private PluginInstallation(IProvisioningAgent agent) {
        this.agent = agent;
        this.profiles = agent.getService(IProfileRegistry.class);
    }

    /** The p2 agent of the running product ({@code eclipse.p2.data.area} of config.ini). */
    public static PluginInstallation running() throws DataException {
        BundleContext bc = FrameworkUtil.getBundle(PluginInstallation.class).getBundleContext();
        Bundle core = FrameworkUtil.getBundle(IProvisioningAgentProvider.class);
        try {
            if (core != null && core.getState() != Bundle.ACTIVE) {
                core.start(Bundle.START_TRANSIENT);
            }
        } catch (BundleException e) {
            throw new DataException("the p2 installer (" + core.getSymbolicName() + ") does not start: " + e.getMessage());
        }
        ServiceReference<IProvisioningAgentProvider> ref = bc.getServiceReference(IProvisioningAgentProvider.class);
        if (ref == null) {
            throw new DataException("the p2 installer is not available in this product (no IProvisioningAgentProvider)");
        }
        try {
            IProvisioningAgent agent = bc.getService(ref).createAgent(null);
            PluginInstallation p = new PluginInstallation(agent);
            p.collectGarbage(p.self());
            return p;
        } catch (ProvisionException e) {
            throw new DataException("the p2 installer cannot open this product's p2 data: " + e.getMessage());
        }
    }

    private IProfile self() throws DataException {
        IProfile self = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
        if (self == null) {
            throw new DataException("this PetroBench has no p2 profile (was it started from a materialised product?); "
                    + "plug-ins can be installed only into the product built by ./mvnw verify");
        }
        return self;
    }

    /** Plug-in features installed by {@code plugins install}, sorted by id. */
    public List<PluginFeature> installed() throws DataException {
        IProfile self = self();
        List<PluginFeature> out = new ArrayList<>();
        for (IInstallableUnit iu : self.query(new IUProfilePropertyQuery(PLUGIN_PROPERTY, IUProfilePropertyQuery.ANY), null)) {
            out.add(feature(iu, self.getInstallableUnitProperty(iu, PLUGIN_PROPERTY)));
        }
        out.sort(Comparator.comparing(PluginFeature::id));
        return out;
    }

    /** The features an update site offers (newest version of each), sorted by id. */
    public List<PluginFeature> available(URI site, Monitor monitor) throws DataException {
        IMetadataRepository repo = load(site, monitor);
        List<PluginFeature> out = new ArrayList<>();
        for (IInstallableUnit iu : latestFeatures(repo, monitor)) {
            out.add(feature(iu, site.toString()));
        }
        out.sort(Comparator.comparing(PluginFeature::id));
        return out;
    }

    /**
     * Installs features (ids with or without {@code .feature.group}) from an update site with
     * everything they need from it.
     *
     * @return the features installed
     * @throws DataException when a feature is not on the site or cannot be installed (the p2
     *                       planner's reason, e.g. a missing API package, is in the message)
     */
    public List<PluginFeature> install(URI site, List<String> featureIds, Monitor monitor) throws DataException {
        IMetadataRepository repo = load(site, monitor);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        try {
            artifacts.loadRepository(site, new ProgressBridge(monitor));
        } catch (ProvisionException e) {
            throw new DataException("update site " + site + " has no readable artifact repository: " + e.getMessage());
        } catch (OperationCanceledException e) {
            throw new CanceledException();
        }
        List<IInstallableUnit> units = new ArrayList<>();
        Set<String> offered = new TreeSet<>();
        for (IInstallableUnit iu : latestFeatures(repo, monitor)) {
            offered.add(featureId(iu));
        }
        for (String id : featureIds) {
            String group = id.endsWith(FEATURE_GROUP) ? id : id + FEATURE_GROUP;
            IQueryResult<IInstallableUnit> found = repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(group)), null);
            if (found.isEmpty()) {
                throw new DataException("update site " + site + " has no feature '" + featureId(group) + "' (it offers: "
                        + (offered.isEmpty() ? "none" : String.join(", ", offered)) + ")");
            }
            units.add(found.iterator().next());
        }
        IProfile self = self();
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(self);
        for (IInstallableUnit iu : units) {
            request.add(iu);
            request.setInstallableUnitInclusionRules(iu, ProfileInclusionRules.createStrictInclusionRule(iu));
            request.setInstallableUnitProfileProperty(iu, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
            request.setInstallableUnitProfileProperty(iu, PLUGIN_PROPERTY, site.toString());
        }
        perform(request, context(site), "install " + String.join(", ", featureIds), monitor);
        List<PluginFeature> done = new ArrayList<>();
        for (IInstallableUnit iu : units) {
            done.add(feature(iu, site.toString()));
        }
        return done;
    }

    /**
     * Uninstalls plug-in features installed by {@link #install}: they no longer start from the next
     * launch on; their jars are deleted at the next use of the installer ({@link #collectGarbage}).
     *
     * @return the features removed
     * @throws DataException when a feature is not an installed plug-in
     */
    public List<PluginFeature> uninstall(List<String> featureIds, Monitor monitor) throws DataException {
        IProfile self = self();
        List<PluginFeature> installed = installed();
        List<IInstallableUnit> units = new ArrayList<>();
        List<PluginFeature> removed = new ArrayList<>();
        for (String id : featureIds) {
            String plain = featureId(id);
            PluginFeature f = installed.stream().filter(p -> p.id().equals(plain)).findFirst()
                    .orElseThrow(() -> new DataException("'" + plain + "' is not an installed plug-in (installed: "
                            + (installed.isEmpty() ? "none" : String.join(", ", installed.stream().map(PluginFeature::id).toList()))
                            + ")"));
            self.query(QueryUtil.createIUQuery(plain + FEATURE_GROUP), null).forEach(units::add);
            removed.add(f);
        }
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(self);
        request.removeAll(units);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(new URI[0]);
        context.setArtifactRepositories(new URI[0]);
        perform(request, context, "uninstall " + String.join(", ", featureIds), monitor);
        return removed;
    }

    /**
     * Deletes the bundle jars that no feature of the profile needs any more. p2 keeps the jars of
     * bundles the running framework has loaded, so the jars of an uninstalled plug-in go at the
     * next use of the installer (the next {@code plugins} command or Plug-ins dialog), when they
     * are no longer running. p2 offers its collector only as an agent service of an internal type
     * (no API), so it is called by name.
     */
    private void collectGarbage(IProfile self) throws DataException {
        Object collector = agent.getService(GARBAGE_COLLECTOR);
        if (collector == null) {
            throw new DataException("p2's garbage collector is missing from this product");
        }
        try {
            collector.getClass().getMethod("runGC", IProfile.class).invoke(collector, self);
        } catch (ReflectiveOperationException e) {
            throw new DataException("p2's garbage collector failed: " + e);
        }
    }

    private ProvisioningContext context(URI site) {
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(new URI[] { site });
        context.setArtifactRepositories(new URI[] { site });
        return context;
    }

    private void perform(IProfileChangeRequest request, ProvisioningContext context, String what, Monitor monitor)
            throws DataException {
        IPlanner planner = agent.getService(IPlanner.class);
        IEngine engine = agent.getService(IEngine.class);
        IProgressMonitor pm = new ProgressBridge(monitor);
        try {
            IProvisioningPlan plan = planner.getProvisioningPlan(request, context, pm);
            if (plan.getStatus().getSeverity() == IStatus.CANCEL) {
                throw new CanceledException();
            }
            if (!plan.getStatus().isOK() && plan.getStatus().getSeverity() != IStatus.INFO) {
                throw new DataException("cannot " + what + ": " + StatusText.of(plan.getStatus()));
            }
            IStatus s = engine.perform(plan, PhaseSetFactory.createDefaultPhaseSet(), pm);
            if (s.getSeverity() == IStatus.CANCEL) {
                throw new CanceledException();
            }
            if (s.getSeverity() == IStatus.ERROR) {
                throw new DataException("cannot " + what + ": " + StatusText.of(s));
            }
        } catch (OperationCanceledException e) {
            throw new CanceledException();
        }
    }

    private IMetadataRepository load(URI site, Monitor monitor) throws DataException {
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        try {
            return manager.loadRepository(site, new ProgressBridge(monitor));
        } catch (ProvisionException e) {
            throw new DataException("cannot read update site " + site + ": " + e.getMessage());
        } catch (OperationCanceledException e) {
            throw new CanceledException();
        }
    }

    private static List<IInstallableUnit> latestFeatures(IMetadataRepository repo, Monitor monitor) {
        List<IInstallableUnit> out = new ArrayList<>();
        for (IInstallableUnit iu : repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
            if (iu.getId().endsWith(FEATURE_GROUP)) {
                out.add(iu);
            }
        }
        return out;
    }

    private static PluginFeature feature(IInstallableUnit iu, String repository) {
        return new PluginFeature(featureId(iu), iu.getVersion().toString(),
                nonNull(iu.getProperty(IInstallableUnit.PROP_NAME, null)),
                nonNull(iu.getProperty(IInstallableUnit.PROP_PROVIDER, null)), repository == null ? "" : repository);
    }

    private static String featureId(IInstallableUnit iu) {
        return featureId(iu.getId());
    }

    private static String featureId(String id) {
        return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        agent.stop();
    }
}
