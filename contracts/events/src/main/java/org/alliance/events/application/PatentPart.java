package org.alliance.events.application;

import java.time.LocalDate;

/** The patent of a patent boost application (职务发明专利助推). */
public record PatentPart(String number, String title, LocalDate grantedOn, String inventorName, String memberCard,
        boolean frontline, String useInProduction) {
}
