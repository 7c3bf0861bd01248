package org.alliance.matching.api.propagation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.matching.domain.propagation.Route;
import org.alliance.matching.domain.replica.Enterprise;

/** Renders stored routes for people: the enterprises of a supply chain by name and region. */
@ApplicationScoped
public class PathViews {

    @Inject
    ObjectMapper json;

    public record EnterpriseStep(UUID id, String name, String regionCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PathView(String via, UUID allianceId, String allianceName, Integer hops, List<EnterpriseStep> enterprises,
            List<UUID> linkIds) {
    }

    public List<Route> routes(String stored) {
        return Route.read(json, stored);
    }

    /** A resolver for every enterprise the given routes pass through, loaded in one query. */
    public Uni<Resolver> resolver(Collection<List<Route>> routeLists) {
        Set<UUID> ids = new HashSet<>();
        routeLists.forEach(list -> list.forEach(r -> {
            if (r.enterpriseIds() != null) {
                ids.addAll(r.enterpriseIds());
            }
        }));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new Resolver(Map.of()));
        }
        return Enterprise.<Enterprise>list("id in ?1", ids).map(found -> {
            Map<UUID, Enterprise> byId = new HashMap<>();
            found.forEach(e -> byId.put(e.id, e));
            return new Resolver(byId);
        });
    }

    public static final class Resolver {
        private final Map<UUID, Enterprise> enterprises;

        Resolver(Map<UUID, Enterprise> enterprises) {
            this.enterprises = enterprises;
        }

        public List<PathView> views(List<Route> routes) {
            return routes.stream().map(r -> new PathView(r.via(), r.allianceId(), r.allianceName(), r.hops(),
                    r.enterpriseIds() == null ? null : r.enterpriseIds().stream().map(this::step).toList(), r.linkIds()))
                    .toList();
        }

        private EnterpriseStep step(UUID id) {
            Enterprise e = enterprises.get(id);
            return e == null ? new EnterpriseStep(id, null, null) : new EnterpriseStep(id, e.name, e.regionCode);
        }
    }
}
