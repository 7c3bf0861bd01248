package org.alliance.application.api.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.application.domain.application.Application;
import org.alliance.application.domain.call.FundingCall;

/** An application as clients see it; the part of the other kind is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(UUID id, UUID callId, FundingCall.Kind kind, int callYear, String regionCode,
        Application.Status status, UUID studioId, String enterpriseName, Patent patent, Project project, Achievement achievement,
        String returnReason,
        String filedBy, long version, OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

    public record Patent(String number, String title, LocalDate grantedOn, String inventorName, String memberCard,
            Boolean frontline, String useInProduction) {
    }

    public record Project(String title, String technicalContent, String problemSolved, String skillsTraining,
            String industrySection, String industryDivision, LocalDate approvedOn, Boolean startupFundsPaid,
            LocalDate plannedCompletion) {
    }

    public record Achievement(String title, String category, String summary, String leadName, String memberCard,
            LocalDate completedOn, String useInProduction, Long economicValueRmb, String industrySection, String industryDivision,
            String promotionPlan) {
    }

    static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.callId, a.kind, a.callYear, a.regionCode, a.status, a.studioId, a.enterpriseName,
                a.kind == FundingCall.Kind.PATENT_BOOST ? new Patent(a.patentNumber, a.patentTitle, a.grantedOn, a.inventorName,
                        a.memberCard, a.frontline, a.useInProduction) : null,
                a.kind == FundingCall.Kind.PROJECT_BOOST ? new Project(a.title, a.technicalContent, a.problemSolved,
                        a.skillsTraining, a.industrySection, a.industryDivision, a.approvedOn, a.startupFundsPaid,
                        a.plannedCompletion) : null,
                a.kind == FundingCall.Kind.OUTSTANDING_ACHIEVEMENT ? new Achievement(a.title, a.achievementCategory,
                        a.achievementSummary, a.leadName, a.memberCard, a.completedOn, a.useInProduction, a.economicValueRmb,
                        a.industrySection, a.industryDivision, a.promotionPlan) : null,
                a.returnReason, a.filedBy, a.version, a.createdAt, a.submittedAt, a.updatedAt);
    }
}
