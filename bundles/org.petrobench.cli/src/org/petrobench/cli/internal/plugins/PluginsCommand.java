package org.petrobench.cli.internal.plugins;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.petrobench.cli.internal.Batch;
import org.petrobench.cli.internal.BatchCommand;
import org.petrobench.cli.internal.BatchContext;
import org.petrobench.cli.internal.CommandLine;
import org.petrobench.cli.internal.UsageException;
import org.petrobench.core.Monitor;
import org.petrobench.core.io.CsvWriter;
import org.petrobench.plugins.PluginFeature;
import org.petrobench.plugins.PluginInstallation;
import org.petrobench.plugins.UpdateSite;

/**
 * {@code ./petrobench plugins list|install|uninstall}: third-party features (a lab's formats and
 * models) from p2 update sites, installed into this product with Equinox p2 (docs/plugin-guide.md).
 * Changes take effect at the next start: every batch command is a new start.
 */
@Component(service = BatchCommand.class)
public final class PluginsCommand implements BatchCommand {

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "list, install and uninstall plug-ins (formats, models) from p2 update sites";
    }

    @Override
    public String usage() {
        return String.join(System.lineSeparator(),
                "./petrobench plugins list                                   installed plug-in features (CSV)",
                "./petrobench plugins list <update-site>                     features offered by an update site (CSV)",
                "./petrobench plugins install <update-site> <feature>...     install features and what they need from the site",
                "./petrobench plugins uninstall <feature>...                 remove installed plug-in features",
                "",
                "  <update-site>   a folder or .zip holding a p2 repository, or its URL (file:, http:, https:)",
                "  <feature>       feature id as in its feature.xml (the .feature.group suffix may be added)",
                "Installed plug-ins stay until uninstalled; their services appear at the next start",
                "(the next ./petrobench command, or after restarting the workbench).");
    }

    @Override
    public int run(CommandLine args, BatchContext context) throws Exception {
        String action = args.positional(0).orElseThrow(() -> new UsageException("expected list, install or uninstall"));
        List<String> words = new ArrayList<>();
        for (Optional<String> w = args.positional(0); w.isPresent(); w = args.positional(0)) {
            words.add(w.get());
        }
        args.finish();
        switch (action) {
        case "list" -> {
            if (words.size() > 1) {
                throw new UsageException("list takes at most one update site");
            }
            return words.isEmpty() ? listInstalled(context) : listSite(UpdateSite.parse(words.get(0)), context);
        }
        case "install" -> {
            if (words.size() < 2) {
                throw new UsageException("install needs an update site and at least one feature id");
            }
            URI site = UpdateSite.parse(words.get(0));
            Monitor monitor = context.monitor();
            monitor.begin("plugins install", -1);
            try (PluginInstallation profile = PluginInstallation.running()) {
                for (PluginFeature f : profile.install(site, words.subList(1, words.size()), monitor)) {
                    context.err().println("installed " + f.id() + " " + f.version() + " from " + site
                            + "; its contributions appear at the next start");
                }
            } finally {
                monitor.done();
            }
            return Batch.OK;
        }
        case "uninstall" -> {
            if (words.isEmpty()) {
                throw new UsageException("uninstall needs at least one feature id");
            }
            Monitor monitor = context.monitor();
            monitor.begin("plugins uninstall", -1);
            try (PluginInstallation profile = PluginInstallation.running()) {
                for (PluginFeature f : profile.uninstall(words, monitor)) {
                    context.err().println("uninstalled " + f.id() + " " + f.version());
                }
            } finally {
                monitor.done();
            }
            return Batch.OK;
        }
        default -> throw new UsageException("unknown action '" + action + "': expected list, install or uninstall");
        }
    }

    private static int listInstalled(BatchContext context) throws Exception {
        try (PluginInstallation profile = PluginInstallation.running()) {
            Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(out);
            csv.row("id", "version", "name", "provider", "repository");
            for (PluginFeature f : profile.installed()) {
                csv.row(f.id(), f.version(), f.name(), f.provider(), f.repository());
            }
            out.flush();
        }
        return Batch.OK;
    }

    private static int listSite(URI site, BatchContext context) throws Exception {
        try (PluginInstallation profile = PluginInstallation.running()) {
            Set<String> installed = profile.installed().stream().map(f -> f.id() + "/" + f.version()).collect(Collectors.toSet());
            Monitor monitor = context.monitor();
            monitor.begin("plugins list", -1);
            List<PluginFeature> offered;
            try {
                offered = profile.available(site, monitor);
            } finally {
                monitor.done();
            }
            Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(out);
            csv.row("id", "version", "name", "provider", "installed");
            for (PluginFeature f : offered) {
                csv.row(f.id(), f.version(), f.name(), f.provider(), installed.contains(f.id() + "/" + f.version()));
            }
            out.flush();
        }
        return Batch.OK;
    }
}
