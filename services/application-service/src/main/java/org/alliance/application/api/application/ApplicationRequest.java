package org.alliance.application.api.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.application.domain.application.ApplicationForm;

/**
 * An application as a union fills it in: {@code patent} for a patent boost call, {@code project} for a
 * project boost call, {@code achievement} for an outstanding-achievement call. Which fields a kind needs is checked against the call (400 naming the field);
 * whether they meet the call's rules is checked on submission (422 naming field and rule).
 */
public record ApplicationRequest(
        @NotNull UUID callId,
        UUID studioId,
        @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String regionCode,
        @NotBlank @Size(max = 200) String enterpriseName,
        @Valid PatentPart patent,
        @Valid ProjectPart project,
        @Valid AchievementPart achievement) {

    public record PatentPart(
            @Size(max = 40) String number,
            @Size(max = 300) String title,
            LocalDate grantedOn,
            @Size(max = 100) String inventorName,
            @Pattern(regexp = "[0-9A-Za-z]{1,32}", message = "must be the card number: 1 to 32 letters or digits") String memberCard,
            Boolean frontline,
            @Size(max = 4000) String useInProduction) {
    }

    public record ProjectPart(
            @Size(max = 300) String title,
            @Size(max = 8000) String technicalContent,
            @Size(max = 4000) String problemSolved,
            @Size(max = 4000) String skillsTraining,
            @Pattern(regexp = "[A-T]", message = "must be a GB/T 4754-2017 section letter") String industrySection,
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit GB/T 4754-2017 division") String industryDivision,
            LocalDate approvedOn,
            Boolean startupFundsPaid,
            LocalDate plannedCompletion) {
    }

    /** An outstanding achievement (首都职工优秀自主创新成果). */
    public record AchievementPart(
            @Size(max = 300) String title,
            @Pattern(regexp = "PATENT|PROCESS|PRODUCT|SAVING", message = "must be PATENT, PROCESS, PRODUCT or SAVING") String category,
            @Size(max = 8000) String summary,
            @Size(max = 100) String leadName,
            @Pattern(regexp = "[0-9A-Za-z]{1,32}", message = "must be the card number: 1 to 32 letters or digits") String memberCard,
            LocalDate completedOn,
            @Size(max = 4000) String useInProduction,
            @PositiveOrZero Long economicValueRmb,
            @Pattern(regexp = "[A-T]", message = "must be a GB/T 4754-2017 section letter") String industrySection,
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit GB/T 4754-2017 division") String industryDivision,
            @Size(max = 4000) String promotionPlan) {
    }

    ApplicationForm form() {
        return new ApplicationForm(callId, studioId, regionCode, enterpriseName,
                patent == null ? null : new ApplicationForm.Patent(patent.number(), patent.title(), patent.grantedOn(),
                        patent.inventorName(), patent.memberCard(), patent.frontline(), patent.useInProduction()),
                project == null ? null : new ApplicationForm.Project(project.title(), project.technicalContent(),
                        project.problemSolved(), project.skillsTraining(), project.industrySection(), project.industryDivision(),
                        project.approvedOn(), project.startupFundsPaid(), project.plannedCompletion()),
                achievement == null ? null : new ApplicationForm.Achievement(achievement.title(), achievement.category(),
                        achievement.summary(), achievement.leadName(), achievement.memberCard(), achievement.completedOn(),
                        achievement.useInProduction(), achievement.economicValueRmb(), achievement.industrySection(),
                        achievement.industryDivision(), achievement.promotionPlan()));
    }
}
