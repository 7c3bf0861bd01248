package org.alliance.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone with nothing beside it must build, and its documentation must lead somewhere. The first two
 * tests check this repository; the others run the same checks over a small planted tree, so a checker
 * that stopped finding anything fails too.
 */
class RepositoryTest {

    /** Built in pieces so that this file does not match what it looks for. */
    private static final String OUTSIDE = ".." + "/shared";
    private static final String NOTES = "ARCHI" + "TECTURE.md";

    @Test
    void nothingRefersToFilesOutsideTheRepository() {
        List<String> found = OutsideReferences.in(RepositoryFiles.root());
        assertTrue(found.isEmpty(), "these lines refer to " + OUTSIDE + ", which a clone does not have;"
                + " copy what is needed into docs/ or schemas/ and point there:\n  " + String.join("\n  ", found));
    }

    @Test
    void everyRelativeMarkdownLinkLeadsToAFile() {
        List<String> broken = MarkdownLinks.brokenIn(RepositoryFiles.root());
        assertTrue(broken.isEmpty(), "these Markdown links lead nowhere:\n  " + String.join("\n  ", broken));
    }

    @Test
    void findsAPlantedOutsideReference(@TempDir Path root) throws IOException {
        write(root, "services/a/README.md", "# a\n\nSee `" + OUTSIDE + "/design/" + NOTES + "`.\n");
        write(root, "deploy/init.sql", "-- one database per service (" + NOTES + ", \"Ownership\")\n");
        write(root, "bench/run", "#!/bin/sh\ncat " + OUTSIDE.substring(3) + "/seeds/000.txt\n");
        write(root, "contracts/events/README.md", "validated against " + OUTSIDE + "/schemas/asyncapi-3.0.0.json\n");
        write(root, "docs/ok.md", "the shared lock, a shared/ folder of our own, " + "shared" + "Terms, docs/architecture.md\n");
        write(root, "services/a/target/copied.md", OUTSIDE + "/design/" + NOTES + "\n");
        write(root, ".local/notes.txt", OUTSIDE + "\n");

        assertEquals(List.of(
                        Path.of("bench/run") + ":2: cat " + OUTSIDE.substring(3) + "/seeds/000.txt",
                        Path.of("contracts/events/README.md") + ":1: validated against " + OUTSIDE + "/schemas/asyncapi-3.0.0.json",
                        Path.of("deploy/init.sql") + ":1: -- one database per service (" + NOTES + ", \"Ownership\")",
                        Path.of("services/a/README.md") + ":3: See `" + OUTSIDE + "/design/" + NOTES + "`."),
                OutsideReferences.in(root));
    }

    @Test
    void findsPlantedBrokenLinks(@TempDir Path root) throws IOException {
        write(root, "docs/flow.md", """
                # Flow
                [the resource](../services/a/Resource.java), [gone](../services/a/Gone.java)
                [a section](#flow), [a site](https://example.org/x), [mail](mailto:a@example.org)
                [a folder](decisions/), [with an anchor](decisions/0001.md#context "title")
                [escapes](../../outside.md)
                ```
                [in a code block](nowhere.md)
                ```
                """);
        write(root, "docs/decisions/0001.md", "# 0001\n");
        write(root, "services/a/Resource.java", "class Resource {}\n");
        write(root, "services/a/target/page.md", "[built](nowhere.md)\n");

        assertEquals(List.of(
                        Path.of("docs/flow.md") + ":2: ../services/a/Gone.java (no such file)",
                        Path.of("docs/flow.md") + ":5: ../../outside.md (outside the repository)"),
                MarkdownLinks.brokenIn(root));
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
