package org.alliance.review.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.review.domain.assignment.Assigner;
import org.alliance.review.domain.assignment.CaseAssignment;
import org.alliance.review.domain.assignment.CaseProfile;
import org.alliance.review.domain.assignment.ConflictReason;
import org.alliance.review.domain.assignment.EnterpriseRelations;
import org.alliance.review.domain.assignment.EnterpriseRelations.Group;
import org.alliance.review.domain.assignment.EnterpriseRelations.Link;
import org.alliance.review.domain.assignment.ExpertProfile;
import org.junit.jupiter.api.Test;

/** The assignment rules on their own: conflicts with their reasons, relevance, load, determinism. */
class AssignerTest {

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
    }

    static final UUID APPLICANT = id(900), SUPPLIER = id(901), CUSTOMER = id(902), SISTER = id(903), OTHER = id(904);
    static final UUID STUDIO = id(800);

    static ExpertProfile expert(int n, UUID employer, Set<String> divisions, List<String> keywords, Set<UUID> declared, int max) {
        return new ExpertProfile(id(n), "专家" + n, employer, divisions, keywords, declared, max);
    }

    static EnterpriseRelations relations(Set<UUID> applicants) {
        return EnterpriseRelations.of(applicants, List.of(new Link(SUPPLIER, APPLICANT), new Link(APPLICANT, CUSTOMER),
                new Link(SUPPLIER, OTHER)), Map.of(APPLICANT, new Group(id(950), "内蒙古一机集团"), SISTER, new Group(id(950), "内蒙古一机集团"),
                OTHER, new Group(id(951), "宝武集团")));
    }

    @Test
    void eachConflictIsExcludedWithItsReason() {
        CaseProfile reviewCase = new CaseProfile(id(1), STUDIO, APPLICANT, "37", "装甲钢焊接变形控制");
        List<ExpertProfile> experts = List.of(
                expert(11, APPLICANT, Set.of("37"), List.of("焊接"), Set.of(), 5),
                expert(12, SUPPLIER, Set.of("37"), List.of("焊接"), Set.of(), 5),
                expert(13, CUSTOMER, Set.of("37"), List.of("焊接"), Set.of(), 5),
                expert(14, SISTER, Set.of("37"), List.of("焊接"), Set.of(), 5),
                expert(15, OTHER, Set.of("37"), List.of("焊接"), Set.of(STUDIO), 5),
                expert(16, OTHER, Set.of("37"), List.of("焊接"), Set.of(), 5),
                expert(17, null, Set.of("38"), List.of(), Set.of(), 5));
        CaseAssignment result = Assigner.assign(List.of(reviewCase), experts, 3, new HashMap<>(), Map.of(),
                relations(Set.of(APPLICANT))).get(0);

        Map<UUID, ConflictReason> excluded = new HashMap<>();
        result.conflicts().forEach(c -> excluded.put(c.expertId(), c.reason()));
        assertEquals(Map.of(id(11), ConflictReason.EMPLOYED_BY_APPLICANT, id(12), ConflictReason.EMPLOYER_UPSTREAM_SUPPLIER,
                id(13), ConflictReason.EMPLOYER_DOWNSTREAM_CUSTOMER, id(14), ConflictReason.SAME_GROUP,
                id(15), ConflictReason.DECLARED_CONFLICT), excluded);
        assertEquals(List.of(id(16), id(17)), result.chosen().stream().map(CaseAssignment.Choice::expertId).toList());
        assertEquals(List.of("industry:37", "keyword:焊接"), result.chosen().get(0).relevance().terms());
        assertEquals(1, result.missing());
    }

    @Test
    void twoLinksAwayIsNoConflict() {
        // OTHER is supplied by SUPPLIER, which supplies APPLICANT: OTHER is two links from APPLICANT
        CaseProfile reviewCase = new CaseProfile(id(1), STUDIO, APPLICANT, "37", "");
        CaseAssignment result = Assigner.assign(List.of(reviewCase), List.of(expert(16, OTHER, Set.of(), List.of(), Set.of(), 5)),
                3, new HashMap<>(), Map.of(), relations(Set.of(APPLICANT))).get(0);
        assertEquals(List.of(), result.conflicts());
        assertEquals(1, result.chosen().size());
    }

    @Test
    void equallyRelevantExpertsShareTheLoadAndNoneExceedsTheirMost() {
        List<CaseProfile> cases = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            cases.add(new CaseProfile(id(i), id(500 + i), id(600 + i), "37", "焊接"));
        }
        List<ExpertProfile> experts = new ArrayList<>();
        for (int e = 1; e <= 6; e++) {
            experts.add(expert(100 + e, null, Set.of("37"), List.of("焊接"), Set.of(), e == 1 ? 2 : 10));
        }
        Map<UUID, Integer> load = new HashMap<>();
        List<CaseAssignment> result = Assigner.assign(cases, experts, 3, load, Map.of(), EnterpriseRelations.of(Set.of(), List.of(), Map.of()));

        assertTrue(result.stream().allMatch(a -> a.chosen().size() == 3 && a.missing() == 0));
        assertEquals(2, load.get(id(101)), "the expert with room for 2 gets 2");
        // 30 places: 2 to the first expert, 28 over five experts shared to within one case
        for (int e = 2; e <= 6; e++) {
            assertTrue(load.get(id(100 + e)) >= 5 && load.get(id(100 + e)) <= 6, load.toString());
        }
        assertEquals(result, Assigner.assign(cases, experts, 3, new HashMap<>(), Map.of(),
                EnterpriseRelations.of(Set.of(), List.of(), Map.of())), "deterministic");
    }

    @Test
    void aMoreRelevantExpertComesFirstAndABarredOneNever() {
        CaseProfile reviewCase = new CaseProfile(id(1), STUDIO, APPLICANT, "37", "锅炉防磨与焊接");
        List<ExpertProfile> experts = List.of(
                expert(21, null, Set.of("44"), List.of(), Set.of(), 5),
                expert(22, null, Set.of("37"), List.of("锅炉防磨", "焊接"), Set.of(), 5),
                expert(23, null, Set.of("37"), List.of(), Set.of(), 5));
        CaseAssignment result = Assigner.assign(List.of(reviewCase), experts, 2, new HashMap<>(),
                Map.of(id(1), new Assigner.Prior(Set.of(), Set.of(id(22)))), relations(Set.of(APPLICANT))).get(0);
        assertEquals(List.of(id(23), id(21)), result.chosen().stream().map(CaseAssignment.Choice::expertId).toList());

        CaseAssignment kept = Assigner.assign(List.of(reviewCase), experts, 2, new HashMap<>(),
                Map.of(id(1), new Assigner.Prior(Set.of(id(21)), Set.of())), relations(Set.of(APPLICANT))).get(0);
        assertEquals(List.of(id(22)), kept.chosen().stream().map(CaseAssignment.Choice::expertId).toList());
    }
}
