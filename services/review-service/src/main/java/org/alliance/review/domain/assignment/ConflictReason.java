package org.alliance.review.domain.assignment;

/** Why an expert may not review a case: each a stable code clients can switch on. */
public enum ConflictReason {
    /** The expert works for the applicant's own enterprise. */
    EMPLOYED_BY_APPLICANT("employed-by-applicant"),
    /** The expert's employer supplies the applicant's enterprise (one supply link upstream). */
    EMPLOYER_UPSTREAM_SUPPLIER("employer-upstream-supplier"),
    /** The applicant's enterprise supplies the expert's employer (one supply link downstream). */
    EMPLOYER_DOWNSTREAM_CUSTOMER("employer-downstream-customer"),
    /** The expert's employer and the applicant's enterprise belong to the same group (集团). */
    SAME_GROUP("same-group"),
    /** The expert declared a conflict of interest with the applicant studio. */
    DECLARED_CONFLICT("declared-conflict");

    private final String code;

    ConflictReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
