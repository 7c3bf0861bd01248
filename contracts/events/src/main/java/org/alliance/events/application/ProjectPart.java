package org.alliance.events.application;

import java.time.LocalDate;

/** The project of a project boost application (创新项目助推). */
public record ProjectPart(String title, String technicalContent, String problemSolved, String skillsTraining,
        String industrySection, String industryDivision, LocalDate approvedOn, boolean startupFundsPaid,
        LocalDate plannedCompletion) {
}
