package org.alliance.repository;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relative links in the repository's Markdown that lead nowhere: to a file that is not there
 * (moved, renamed, never written) or out of the repository. Links with a scheme ({@code https:},
 * {@code mailto:}) and links to an anchor of the same page are not checked; fenced code blocks are
 * skipped, since what looks like a link there is code.
 */
final class MarkdownLinks {

    /** {@code [text](target)} or {@code [text](target "title")}; the target ends at a space or ')'. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private MarkdownLinks() {
    }

    /** Each broken link as {@code path:line: target (reason)}, the path relative to {@code root}. */
    static List<String> brokenIn(Path root) {
        List<String> broken = new ArrayList<>();
        for (RepositoryFiles.TextFile file : RepositoryFiles.textFiles(root)) {
            if (!file.path().getFileName().toString().endsWith(".md")) {
                continue;
            }
            boolean fenced = false;
            for (int i = 0; i < file.lines().size(); i++) {
                String line = file.lines().get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher m = LINK.matcher(line);
                while (m.find()) {
                    String reason = problem(root, file.path(), m.group(1));
                    if (reason != null) {
                        broken.add(root.relativize(file.path()) + ":" + (i + 1) + ": " + m.group(1) + " (" + reason + ")");
                    }
                }
            }
        }
        return broken;
    }

    private static String problem(Path root, Path page, String target) {
        if (target.startsWith("#") || SCHEME.matcher(target).find()) {
            return null;
        }
        String path = URLDecoder.decode(target.replaceFirst("[#?].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = (path.startsWith("/") ? root.resolve(path.substring(1)) : page.getParent().resolve(path)).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        return Files.exists(resolved) ? null : "no such file";
    }
}
