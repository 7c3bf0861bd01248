package org.alliance.review.domain.assignment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.domain.Expert;
import org.alliance.review.domain.rubric.Rubric;
import org.alliance.review.messaging.assignment.AssignmentEvents;
import org.alliance.review.repository.assignment.AssignmentRows;

/**
 * Runs a call's assignment and a decline's reassignment in the caller's transaction: reads the cases,
 * the active pool, the loads and the registry relations, lets {@link Assigner} choose, and writes the
 * choices with their reasons and the conflicts with theirs. Runs of one call are serialised.
 */
@ApplicationScoped
public class AssignmentService {

    /** What a run did: cases assigned, places left empty, cases waiting for their studio's enterprise. */
    public record Run(UUID callId, int expertsPerCase, List<CaseAssignment> assigned, List<UUID> waitingForEnterprise) {
    }

    @Inject
    AssignmentRows rows;

    @Inject
    AssignmentEvents events;

    public static Uni<Rubric> rubricOf(UUID callId) {
        return Rubric.<Rubric>findById(callId).map(r -> r != null ? r : Rubric.defaults(callId));
    }

    /** Assigns every signed-off project case of the call in the caller's scope that has no experts yet. */
    public Uni<Run> run(UUID callId, Predicate<String> inScope, String by) {
        return rows.lockCall(callId).chain(() -> rubricOf(callId)).chain(rubric -> rows.unassignedCases(callId).chain(open -> {
            List<AssignmentRows.OpenCase> cases = new ArrayList<>();
            List<UUID> waiting = new ArrayList<>();
            for (AssignmentRows.OpenCase c : open) {
                if (!inScope.test(c.regionCode())) {
                    continue;
                }
                if (c.profile().enterpriseId() == null) {
                    // without the applicant's enterprise no conflict can be checked: wait for the studio's event
                    waiting.add(c.profile().caseId());
                } else {
                    cases.add(c);
                }
            }
            return assign(callId, cases, Map.of(), rubric.expertsPerCase, by, null)
                    .map(assigned -> new Run(callId, rubric.expertsPerCase, assigned, waiting));
        }));
    }

    /**
     * The expert declines the case: the row stays DECLINED with the reason, and the case gets a replacement
     * (never an expert who declined it). 404 when the case is not assigned to the expert, 409 once they scored it.
     */
    public Uni<CaseAssignment> decline(UUID caseId, UUID expertId, String reason) {
        return ExpertAssignment.<ExpertAssignment>find("caseId = ?1 and expertId = ?2 and status = ?3", caseId, expertId,
                ExpertAssignment.Status.ASSIGNED).firstResult().chain(found -> {
                    if (found == null) {
                        throw ProblemException.notFound("review case", caseId);
                    }
                    return rows.lockCall(found.callId)
                            .chain(() -> ExpertAssignment.<ExpertAssignment>findById(found.id, LockModeType.PESSIMISTIC_WRITE))
                            .chain(a -> org.alliance.review.domain.scoring.ExpertScore.count("caseId = ?1 and expertId = ?2", caseId, expertId)
                                    .chain(scored -> {
                                        if (a.status != ExpertAssignment.Status.ASSIGNED) {
                                            throw ProblemException.notFound("review case", caseId);
                                        }
                                        if (scored > 0) {
                                            throw new ProblemException(409, "already-scored", "Conflict",
                                                    "reason: the expert has scored case " + caseId + " and can no longer decline it",
                                                    List.of(new Problem.FieldError("reason", "the case is scored")));
                                        }
                                        a.status = ExpertAssignment.Status.DECLINED;
                                        a.declinedReason = reason;
                                        a.declinedAt = OffsetDateTime.now(ZoneOffset.UTC);
                                        return reassign(a);
                                    }));
                });
    }

    private Uni<CaseAssignment> reassign(ExpertAssignment declined) {
        return ExpertAssignment.<ExpertAssignment>list("caseId", declined.caseId).chain(all -> rubricOf(declined.callId)
                .chain(rubric -> rows.reviewCase(declined.caseId).chain(found -> {
                    Set<UUID> on = new HashSet<>();
                    Set<UUID> barred = new HashSet<>();
                    for (ExpertAssignment a : all) {
                        (a.status == ExpertAssignment.Status.ASSIGNED ? on : barred).add(a.expertId);
                    }
                    return assign(declined.callId, found, Map.of(declined.caseId, new Assigner.Prior(on, barred)),
                            rubric.expertsPerCase, "decline:" + declined.expertId, declined).map(list -> list.get(0));
                })));
    }

    private Uni<List<CaseAssignment>> assign(UUID callId, List<AssignmentRows.OpenCase> open, Map<UUID, Assigner.Prior> prior,
            int perCase, String by, ExpertAssignment replacing) {
        if (open.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<CaseProfile> cases = open.stream().map(AssignmentRows.OpenCase::profile).toList();
        Map<UUID, UUID> applications = new HashMap<>();
        open.forEach(c -> applications.put(c.profile().caseId(), c.applicationId()));
        return Expert.<Expert>list("active = true").chain(pool -> rows.loads(callId).chain(load -> {
            Set<UUID> applicants = new HashSet<>();
            cases.forEach(c -> applicants.add(c.enterpriseId()));
            Set<UUID> employers = new HashSet<>();
            pool.forEach(e -> {
                if (e.employerEnterpriseId != null) {
                    employers.add(e.employerEnterpriseId);
                }
            });
            return rows.relations(applicants, employers).chain(relations -> {
                List<ExpertProfile> experts = pool.stream().map(Expert::profile).toList();
                List<CaseAssignment> result = Assigner.assign(cases, experts, perCase, new HashMap<>(load), prior, relations);
                return write(callId, result, by, applications, replacing).replaceWith(result);
            });
        }));
    }

    private Uni<Void> write(UUID callId, List<CaseAssignment> result, String by, Map<UUID, UUID> applications,
            ExpertAssignment replacing) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ExpertAssignment> chosen = new ArrayList<>();
        List<Map.Entry<UUID, Conflict>> conflicts = new ArrayList<>();
        for (CaseAssignment a : result) {
            a.chosen().forEach(c -> chosen.add(ExpertAssignment.of(a.caseId(), callId, c, by, now)));
            a.conflicts().forEach(c -> conflicts.add(Map.entry(a.caseId(), c)));
        }
        return ExpertAssignment.persist(chosen).chain(() -> rows.exclude(conflicts))
                .chain(() -> events.assigned(chosen, applications, replacing));
    }
}
