package org.alliance.registry.domain.roster;

import static org.alliance.registry.domain.roster.RosterColumn.*;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.domain.Actor;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.EnterpriseDetails;
import org.alliance.registry.domain.EnterpriseService;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioService;
import org.alliance.registry.repository.EnterpriseRepository;
import org.alliance.registry.repository.StudioRepository;

/**
 * Decides one valid roster row against the database, in one transaction with the row's outcome:
 * registers the enterprise when its credit code is new and the studio when the enterprise has no
 * studio of that name, through the same services the API uses (so the same checks run and the same
 * events are recorded). A repeated upload finds both and writes nothing but the outcome.
 */
@ApplicationScoped
public class RosterImporter {

    /** The roster column each field of the registry's own validation errors comes from. */
    private static final Map<String, RosterColumn> ENTERPRISE_FIELDS = Map.of("name", ENTERPRISE_NAME,
            "unifiedSocialCreditCode", CREDIT_CODE, "ownership", OWNERSHIP, "industrySection", INDUSTRY,
            "industryDivision", INDUSTRY, "regionCode", REGION);
    private static final Map<String, RosterColumn> STUDIO_FIELDS = Map.ofEntries(Map.entry("name", STUDIO_NAME),
            Map.entry("tier", TIER), Map.entry("leader.name", LEADER), Map.entry("leader.honours", HONOURS),
            Map.entry("teamSize", TEAM_SIZE), Map.entry("focusIndustries", FOCUS),
            Map.entry("capabilities.summary", SUMMARY), Map.entry("capabilities.keywords", KEYWORDS),
            Map.entry("sevenHaves", SEVEN_HAVES), Map.entry("contact.person", CONTACT_PERSON),
            Map.entry("contact.phone", CONTACT_PHONE), Map.entry("contact.email", CONTACT_EMAIL),
            Map.entry("enterpriseId", ENTERPRISE_NAME));

    public enum Outcome { CREATED, EXISTING, INVALID }

    /** A row that turned out invalid against the database; nothing of it was written. */
    static final class Rejected extends RuntimeException {
        final List<RowError> errors;

