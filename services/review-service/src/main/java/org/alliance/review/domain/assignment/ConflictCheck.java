package org.alliance.review.domain.assignment;

import java.util.Optional;

/**
 * The conflict-of-interest rules, in the order a coordinator would name them: the applicant's own
 * enterprise, one supply link either way, the same group, a declared conflict with the studio. The
 * first that applies is the reason given.
 */
public final class ConflictCheck {

    private ConflictCheck() {
    }

    public static Optional<Conflict> of(ExpertProfile expert, CaseProfile reviewCase, EnterpriseRelations relations) {
        var employer = expert.employerEnterpriseId();
        var applicant = reviewCase.enterpriseId();
        if (employer != null && employer.equals(applicant)) {
            return conflict(expert, ConflictReason.EMPLOYED_BY_APPLICANT, "专家任职于申报单位本企业");
        }
        if (employer != null && relations.supplies(employer, applicant)) {
            return conflict(expert, ConflictReason.EMPLOYER_UPSTREAM_SUPPLIER, "专家任职企业是申报企业的上游供应商");
        }
        if (employer != null && relations.isSuppliedBy(employer, applicant)) {
            return conflict(expert, ConflictReason.EMPLOYER_DOWNSTREAM_CUSTOMER, "专家任职企业是申报企业的下游客户");
        }
        EnterpriseRelations.Group group = relations.group(employer);
        EnterpriseRelations.Group applicants = relations.group(applicant);
        if (group != null && applicants != null && group.head().equals(applicants.head())) {
            return conflict(expert, ConflictReason.SAME_GROUP, "专家任职企业与申报企业同属" + (group.name() == null ? "一个集团" : group.name()));
        }
        if (expert.declaredConflictStudioIds().contains(reviewCase.studioId())) {
            return conflict(expert, ConflictReason.DECLARED_CONFLICT, "专家声明与申报工作室存在利益冲突");
        }
        return Optional.empty();
    }

    private static Optional<Conflict> conflict(ExpertProfile expert, ConflictReason reason, String text) {
        return Optional.of(new Conflict(expert.id(), reason, text));
    }
}
