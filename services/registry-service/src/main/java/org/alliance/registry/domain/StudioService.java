package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.messaging.RegistryEvents;
import org.alliance.registry.messaging.StudioState;
import org.alliance.registry.repository.EnterpriseRepository;
import org.alliance.registry.repository.StudioRepository;

/**
 * Registers studios and changes their details. Status and accreditation are not details: only
 * {@link AccreditationService} changes them, and once a studio is accredited its tier is the one
 * its accreditation gave it.
 */
@ApplicationScoped
public class StudioService {

    @Inject
    StudioRepository studios;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    RegistryEvents events;

    /** Registers a studio of {@code enterpriseId}, in that enterprise's region. */
    @WithTransaction
    public Uni<Studio> register(Actor actor, UUID enterpriseId, StudioDetails details) {
        if (enterpriseId == null) {
            throw ProblemException.invalid("enterpriseId", "must not be null");
        }
        check(details);
        // FOR SHARE: an enterprise change (which takes FOR UPDATE) waits, so its copy into studios sees this one
        return enterprises.findById(enterpriseId, LockModeType.PESSIMISTIC_READ).flatMap(e -> {
            if (e == null || !actor.sees(e.regionCode)) {
                // another region's enterprise is reported exactly like a missing one
                throw ProblemException.unprocessable("enterpriseId", "no enterprise " + enterpriseId + " in your region");
            }
            Studio s = new Studio();
            s.id = UUID.randomUUID();
            s.copyEnterprise(e);
            s.apply(details);
            s.status = StudioStatus.REGISTERED;
            s.version = 1;
            s.createdAt = Dates.now();
            s.updatedAt = s.createdAt;
            return studios.persist(s).flatMap(saved -> events.studioRegistered(s)).replaceWith(s);
        });
    }

    @WithSession
    public Uni<Studio> get(Actor actor, UUID id) {
        return studios.findById(id).map(s -> visible(actor, s, id));
    }

    @WithSession
    public Uni<Page<Studio>> list(Actor actor, StudioFilter filter, PageRequest page) {
        return studios.list(filter, actor.region(), page);
    }

    /** Replaces the studio's details if {@code expectedVersion} (null: not checked) is current. */
    @WithTransaction
    public Uni<Studio> update(Actor actor, UUID id, Long expectedVersion, StudioDetails details) {
        return studios.lock(id).flatMap(found -> {
            Studio s = visible(actor, found, id);
            Versions.require(expectedVersion, s.version, "studio " + id);
            check(details);
            if (s.status != StudioStatus.REGISTERED && details.tier() != s.tier) {
                throw ProblemException.unprocessable("tier", "the tier of a " + s.status.name().toLowerCase()
                        + " studio is set by its accreditation (" + s.tier + "); accredit it again to change it");
            }
            // compared before version and time move on, so equal states mean the details changed nothing
            StudioState before = StudioState.of(s);
            s.apply(details);
            if (StudioState.of(s).equals(before)) {
                return Uni.createFrom().item(s);
            }
            s.version++;
            s.updatedAt = Dates.now();
            return events.studioUpdated(s).replaceWith(s);
        });
    }

    static Studio visible(Actor actor, Studio s, UUID id) {
        if (s == null) {
            throw ProblemException.notFound("studio", id);
        }
        actor.requireSees(s.regionCode, "studio", id);
        return s;
    }

    private static void check(StudioDetails d) {
        FieldChecks checks = new FieldChecks()
                .text("name", d.name(), 200)
                .present("tier", d.tier())
                .when(d.teamSize() < 1 || d.teamSize() > 100_000, "teamSize", "must be between 1 and 100000")
                .distinct("focusIndustries", d.focusIndustries());
        if (d.leader() == null) {
            checks.fail("leader", "must not be null");
        } else {
            checks.text("leader.name", d.leader().name(), 100).distinct("leader.honours", d.leader().honours());
        }
        if (d.capabilities() == null) {
            checks.fail("capabilities", "must not be null");
        } else {
            checks.text("capabilities.summary", d.capabilities().summary(), 4000)
                    .distinct("capabilities.keywords", d.capabilities().keywords());
            if (d.capabilities().keywords() != null) {
                checks.when(d.capabilities().keywords().size() > 50, "capabilities.keywords", "must have at most 50 keywords")
                        .when(d.capabilities().keywords().stream().anyMatch(k -> k == null || k.isBlank() || k.length() > 50),
                                "capabilities.keywords", "each keyword must be 1 to 50 characters");
            }
        }
        checks.present("sevenHaves", d.sevenHaves());
        if (d.contact() == null) {
            checks.fail("contact", "must not be null");
        } else {
            checks.text("contact.person", d.contact().person(), 100)
                    .phone("contact.phone", d.contact().phone())
                    .email("contact.email", d.contact().email());
        }
        checks.throwIfAny();
    }
}
