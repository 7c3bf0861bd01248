package org.alliance.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root: from the build's {@code alliance.project.root}, else found upwards. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("alliance.project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "services"))) {
            return Path.of(configured).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("services")) && Files.isDirectory(dir.resolve("contracts"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the project root above " + Path.of("").toAbsolutePath());
    }
}
