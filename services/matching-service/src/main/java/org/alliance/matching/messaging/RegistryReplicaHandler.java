package org.alliance.matching.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.registry.EnterpriseEvent;
import org.alliance.events.registry.EnterpriseState;
import org.alliance.events.registry.StudioEvent;
import org.alliance.events.registry.StudioState;
import org.alliance.events.registry.SupplyLinkEvent;
import org.alliance.events.registry.SupplyLinkState;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.Matchmaker;
import org.alliance.matching.config.EngineConfig;
import org.alliance.matching.messaging.replica.RegistryPayloads;
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
    public EventDispatch events() {
        // every event of a registry aggregate carries its full state: the replica keeps the newest
        return new EventDispatch()
                .on(EnterpriseEvent.class, e -> enterprise(e.state()))
                .on(SupplyLinkEvent.class, e -> link(e.state()))
                .on(StudioEvent.class, e -> studio(e.state()));
    }

    private Uni<Void> enterprise(EnterpriseState state) {
        return writer.enterprise(state).invoke(changed -> {
            if (changed) {
                catalog.putEnterprise(state.enterpriseId(), state.name(), state.version());
            }
        }).replaceWithVoid();
    }

    private Uni<Void> link(SupplyLinkState state) {
        return writer.supplyLink(state).chain(changed -> changed ? linkChanged(state) : Uni.createFrom().voidItem());
    }

    private Uni<Void> studio(StudioState state) {
        return writer.studio(state).chain(changed -> changed ? studioChanged(state) : Uni.createFrom().voidItem());
    }

    private Uni<Void> studioChanged(StudioState state) {
        StudioDoc doc = RegistryPayloads.studio(state);
        catalog.putStudio(doc, state.version());
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

    private Uni<Void> linkChanged(SupplyLinkState state) {
        SupplyGraph.Link link = RegistryPayloads.link(state);
        SupplyGraph graph = catalog.engine().graph();
        // the needs near either end, before and after the change, may gain or lose a supply-chain path
        Set<UUID> near = new HashSet<>(List.of(link.upstream(), link.downstream()));
        near.addAll(graph.within(link.upstream(), MatchEngine.MAX_HOPS).keySet());
        near.addAll(graph.within(link.downstream(), MatchEngine.MAX_HOPS).keySet());
        catalog.putLink(link, state.active(), state.version());
        near.addAll(graph.within(link.upstream(), MatchEngine.MAX_HOPS).keySet());
        near.addAll(graph.within(link.downstream(), MatchEngine.MAX_HOPS).keySet());
        return matchmaker.rescore(openNeeds.ofEnterprises(near));
    }
}
