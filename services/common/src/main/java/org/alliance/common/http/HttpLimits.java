package org.alliance.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The request sizes every service accepts, answered with 414, 431 or 413 problem+json beyond them.
 * The HTTP layer's own ceilings ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}, {@code max-body-size}) sit above these so that a request over a limit
 * still reaches {@link RequestLimits}, which can say which limit it broke.
 */
@ConfigMapping(prefix = "alliance.http.limits")
public interface HttpLimits {

    /** The request target (path and query), in bytes. */
    @WithDefault("8K")
    MemorySize url();

    /** All header lines together, in bytes. */
    @WithDefault("16K")
    MemorySize headers();

    /** A request body, unless a longer path prefix in {@link #bodyByPath()} says otherwise. */
    @WithDefault("256K")
    MemorySize body();

    /** Body limits of particular endpoints, by path prefix ("/api/v1/imports"). */
    Map<String, MemorySize> bodyByPath();

    /** The body limit of a request to {@code path}: its longest matching prefix's, else {@link #body()}. */
    default long bodyLimit(String path) {
        String best = null;
        for (String prefix : bodyByPath().keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return (best == null ? body() : bodyByPath().get(best)).asLongValue();
    }
}
