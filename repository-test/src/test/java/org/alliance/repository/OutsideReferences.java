package org.alliance.repository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds lines that point at the design folder kept beside the repository on the team's machines: a
 * clone has nothing beside it, so such a reference is a broken link for every reader and a test that
 * fails on every other machine. What the project needs from there is copied into docs/ and schemas/.
 */
final class OutsideReferences {

    /**
     * A parent-relative path to the folder, one of its sub-folders named without the dots, or one of
     * its design notes by name (the repository's own notes are docs/domain.md and docs/architecture.md).
     */
    static final Pattern OUTSIDE = Pattern.compile("\\.\\./sha" + "red\\b|\\bsha" + "red/(design|seeds|schemas|hooks)\\b"
            + "|\\b(ARCHI" + "TECTURE|DO" + "MAIN)\\.md\\b");

    private OutsideReferences() {
    }

    /** Each offending line as {@code path:line: text}, the path relative to {@code root}. */
    static List<String> in(Path root) {
        List<String> found = new ArrayList<>();
        for (RepositoryFiles.TextFile file : RepositoryFiles.textFiles(root)) {
            for (int i = 0; i < file.lines().size(); i++) {
                String line = file.lines().get(i);
                if (OUTSIDE.matcher(line).find()) {
                    found.add(root.relativize(file.path()) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        return found;
    }
}
