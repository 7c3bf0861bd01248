package org.alliance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay exactly as an operator's {@code kubectl apply -k} would, with the real
 * {@code kubectl kustomize}: no cluster is contacted. deploy/k8s/ensure-kubectl installs kubectl
 * where it is missing (deploy/local/test runs it first).
 */
final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** kubectl: -Dalliance.kubectl, else the copy ensure-kubectl installed, else the one on PATH. */
    static Path kubectl(Path root) {
        String configured = System.getProperty("alliance.kubectl");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path local = root.resolve(".local/tools/kubectl/kubectl");
        if (Files.isExecutable(local)) {
            return local;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("kubectl is not installed: run deploy/k8s/ensure-kubectl"
                + " (or name one with -Dalliance.kubectl=...)");
    }

    /** Runs {@code kubectl args...} in the project root and answers its standard output; fails on a non-zero exit. */
    static String run(Path root, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(kubectl(root).toString());
        command.addAll(args);
        try {
            Path err = Files.createTempFile("kubectl", ".err");
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            String error = Files.readString(err);
            Files.delete(err);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + error);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every object the overlay renders, in order. */
    static List<ObjectNode> render(Path root, String overlay) {
        return parse(run(root, List.of("kustomize", overlay)));
    }

    static List<ObjectNode> parse(String multiDocumentYaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(multiDocumentYaml)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    objects.add((ObjectNode) doc);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse the rendered manifests: " + e.getMessage(), e);
        }
        return objects;
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
