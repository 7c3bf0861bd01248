package org.alliance.review.domain.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Chooses N experts for each case of a call. Cases are taken in id order; for each, every expert is
 * checked for conflicts of interest (excluded with the reason) and for room under their most cases per
 * call, and the rest are ranked by relevance, then by the fewest cases already held in the call (so
 * equally relevant experts share the load), then by id. Everything is ordered, so the same inputs give
 * the same assignment.
 */
public final class Assigner {

    /** Who is already on a case (kept), and who may not be chosen again (declined it earlier). */
    public record Prior(Set<UUID> onCase, Set<UUID> barred) {
        public static final Prior NONE = new Prior(Set.of(), Set.of());
    }

    private static final Comparator<Candidate> RANK = Comparator.comparingInt((Candidate c) -> -c.relevance.score())
            .thenComparingInt(c -> c.load)
            .thenComparing(c -> c.expert.id());

    private record Candidate(ExpertProfile expert, Relevance relevance, int load) {
    }

    private Assigner() {
    }

    /**
     * @param load  each expert's cases in the call so far (not declined); updated as experts are chosen
     * @param prior per case, the experts already on it and those barred from it
     */
    public static List<CaseAssignment> assign(List<CaseProfile> cases, List<ExpertProfile> experts, int perCase,
            Map<UUID, Integer> load, Map<UUID, Prior> prior, EnterpriseRelations relations) {
        List<CaseProfile> ordered = new ArrayList<>(cases);
        ordered.sort(Comparator.comparing(CaseProfile::caseId));
        List<ExpertProfile> pool = new ArrayList<>(experts);
        pool.sort(Comparator.comparing(ExpertProfile::id));
        Map<UUID, Integer> held = new HashMap<>(load);
        List<CaseAssignment> result = new ArrayList<>(ordered.size());
        for (CaseProfile reviewCase : ordered) {
            result.add(assignOne(reviewCase, pool, perCase, held, prior.getOrDefault(reviewCase.caseId(), Prior.NONE), relations));
        }
        load.clear();
        load.putAll(held);
        return result;
    }

    private static CaseAssignment assignOne(CaseProfile reviewCase, List<ExpertProfile> pool, int perCase,
            Map<UUID, Integer> held, Prior prior, EnterpriseRelations relations) {
        int wanted = perCase - prior.onCase().size();
        List<Conflict> conflicts = new ArrayList<>();
        List<Candidate> best = new ArrayList<>(Math.max(wanted, 0) + 1);
        for (ExpertProfile expert : pool) {
            if (prior.onCase().contains(expert.id()) || prior.barred().contains(expert.id())) {
                continue;
            }
            var conflict = ConflictCheck.of(expert, reviewCase, relations);
            if (conflict.isPresent()) {
                conflicts.add(conflict.get());
                continue;
            }
            int load = held.getOrDefault(expert.id(), 0);
            if (wanted <= 0 || load >= expert.maxCasesPerCall()) {
                continue;
            }
            keepBest(best, new Candidate(expert, Relevance.of(expert, reviewCase), load), wanted);
        }
        List<CaseAssignment.Choice> chosen = new ArrayList<>(best.size());
        for (Candidate c : best) {
            chosen.add(new CaseAssignment.Choice(c.expert.id(), c.relevance, c.load));
            held.merge(c.expert.id(), 1, Integer::sum);
        }
        return new CaseAssignment(reviewCase.caseId(), chosen, conflicts, Math.max(wanted, 0) - chosen.size());
    }

    /** Keeps the {@code size} best candidates in rank order (N is small: an insertion beats a sort of the pool). */
    private static void keepBest(List<Candidate> best, Candidate candidate, int size) {
        int at = best.size();
        while (at > 0 && RANK.compare(candidate, best.get(at - 1)) < 0) {
            at--;
        }
        if (at < size) {
            best.add(at, candidate);
            if (best.size() > size) {
                best.remove(best.size() - 1);
            }
        }
    }
}
