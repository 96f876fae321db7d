package org.petrobench.plugins.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** A p2 status tree as one line: the distinct leaf messages (the planner's real reasons), joined. */
public final class StatusText {

    private StatusText() {
    }

    public static String of(IStatus status) {
        Set<String> leaves = new LinkedHashSet<>();
        collect(status, leaves);
        List<String> parts = new ArrayList<>(leaves);
        if (parts.isEmpty()) {
            parts.add(status.getMessage());
        }
        return String.join("; ", parts).replaceAll("\\s+", " ").trim();
    }

    private static void collect(IStatus s, Set<String> out) {
        if (s.isOK()) {
            return;
        }
        IStatus[] children = s.getChildren();
        if (children == null || children.length == 0) {
            out.add(s.getMessage());
            return;
        }
        for (IStatus c : children) {
            collect(c, out);
        }
    }
}
