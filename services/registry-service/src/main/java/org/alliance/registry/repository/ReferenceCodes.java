package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.alliance.registry.domain.Region;

/** Checks codes against the reference tables the registry keeps (GB/T 2260 regions). */
@ApplicationScoped
public class ReferenceCodes {

    public Uni<Boolean> regionExists(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return Uni.createFrom().item(false);
        }
        return Region.count("code", code).map(n -> n > 0);
    }
}
