package org.petrobench.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.petrobench.core.InputException;

/**
 * The location of a p2 update site as the user types it: a folder, a zipped site, or a URL
 * ({@code file:}, {@code http(s):}, {@code jar:}).
 */
public final class UpdateSite {

    private UpdateSite() {
    }

    /**
     * The repository URI for {@code text}; local paths must exist and hold a p2 repository.
     *
     * @throws InputException naming the text and what was expected
     */
    public static URI parse(String text) throws InputException {
        String t = text.trim();
        if (t.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !t.matches("^[a-zA-Z]:\\\\.*")) {
            try {
                URI uri = new URI(t);
                if ("file".equals(uri.getScheme())) {
                    return local(Path.of(uri), text);
                }
                return uri;
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new InputException(text, null, "an update site folder, .zip or URL (" + e.getMessage() + ")");
            }
        }
        return local(Path.of(t), text);
    }

    private static URI local(Path p, String text) throws InputException {
        Path abs = p.toAbsolutePath().normalize();
        if (Files.isRegularFile(abs) && abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return URI.create("jar:" + abs.toUri() + "!/");
        }
        if (!Files.isDirectory(abs)) {
            throw new InputException(text, null, "an update site folder or .zip file, not found");
        }
        boolean p2 = Files.exists(abs.resolve("content.jar")) || Files.exists(abs.resolve("content.xml"))
                || Files.exists(abs.resolve("content.xml.xz")) || Files.exists(abs.resolve("compositeContent.jar"))
                || Files.exists(abs.resolve("compositeContent.xml")) || Files.exists(abs.resolve("p2.index"));
        if (!p2) {
            throw new InputException(text, null, "a p2 update site (content.jar or content.xml), found a folder without one");
        }
        return abs.toUri();
    }
}
