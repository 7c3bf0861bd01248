package org.alliance.bench.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.domain.assignment.CaseAssignment;
import org.alliance.review.domain.assignment.CaseProfile;
import org.alliance.review.domain.assignment.Conflict;
import org.alliance.review.domain.assignment.ConflictReason;
import org.alliance.review.domain.assignment.EnterpriseRelations.Link;
import org.alliance.review.domain.assignment.ExpertProfile;
import org.alliance.review.domain.assignment.Relevance;

/**
 * The assignment as first written: for every case, ask for the applicant's suppliers and customers by
 * reading every supply link (what a per-case query without the replica's link indexes does), then rank
 * every expert with a full sort. Same rules, same order, so it must choose exactly what {@code Assigner} does.
 */
final class NaiveAssigner {

    private NaiveAssigner() {
    }

    static List<CaseAssignment> assign(List<CaseProfile> cases, List<ExpertProfile> experts, int perCase, List<Link> links,
            Map<UUID, String> groups) {
        List<CaseProfile> ordered = new ArrayList<>(cases);
        ordered.sort(Comparator.comparing(CaseProfile::caseId));
        List<ExpertProfile> pool = new ArrayList<>(experts);
        pool.sort(Comparator.comparing(ExpertProfile::id));
        Map<UUID, Integer> load = new HashMap<>();
        List<CaseAssignment> result = new ArrayList<>();
        for (CaseProfile c : ordered) {
            List<UUID> suppliers = new ArrayList<>();
            List<UUID> customers = new ArrayList<>();
            for (Link l : links) {
                if (l.downstream().equals(c.enterpriseId())) {
                    suppliers.add(l.upstream());
                }
                if (l.upstream().equals(c.enterpriseId())) {
                    customers.add(l.downstream());
                }
            }
            List<Conflict> conflicts = new ArrayList<>();
            List<Object[]> eligible = new ArrayList<>();
            for (ExpertProfile e : pool) {
                UUID employer = e.employerEnterpriseId();
                String group = employer == null ? null : groups.get(employer);
                if (employer != null && employer.equals(c.enterpriseId())) {
                    conflicts.add(new Conflict(e.id(), ConflictReason.EMPLOYED_BY_APPLICANT, "专家任职于申报单位本企业"));
                } else if (employer != null && suppliers.contains(employer)) {
                    conflicts.add(new Conflict(e.id(), ConflictReason.EMPLOYER_UPSTREAM_SUPPLIER, "专家任职企业是申报企业的上游供应商"));
                } else if (employer != null && customers.contains(employer)) {
                    conflicts.add(new Conflict(e.id(), ConflictReason.EMPLOYER_DOWNSTREAM_CUSTOMER, "专家任职企业是申报企业的下游客户"));
                } else if (group != null && group.equals(groups.get(c.enterpriseId()))) {
                    conflicts.add(new Conflict(e.id(), ConflictReason.SAME_GROUP, "专家任职企业与申报企业同属" + group));
                } else if (e.declaredConflictStudioIds().contains(c.studioId())) {
                    conflicts.add(new Conflict(e.id(), ConflictReason.DECLARED_CONFLICT, "专家声明与申报工作室存在利益冲突"));
                } else if (load.getOrDefault(e.id(), 0) < e.maxCasesPerCall()) {
                    eligible.add(new Object[] {e, Relevance.of(e, c), load.getOrDefault(e.id(), 0)});
                }
            }
            eligible.sort(Comparator.comparingInt((Object[] o) -> -((Relevance) o[1]).score())
                    .thenComparingInt(o -> (Integer) o[2]).thenComparing(o -> ((ExpertProfile) o[0]).id()));
            List<CaseAssignment.Choice> chosen = new ArrayList<>();
            for (Object[] o : eligible.subList(0, Math.min(perCase, eligible.size()))) {
                ExpertProfile e = (ExpertProfile) o[0];
                chosen.add(new CaseAssignment.Choice(e.id(), (Relevance) o[1], (Integer) o[2]));
                load.merge(e.id(), 1, Integer::sum);
            }
            result.add(new CaseAssignment(c.caseId(), chosen, conflicts, perCase - chosen.size()));
        }
        return result;
    }
}
