package org.alliance.review.domain.selection;

/**
 * Why an application was or was not funded, with the sentence its union reads (in the event's
 * {@code reason}). Listed in the order selection checks them: the first that holds is the reason.
 */
public enum Reason {
    FUNDED("经评审予以资助"),
    NOT_SCORED("专家评分未完成"),
    BELOW_THRESHOLD("评审得分低于本批次资助分数线"),
    NO_AMOUNT_FOR_TIER("本批次未设该级别工作室的资助金额"),
    STUDIO_ALREADY_FUNDED("同一工作室本批次已有项目获得资助"),
    QUOTA_REACHED("所在地区名额已满"),
    PLACES_FILLED("本批次资助名额已满"),
    BUDGET_EXHAUSTED("本批次预算已用完"),
    NOT_SIGNED_OFF("评审结束时未通过市总工会审核"),
    REJECTED_AT_SIGN_OFF("审核未通过");

    private final String chinese;

    Reason(String chinese) {
        this.chinese = chinese;
    }

    /** The reason as the union reads it. */
    public String chinese() {
        return chinese;
    }
}