        Rejected(List<RowError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    /** Another worker decided the row first (its lease had run out): this transaction must not commit. */
    static final class AlreadyDecided extends RuntimeException {
        AlreadyDecided() {
            super("row already decided by another worker", null, false, false);
        }
    }

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    StudioService studioService;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    StudioRepository studios;

    /** Imports a row that passed {@link RowMapper}; any rule the database adds makes it INVALID instead. */
    public Uni<Outcome> importRow(UUID jobId, int row, Actor actor, RosterEntry entry) {
        return Panache.withTransaction(() -> lock(entry.enterprise().unifiedSocialCreditCode())
                        .flatMap(locked -> enterprise(actor, entry.enterprise()))
                        .flatMap(resolved -> studio(actor, resolved.enterprise(), entry)
                                .flatMap(studio -> decide(jobId, row, studio.id() == null ? Outcome.EXISTING : Outcome.CREATED,
                                        studio.id() == null ? studio.existingId() : studio.id(),
                                        resolved.enterprise().id, resolved.created(), null))))
                .onFailure(Rejected.class).recoverWithUni(e -> reject(jobId, row, ((Rejected) e).errors));
    }

    /** Records a row found invalid before it reached the database. */
    public Uni<Outcome> reject(UUID jobId, int row, List<RowError> errors) {
        return Panache.withTransaction(() -> decide(jobId, row, Outcome.INVALID, null, null, false, errors));
    }

    private record Resolved(Enterprise enterprise, boolean created) {
    }

    private record StudioResult(UUID id, UUID existingId) {
    }

    private Uni<Resolved> enterprise(Actor actor, EnterpriseDetails wanted) {
        return enterprises.find("unifiedSocialCreditCode", wanted.unifiedSocialCreditCode()).firstResult()
                .flatMap(found -> {
                    if (found == null) {
                        return enterpriseService.register(actor, wanted)
                                .onFailure(ProblemException.class).transform(e -> rejected((ProblemException) e, ENTERPRISE_FIELDS))
                                .map(e -> new Resolved(e, true));
                    }
                    List<RowError> mismatches = compare(actor, found, wanted);
                    if (!mismatches.isEmpty()) {
                        throw new Rejected(mismatches);
                    }
                    return Uni.createFrom().item(new Resolved(found, false));
                });
    }

    /** A roster may name a registered enterprise, but must describe it as registered; changes go through the API. */
    private static List<RowError> compare(Actor actor, Enterprise found, EnterpriseDetails wanted) {
        List<RowError> errors = new ArrayList<>();
        if (!actor.sees(found.regionCode)) {
            errors.add(RowError.of(CREDIT_CODE, "该统一社会信用代码已由其他地区的企业登记"));
            return errors;
        }
        String registered = "与已登记的企业信息不一致（已登记为“%s”）；如需修改企业信息，请通过企业接口办理";
        if (!found.name.equals(wanted.name())) {
            errors.add(RowError.of(ENTERPRISE_NAME, registered.formatted(found.name)));
        }
        if (found.ownership != wanted.ownership()) {
            errors.add(RowError.of(OWNERSHIP, registered.formatted(RosterLabels.labelOf(RosterLabels.OWNERSHIPS, found.ownership))));
        }
        if (!found.industryDivision.equals(wanted.industryDivision())) {
            errors.add(RowError.of(INDUSTRY, registered.formatted(found.industrySection + found.industryDivision)));
        }
        if (!found.regionCode.equals(wanted.regionCode())) {
            errors.add(RowError.of(REGION, registered.formatted(found.regionCode)));
        }
        return errors;
    }

    private Uni<StudioResult> studio(Actor actor, Enterprise enterprise, RosterEntry entry) {
        return studios.find("enterpriseId = ?1 and name = ?2", enterprise.id, entry.studio().name()).firstResult()
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().item(new StudioResult(null, existing.id))
                        : studioService.register(actor, enterprise.id, entry.studio())
                                .onFailure(ProblemException.class).transform(e -> rejected((ProblemException) e, STUDIO_FIELDS))
                                .map((Studio s) -> new StudioResult(s.id, null)));
    }

    /** Serialises rows naming the same enterprise, across workers and service instances, until commit. */
    private static Uni<Void> lock(String creditCode) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))", Integer.class)
                .setParameter("key", "roster-enterprise:" + creditCode)
                .getSingleResult()).replaceWithVoid();
    }

    private static Uni<Outcome> decide(UUID jobId, int row, Outcome outcome, UUID studioId, UUID enterpriseId,
            boolean enterpriseCreated, List<RowError> errors) {
        // the inner cast makes the parameter text: a parameter typed jsonb would store the string as a JSON string
        String errorJson = errors == null ? null : new JsonArray(errors.stream()
                .map(e -> new JsonObject().put("column", e.column()).put("reason", e.reason())).toList()).encode();
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("UPDATE import_row SET outcome = :outcome, studio_id = :studio, enterprise_id = :enterprise,"
                        + " enterprise_created = :created, errors = CAST(CAST(:errors AS text) AS jsonb)"
                        + " WHERE job_id = :job AND row_number = :row AND outcome IS NULL")
                .setParameter("outcome", outcome.name())
                .setParameter("studio", studioId)
                .setParameter("enterprise", enterpriseId)
                .setParameter("created", enterpriseCreated)
                .setParameter("errors", errorJson)
                .setParameter("job", jobId)
                .setParameter("row", row)
                .executeUpdate())
                .map(updated -> {
                    if (updated != 1) {
                        throw new AlreadyDecided();
                    }
                    return outcome;
                });
    }

    private static Rejected rejected(ProblemException e, Map<String, RosterColumn> fields) {
        Problem problem = e.toProblem(null);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return new Rejected(List.of(new RowError("", Objects.requireNonNullElse(problem.detail(), problem.title()))));
        }
        return new Rejected(problem.errors().stream()
                .map(f -> {
                    RosterColumn column = fields.get(f.field());
                    return new RowError(column == null ? "" : column.header(), f.message());
                }).toList());
    }
}
