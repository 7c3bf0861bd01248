package org.alliance.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens signed with the development key by {@code deploy/local/token} (TOKEN_SOURCE=dev), as a stack
 * without Keycloak and the tests trust them. One token per identity, kept for the walk.
 */
public final class DevKeyTokens implements Tokens {

    private final Path script;
    private final Map<List<String>, String> minted = new HashMap<>();

    public DevKeyTokens(Path projectRoot) {
        this.script = projectRoot.resolve("deploy/local/token");
    }

    @Override
    public String union(String region, String level, UUID enterprise) {
        List<String> args = new ArrayList<>(List.of("union", region));
        if (level != null) {
            args.addAll(List.of("--level", level));
        }
        if (enterprise != null) {
            args.addAll(List.of("--enterprise", enterprise.toString()));
        }
        return mint(args);
    }

    @Override
    public String coordinator() {
        return mint(List.of("coordinator"));
    }

    @Override
    public String operator() {
        return mint(List.of("operator"));
    }

    @Override
    public String reviewer(UUID expert) {
        return mint(List.of("reviewer", "--expert", expert.toString()));
    }

    private synchronized String mint(List<String> args) {
        return minted.computeIfAbsent(args, a -> {
            List<String> command = new ArrayList<>(List.of("bash", script.toString()));
            command.addAll(a);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("TOKEN_SOURCE", "dev");
            try {
                Process process = builder.start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (process.waitFor() != 0) {
                    throw new JourneyFailure("deploy/local/token " + String.join(" ", a) + " failed: " + out);
                }
                return out;
            } catch (IOException e) {
                throw new JourneyFailure("cannot run " + script + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailure("interrupted while minting a token");
            }
        });
    }
}
