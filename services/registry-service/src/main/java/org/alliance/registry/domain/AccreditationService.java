package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.messaging.RegistryEvents;
import org.alliance.registry.repository.AccreditationRepository;
import org.alliance.registry.repository.ReferenceCodes;
import org.alliance.registry.repository.StudioRepository;
import org.alliance.security.RegionScope;
import org.jboss.logging.Logger;

/**
 * The accreditation lifecycle (认定, 复评, 撤销), by a union or by the review service's decisions. Each act is a row in the studio's history and an
 * event. The rules:
 * <ul>
 * <li>Accrediting sets the studio's tier and status ACCREDITED; re-review falls due five years on.
 * <li>An accredited studio may be accredited again (after its re-review, or at another tier),
 *     never dated before its current accreditation.
 * <li>Revoking needs a current accreditation and a reason; the studio keeps its last accreditation.
 * <li>A revoked studio is accredited again only by a new accreditation record dated on or after the
 *     revocation; no other operation changes its status.
 * <li>The accrediting union's code must cover the studio's region; a union can only name itself or
 *     a union within its region, and can only revoke accreditations made within its region.
 * </ul>
 */
@ApplicationScoped
public class AccreditationService {

    private static final Logger LOG = Logger.getLogger(AccreditationService.class);

    @Inject
    StudioRepository studios;

    @Inject
    AccreditationRepository history;

    @Inject
    ReferenceCodes codes;

    @Inject
    RegistryEvents events;

    @WithTransaction
    public Uni<Studio> accredit(Actor actor, UUID studioId, Long expectedVersion, Accreditation a) {
        return studios.lock(studioId).flatMap(found -> {
            Studio s = StudioService.visible(actor, found, studioId);
            Versions.require(expectedVersion, s.version, "studio " + studioId);
            new FieldChecks()
                    .present("tier", a.tier())
                    .when(a.accreditedBy() == null || !a.accreditedBy().matches("\\d{6}"), "accreditedBy",
                            "must be the six-digit GB/T 2260 code of the accrediting union")
                    .present("accreditedOn", a.accreditedOn())
                    .when(a.accreditedOn() != null && a.accreditedOn().isAfter(Dates.today()), "accreditedOn",
                            "must not be in the future")
                    .throwIfAny();
            actor.requireMayWrite("accreditedBy", a.accreditedBy());
            return codes.regionExists(a.accreditedBy()).flatMap(known -> {
                if (!known) {
                    throw ProblemException.invalid("accreditedBy", "unknown GB/T 2260 region " + a.accreditedBy());
                }
                requireAccreditable(s, a);
                apply(s, a);
                return recordAct(actor, s, StudioAccreditation.Kind.ACCREDITED)
                        .flatMap(v -> events.studioAccredited(s)).replaceWith(s);
            });
        });
    }

    @WithTransaction
    public Uni<Studio> revoke(Actor actor, UUID studioId, Long expectedVersion, Revocation r) {
        return studios.lock(studioId).map(found -> {
            Studio s = StudioService.visible(actor, found, studioId);
            Versions.require(expectedVersion, s.version, "studio " + studioId);
            new FieldChecks()
                    .text("reason", r.reason(), 2000)
                    .present("revokedOn", r.revokedOn())
                    .when(r.revokedOn() != null && r.revokedOn().isAfter(Dates.today()), "revokedOn", "must not be in the future")
                    .throwIfAny();
            if (s.status != StudioStatus.ACCREDITED) {
                throw ProblemException.conflict(s.status == StudioStatus.REVOKED
                        ? "studio " + studioId + " is already revoked (on " + s.revokedOn + ")"
                        : "studio " + studioId + " has never been accredited: there is nothing to revoke");
            }
            if (!actor.sees(s.accreditedBy)) {
                throw new ProblemException(403, "region-forbidden", "Forbidden",
                        "the accreditation was made by " + s.accreditedBy + ", outside your region " + actor.region(),
                        List.of(new Problem.FieldError("accreditedBy", "outside the caller's region")));
            }
            if (r.revokedOn().isBefore(s.accreditedOn)) {
                throw ProblemException.unprocessable("revokedOn", "must not be before the accreditation on " + s.accreditedOn);
            }
            return s;
        }).flatMap(s -> {
            s.status = StudioStatus.REVOKED;
            s.revocationReason = r.reason();
            s.revokedOn = r.revokedOn();
            return recordAct(actor, s, StudioAccreditation.Kind.REVOKED)
                    .flatMap(v -> events.studioRevoked(s)).replaceWith(s);
        });
    }

