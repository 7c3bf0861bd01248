package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.events.registry.EnterpriseStateV2;
import org.alliance.registry.messaging.RegistryEvents;
import org.alliance.registry.repository.EnterpriseRepository;
import org.alliance.registry.repository.ReferenceCodes;
import org.alliance.registry.repository.StudioRepository;

/**
 * Registers and changes enterprises. Every change records its event in the same transaction; a
 * change of name, region or industry is carried into the enterprise's studios (and their events),
 * because studio events carry those fields too.
 */
@ApplicationScoped
public class EnterpriseService {

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    StudioRepository studios;

    @Inject
    ReferenceCodes codes;

    @Inject
    RegistryEvents events;

    @WithTransaction
    public Uni<Enterprise> register(Actor actor, EnterpriseDetails details) {
        check(details);
        actor.requireMayWrite("regionCode", details.regionCode());
        return checkReferences(details, null).flatMap(ok -> checkGroup(details.groupEnterpriseId(), null)).flatMap(ok -> {
            Enterprise e = new Enterprise();
            e.id = UUID.randomUUID();
            e.apply(details);
            e.version = 1;
            e.createdAt = Dates.now();
            e.updatedAt = e.createdAt;
            return enterprises.persistAndFlush(e)
                    .onFailure().transform(UniqueViolations.asConflict("unifiedSocialCreditCode", "already registered"))
                    .flatMap(saved -> events.enterpriseRegistered(e)).replaceWith(e);
        });
    }

    @WithSession
    public Uni<Enterprise> get(Actor actor, UUID id) {
        return enterprises.findById(id).map(e -> visible(actor, e, id));
    }

    @WithSession
    public Uni<Page<Enterprise>> list(Actor actor, EnterpriseFilter filter, PageRequest page) {
        return enterprises.list(filter, actor.region(), page);
    }

    /**
     * Replaces the enterprise's details if {@code expectedVersion} (null: not checked) is current.
     * Moving it to another region needs the caller to cover that region as well.
     */
    @WithTransaction
    public Uni<Enterprise> update(Actor actor, UUID id, Long expectedVersion, EnterpriseDetails details) {
        return enterprises.lock(id).flatMap(found -> {
            Enterprise e = visible(actor, found, id);
            Versions.require(expectedVersion, e.version, "enterprise " + id);
            check(details);
            actor.requireMayWrite("regionCode", details.regionCode());
            EnterpriseStateV2 before = RegistryEvents.state(e);
            return checkReferences(details, id).flatMap(ok -> checkGroup(details.groupEnterpriseId(), id)).flatMap(ok -> {
                e.apply(details);
                // compared before version and time move on, so equal states mean the details changed nothing
                if (RegistryEvents.state(e).equals(before)) {
                    return Uni.createFrom().item(e);
                }
                e.version++;
                e.updatedAt = Dates.now();
                return enterprises.flush()
                        .onFailure().transform(UniqueViolations.asConflict("unifiedSocialCreditCode", "already registered"))
                        .flatMap(flushed -> events.enterpriseUpdated(e))
                        .flatMap(recorded -> carryIntoStudios(e))
                        .replaceWith(e);
            });
        });
    }

    private Uni<Void> carryIntoStudios(Enterprise e) {
        return studios.lockByEnterprise(e.id).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Studio s : list) {
                if (Objects.equals(s.enterpriseName, e.name) && Objects.equals(s.regionCode, e.regionCode)
                        && Objects.equals(s.industrySection, e.industrySection)
                        && Objects.equals(s.industryDivision, e.industryDivision)) {
                    continue;
                }
                chain = chain.flatMap(v -> {
                    s.copyEnterprise(e);
                    s.version++;
                    s.updatedAt = e.updatedAt;
                    return events.studioUpdated(s);
                });
            }
            return chain;
        });
    }

    static Enterprise visible(Actor actor, Enterprise e, UUID id) {
        if (e == null) {
            throw ProblemException.notFound("enterprise", id);
        }
        actor.requireSees(e.regionCode, "enterprise", id);
        return e;
    }

    private static void check(EnterpriseDetails d) {
        FieldChecks checks = new FieldChecks()
                .text("name", d.name(), 200)
                .present("ownership", d.ownership());
        if (d.unifiedSocialCreditCode() == null) {
            checks.fail("unifiedSocialCreditCode", "must not be null");
        } else {
            UnifiedSocialCreditCode.problem(d.unifiedSocialCreditCode()).ifPresent(p -> checks.fail("unifiedSocialCreditCode", p));
        }
        checks.when(d.industrySection() == null || !d.industrySection().matches("[A-T]"), "industrySection",
                "must be a GB/T 4754-2017 section letter A to T");
        checks.when(d.industryDivision() == null || !d.industryDivision().matches("\\d{2}"), "industryDivision",
                "must be a two-digit GB/T 4754-2017 division");
        checks.when(d.regionCode() == null || !d.regionCode().matches("\\d{6}"), "regionCode", "must be a six-digit GB/T 2260 code");
        checks.throwIfAny();
    }

    /**
     * The group's head must be a registered enterprise of any region (groups span provinces: a Baotou subsidiary of a
     * Beijing group), not the enterprise itself, and of no group itself; an enterprise that heads a group joins none.
     * Both stay one level deep, so "the same group" is one comparison downstream. The head's row is locked: a head
     * joining a group and a member joining it at the same time serialise, and one of them is refused.
     */
    private Uni<Boolean> checkGroup(UUID head, UUID self) {
        if (head == null) {
            return Uni.createFrom().item(true);
        }
        if (head.equals(self)) {
            return Uni.createFrom().failure(ProblemException.unprocessable(GROUP, "an enterprise cannot head its own group"));
        }
        return enterprises.lock(head).flatMap(found -> {
            if (found == null) {
                throw ProblemException.unprocessable(GROUP, "no enterprise " + head + " is registered");
            }
            if (found.groupEnterpriseId != null) {
                throw ProblemException.unprocessable(GROUP, "enterprise " + head + " belongs to the group of "
                        + found.groupEnterpriseId + " itself; name the group's head");
            }
            return self == null ? Uni.createFrom().item(0L) : enterprises.count("groupEnterpriseId", self);
        }).map(members -> {
            if (members > 0) {
                throw ProblemException.unprocessable(GROUP, "the enterprise heads a group of " + members
                        + " enterprises and cannot join another");
            }
            return true;
        });
    }

    private static final String GROUP = "groupEnterpriseId";

    private Uni<Boolean> checkReferences(EnterpriseDetails d, UUID self) {
        return codes.regionExists(d.regionCode()).flatMap(known -> {
            if (!known) {
                throw ProblemException.invalid("regionCode", "unknown GB/T 2260 region " + d.regionCode());
            }
            return codes.sectionOfDivision(d.industryDivision());
        }).flatMap(section -> {
            if (section.isEmpty()) {
                throw ProblemException.invalid("industryDivision", "unknown GB/T 4754-2017 division " + d.industryDivision());
            }
            if (!section.get().equals(d.industrySection())) {
                throw ProblemException.invalid("industryDivision", "division " + d.industryDivision() + " belongs to section "
                        + section.get() + ", not " + d.industrySection());
            }
            return enterprises.codeTaken(d.unifiedSocialCreditCode(), self);
        }).map(taken -> {
            if (taken) {
                throw UniqueViolations.conflict("unifiedSocialCreditCode", "already registered");
            }
            return true;
        });
    }
}
