package org.alliance.events.application;

import java.time.LocalDate;

/** The achievement of an outstanding-achievement application (首都职工优秀自主创新成果). */
public record AchievementPart(String title, String category, String summary, String leadName, String memberCard,
        LocalDate completedOn, String useInProduction, long economicValueRmb, String industrySection, String industryDivision,
        String promotionPlan) {
}