    /**
     * Applies a re-review decision (复评) of the review service. A renewal accredits the studio again at
     * its tier from the decision's day, by the deciding union, and sets the next re-review five years
     * on (a RENEWED act, studio.accredited.v1); a revocation revokes it with the review's reasons
     * (studio.revoked.v1). A decision that no longer applies (the studio unknown, not accredited any
     * more, accredited again after the decision's day, or a union that does not cover its region)
     * changes nothing and is logged: the review cannot be refused back, and the registry's state wins.
     */
    @WithTransaction
    public Uni<Void> reReviewDecided(ReReviewDecision d) {
        return studios.lock(d.studioId()).flatMap(s -> {
            String stale = s == null ? "unknown studio"
                    : s.status != StudioStatus.ACCREDITED ? "the studio is " + s.status
                    : d.decidedOn().isBefore(s.accreditedOn) ? "the studio was accredited again on " + s.accreditedOn
                    : !RegionScope.covers(d.decidedBy(), s.regionCode) ? "union " + d.decidedBy() + " does not cover region " + s.regionCode
                    : null;
            if (stale != null) {
                LOG.warnf("re-accreditation case %s on studio %s changes nothing: %s", d.caseId(), d.studioId(), stale);
                return Uni.createFrom().voidItem();
            }
            Actor review = Actor.operator("review-service 复评 " + d.caseId());
            if (d.renewed()) {
                Accreditation renewal = new Accreditation(s.accreditationTier, d.decidedBy(), d.decidedOn());
                s.accreditedBy = renewal.accreditedBy();
                s.accreditedOn = renewal.accreditedOn();
                s.reReviewDue = renewal.reReviewDue();
                return recordAct(review, s, StudioAccreditation.Kind.RENEWED, d.reasons(), d.caseId())
                        .flatMap(v -> events.studioAccredited(s));
            }
            s.status = StudioStatus.REVOKED;
            s.revocationReason = d.reasons();
            s.revokedOn = d.decidedOn();
            return recordAct(review, s, StudioAccreditation.Kind.REVOKED, d.reasons(), d.caseId())
                    .flatMap(v -> events.studioRevoked(s));
        });
    }

    /**
     * Applies a city union's accreditation round decision (年度认定) of the review service: the studio is
     * accredited at the round's tier from the decision's day by the deciding union (an ACCREDITED act
     * naming the round's case, studio.accredited.v1), exactly as a union's own accreditation would. A
     * decision that no longer applies changes nothing and is logged: the studio unknown, already
     * accredited at that tier or above or again after the decision's day, revoked (a round nominates
     * no revoked studio; one revoked meanwhile stays so), a union that
     * does not cover its region, or the case applied already.
     */
    @WithTransaction
    public Uni<Void> roundAccredited(RoundAccreditation d) {
        return studios.lock(d.studioId()).flatMap(s -> history.countByAccreditationCase(d.caseId()).flatMap(applied -> {
            String stale = s == null ? "unknown studio"
                    : applied > 0 ? "the case was applied already"
                    : s.status == StudioStatus.ACCREDITED && s.accreditationTier.compareTo(d.tier()) <= 0
                            ? "the studio is already accredited at " + s.accreditationTier
                    : s.status == StudioStatus.ACCREDITED && d.decidedOn().isBefore(s.accreditedOn)
                            ? "the studio was accredited again on " + s.accreditedOn
                    : s.status == StudioStatus.REVOKED ? "the studio was revoked on " + s.revokedOn + " (the round nominates no revoked studio)"
                    : !RegionScope.covers(d.decidedBy(), s.regionCode) ? "union " + d.decidedBy() + " does not cover region " + s.regionCode
                    : null;
            if (stale != null) {
                LOG.warnf("accreditation round case %s on studio %s changes nothing: %s", d.caseId(), d.studioId(), stale);
                return Uni.createFrom().voidItem();
            }
            apply(s, new Accreditation(d.tier(), d.decidedBy(), d.decidedOn()));
            return recordAct(Actor.operator("review-service 认定 " + d.caseId()), s, StudioAccreditation.Kind.ACCREDITED, null, null,
                    d.caseId()).flatMap(v -> events.studioAccredited(s));
        }));
    }

