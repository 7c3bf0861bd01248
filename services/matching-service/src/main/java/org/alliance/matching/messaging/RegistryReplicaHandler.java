package org.alliance.matching.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.Matchmaker;
import org.alliance.matching.config.EngineConfig;
import org.alliance.matching.messaging.replica.RegistryPayloads;
import org.alliance.matching.messaging.replica.RegistryTopics;
import org.alliance.matching.messaging.replica.ReplicaWriter;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.domain.search.MatchEngine;
import org.alliance.matching.domain.search.OpenNeeds;
import org.alliance.matching.domain.search.StudioDoc;
import org.alliance.matching.domain.search.SupplyGraph;

/**
 * Keeps the replica in step with the registry's topics: writes the event's state (if newer), updates
 * the in-memory catalog, and re-scores the open needs the change affects, all in the library's
 * transaction for this event, so the new proposals' events commit with the replica change.
 */
@ApplicationScoped
public class RegistryReplicaHandler implements EventHandler {

    @Inject
    ReplicaWriter writer;

    @Inject
    Catalog catalog;

    @Inject
    OpenNeeds openNeeds;

    @Inject
    Matchmaker matchmaker;

    @Inject
    EngineConfig config;

    @Override
    public String consumerName() {
        return "matching.registry-replica";
    }

    @Override
    public List<String> topics() {
        return RegistryTopics.ALL;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.topic()) {
            case RegistryTopics.ENTERPRISE -> writer.enterprise(event.data()).invoke(changed -> {
                if (changed) {
                    catalog.putEnterprise(UUID.fromString(event.data().path("enterpriseId").asText()),
                            event.data().path("name").asText(), RegistryPayloads.version(event.data()));
                }
            }).replaceWithVoid();
            case RegistryTopics.SUPPLY_LINK -> writer.supplyLink(event.data())
                    .chain(changed -> changed ? linkChanged(event) : Uni.createFrom().voidItem());
            case RegistryTopics.STUDIO -> writer.studio(event.data())
                    .chain(changed -> changed ? studioChanged(event) : Uni.createFrom().voidItem());
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> studioChanged(IncomingEvent event) {
        StudioDoc doc = RegistryPayloads.studio(event.data());
        catalog.putStudio(doc, RegistryPayloads.version(event.data()));
        catalog.refresh();
        Set<String> terms = new HashSet<>(catalog.text().terms(doc.capabilityText()));
        Set<UUID> needs = new LinkedHashSet<>(openNeeds.sharingTerms(terms, config.rescoreLimit()));
        // needs it is already proposed to are re-scored too: a revoked or changed studio must be withdrawn there
        return Match.<Match>list("studioId = ?1 and status = ?2", doc.id(), Match.Status.PROPOSED)
                .chain(proposed -> {
                    proposed.forEach(m -> needs.add(m.needId));
                    return matchmaker.rescore(needs);
                });
    }

    private Uni<Void> linkChanged(IncomingEvent event) {
        SupplyGraph.Link link = RegistryPayloads.link(event.data());
        SupplyGraph graph = catalog.engine().graph();
        // the needs near either end, before and after the change, may gain or lose a supply-chain path
        Set<UUID> near = new HashSet<>(List.of(link.upstream(), link.downstream()));
        near.addAll(graph.within(link.upstream(), MatchEngine.MAX_HOPS).keySet());
        near.addAll(graph.within(link.downstream(), MatchEngine.MAX_HOPS).keySet());
        catalog.putLink(link, event.data().path("active").asBoolean(), RegistryPayloads.version(event.data()));
        near.addAll(graph.within(link.upstream(), MatchEngine.MAX_HOPS).keySet());
        near.addAll(graph.within(link.downstream(), MatchEngine.MAX_HOPS).keySet());
        return matchmaker.rescore(openNeeds.ofEnterprises(near));
    }
}
