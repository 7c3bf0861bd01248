package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.messaging.RegistryEvents;
import org.alliance.registry.repository.EnterpriseRepository;
import org.alliance.registry.repository.SupplyLinkRepository;

/**
 * Supply links between enterprises. A union sees and writes only links whose two enterprises are
 * both in its region; cross-region links are recorded by operators, and read by coordinators,
 * reviewers and operators.
 */
@ApplicationScoped
public class SupplyLinkService {

    public static final int MAX_DEPTH = 5;
    private static final String ALREADY_SUPPLIES = "this enterprise already supplies that one";

    @Inject
    SupplyLinkRepository links;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    RegistryEvents events;

    @WithTransaction
    public Uni<SupplyLink> create(Actor actor, SupplyLinkDetails d) {
        new FieldChecks()
                .present("upstreamEnterpriseId", d.upstreamEnterpriseId())
                .present("downstreamEnterpriseId", d.downstreamEnterpriseId())
                .text("product", d.product(), 500)
                .throwIfAny();
        if (d.upstreamEnterpriseId().equals(d.downstreamEnterpriseId())) {
            throw ProblemException.unprocessable("downstreamEnterpriseId", "an enterprise cannot supply itself");
        }
        return party(actor, d.upstreamEnterpriseId(), "upstreamEnterpriseId")
                .flatMap(up -> party(actor, d.downstreamEnterpriseId(), "downstreamEnterpriseId"))
                .flatMap(down -> links.activeExists(d.upstreamEnterpriseId(), d.downstreamEnterpriseId()))
                .flatMap(exists -> {
                    if (exists) {
                        throw duplicate();
                    }
                    SupplyLink l = new SupplyLink();
                    l.id = UUID.randomUUID();
                    l.upstreamEnterpriseId = d.upstreamEnterpriseId();
                    l.downstreamEnterpriseId = d.downstreamEnterpriseId();
                    l.product = d.product();
                    l.active = true;
                    l.version = 1;
                    l.createdAt = Dates.now();
                    l.updatedAt = l.createdAt;
                    return links.persistAndFlush(l)
                            .onFailure().transform(UniqueViolations.asConflict("downstreamEnterpriseId", ALREADY_SUPPLIES))
                            .flatMap(saved -> events.supplyLinkCreated(l)).replaceWith(l);
                });
    }

    @WithSession
    public Uni<SupplyLink> get(Actor actor, UUID id) {
        return links.findById(id).flatMap(l -> visible(actor, l, id));
    }

    /** Removes an active link (it stays readable, inactive) if {@code expectedVersion} (null: not checked) is current. */
    @WithTransaction
    public Uni<SupplyLink> remove(Actor actor, UUID id, Long expectedVersion) {
        return links.lock(id).flatMap(found -> visible(actor, found, id)).flatMap(l -> {
            Versions.require(expectedVersion, l.version, "supply link " + id);
            if (!l.active) {
                throw ProblemException.conflict("supply link " + id + " was already removed");
            }
            l.active = false;
            l.version++;
            l.updatedAt = Dates.now();
            return events.supplyLinkRemoved(l).replaceWith(l);
        });
    }

    /** The links around an enterprise up to {@code depth} (1 to 5) away, upstream and/or downstream. */
    @WithSession
    public Uni<List<ChainLink>> chain(Actor actor, UUID enterpriseId, Set<ChainLink.Direction> directions, int depth) {
        new FieldChecks()
                .when(depth < 1 || depth > MAX_DEPTH, "depth", "must be between 1 and " + MAX_DEPTH)
                .when(directions == null || directions.isEmpty(), "direction", "must name upstream, downstream or both")
                .throwIfAny();
        return enterprises.findById(enterpriseId)
                .map(e -> EnterpriseService.visible(actor, e, enterpriseId))
                .flatMap(e -> links.walk(enterpriseId, directions, depth, actor.region()));
    }

    private Uni<Enterprise> party(Actor actor, UUID id, String field) {
        return enterprises.findById(id).map(e -> {
            if (e == null || !actor.sees(e.regionCode)) {
                // another region's enterprise is reported exactly like a missing one
                throw ProblemException.unprocessable(field, "no enterprise " + id + " in your region");
            }
            return e;
        });
    }

    private Uni<SupplyLink> visible(Actor actor, SupplyLink l, UUID id) {
        if (l == null) {
            return Uni.createFrom().failure(ProblemException.notFound("supply link", id));
        }
        if (!actor.isRegionBound()) {
            return Uni.createFrom().item(l);
        }
        return enterprises.findById(l.upstreamEnterpriseId).flatMap(up -> enterprises.findById(l.downstreamEnterpriseId)
                .map(down -> {
                    if (!actor.sees(up.regionCode) || !actor.sees(down.regionCode)) {
                        throw ProblemException.notFound("supply link", id);
                    }
                    return l;
                }));
    }

    private static ProblemException duplicate() {
        return UniqueViolations.conflict("downstreamEnterpriseId", ALREADY_SUPPLIES);
    }
}