    /** The studio's accreditations and revocations, oldest first. */
    @WithSession
    public Uni<List<StudioAccreditation>> history(Actor actor, UUID studioId) {
        return studios.findById(studioId)
                .map(s -> StudioService.visible(actor, s, studioId))
                .flatMap(s -> history.history(studioId));
    }

    /** Accredited (not revoked) studios whose re-review falls due between {@code from} and {@code to}. */
    @WithSession
    public Uni<Page<Studio>> dueForReReview(Actor actor, LocalDate from, LocalDate to, PageRequest page) {
        new FieldChecks().present("from", from).present("to", to)
                .when(from != null && to != null && to.isBefore(from), "to", "must not be before from")
                .throwIfAny();
        return studios.dueForReReview(from, to, actor.region(), page);
    }

    private static void requireAccreditable(Studio s, Accreditation a) {
        if (!RegionScope.covers(a.accreditedBy(), s.regionCode)) {
            throw ProblemException.unprocessable("accreditedBy", "the union of " + a.accreditedBy()
                    + " cannot accredit a studio in region " + s.regionCode);
        }
        if (s.status == StudioStatus.ACCREDITED && a.accreditedOn().isBefore(s.accreditedOn)) {
            throw ProblemException.unprocessable("accreditedOn", "must not be before the current accreditation on "
                    + s.accreditedOn);
        }
        if (s.status == StudioStatus.REVOKED && a.accreditedOn().isBefore(s.revokedOn)) {
            throw ProblemException.unprocessable("accreditedOn", "a revoked studio needs a new accreditation dated on or"
                    + " after its revocation on " + s.revokedOn);
        }
    }

    private static void apply(Studio s, Accreditation a) {
        s.status = StudioStatus.ACCREDITED;
        s.tier = a.tier();
        s.accreditationTier = a.tier();
        s.accreditedBy = a.accreditedBy();
        s.accreditedOn = a.accreditedOn();
        s.reReviewDue = a.reReviewDue();
        s.revocationReason = null;
        s.revokedOn = null;
    }

    private Uni<Void> recordAct(Actor actor, Studio s, StudioAccreditation.Kind kind) {
        return recordAct(actor, s, kind, s.revocationReason, null, null);
    }

    private Uni<Void> recordAct(Actor actor, Studio s, StudioAccreditation.Kind kind, String reason, UUID caseId) {
        return recordAct(actor, s, kind, reason, caseId, null);
    }

    private Uni<Void> recordAct(Actor actor, Studio s, StudioAccreditation.Kind kind, String reason, UUID caseId,
            UUID roundCaseId) {
        s.version++;
        s.updatedAt = Dates.now();
        StudioAccreditation act = new StudioAccreditation();
        act.id = UUID.randomUUID();
        act.studioId = s.id;
        act.studioVersion = s.version;
        act.kind = kind;
        act.tier = s.accreditationTier;
        act.accreditedBy = s.accreditedBy;
        act.accreditedOn = s.accreditedOn;
        act.reReviewDue = s.reReviewDue;
        act.reason = reason;
        act.reaccreditationCaseId = caseId;
        act.accreditationCaseId = roundCaseId;
        act.revokedOn = s.revokedOn;
        act.recordedBy = actor.name();
        act.recordedAt = s.updatedAt;
        return history.persist(act).replaceWithVoid();
    }
}
