package org.alliance.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The repository's own text files: everything under its root except build output, version control,
 * the local stack's state and editors' folders, which are not part of a clone. Binary files (a NUL
 * byte in their first 8 KB) are left out.
 */
final class RepositoryFiles {

    /** Folders that are made on a machine, never committed (see .gitignore). */
    private static final Set<String> NOT_COMMITTED = Set.of(".git", "target", ".local", "node_modules", ".idea", ".vscode");

    record TextFile(Path path, List<String> lines) {
    }

    private RepositoryFiles() {
    }

    /** The repository's root: from the build's {@code alliance.project.root}, else found upwards. */
    static Path root() {
        String configured = System.getProperty("alliance.project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "services"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("services")) && Files.isDirectory(dir.resolve("contracts"))) {
                return dir.normalize();
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    /** Every text file under {@code root}, in a stable order. */
    static List<TextFile> textFiles(Path root) {
        List<TextFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && NOT_COMMITTED.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        byte[] bytes = Files.readAllBytes(file);
                        if (!binary(bytes)) {
                            files.add(new TextFile(file, new String(bytes, StandardCharsets.UTF_8).lines().toList()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return files;
    }

    private static boolean binary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
