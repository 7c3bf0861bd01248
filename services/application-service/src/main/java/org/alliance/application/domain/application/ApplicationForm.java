package org.alliance.application.domain.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a union fills in. A patent boost uses the patent, inventor and enterprise fields (the studio
 * is optional); a project boost the studio and project fields; an outstanding achievement the
 * studio, enterprise and achievement fields. The region of a patent application
 * is the enterprise's; a project application's is its studio's.
 */
public record ApplicationForm(UUID callId, UUID studioId, String regionCode, String enterpriseName,
        Patent patent, Project project, Achievement achievement) {

    public record Patent(String number, String title, LocalDate grantedOn, String inventorName, String memberCard,
            Boolean frontline, String useInProduction) {
    }

    public record Project(String title, String technicalContent, String problemSolved, String skillsTraining,
            String industrySection, String industryDivision, LocalDate approvedOn, Boolean startupFundsPaid,
            LocalDate plannedCompletion) {
    }

    /** An outstanding achievement (首都职工优秀自主创新成果): what it is, who led it, its use and value. */
    public record Achievement(String title, String category, String summary, String leadName, String memberCard,
            LocalDate completedOn, String useInProduction, Long economicValueRmb, String industrySection,
            String industryDivision, String promotionPlan) {
    }
}
