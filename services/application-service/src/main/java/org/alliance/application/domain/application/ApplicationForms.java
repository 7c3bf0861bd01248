package org.alliance.application.domain.application;

import org.alliance.application.domain.call.FundingCall;
import org.alliance.common.problem.ProblemException;

/** What each kind of application must name before it is saved, and how a form lands on the entity. */
final class ApplicationForms {

    private ApplicationForms() {
    }

    static void requireComplete(FundingCall.Kind kind, ApplicationForm form) {
        if (kind != FundingCall.Kind.OUTSTANDING_ACHIEVEMENT && form.achievement() != null) {
            throw ProblemException.invalid("achievement", "only an outstanding-achievement application describes an achievement");
        }
        if (kind == FundingCall.Kind.OUTSTANDING_ACHIEVEMENT) {
            achievement(form);
        } else if (kind == FundingCall.Kind.PATENT_BOOST) {
            if (form.patent() == null) {
                throw ProblemException.invalid("patent", "a patent boost application describes the patent");
            }
            if (form.project() != null) {
                throw ProblemException.invalid("project", "a patent boost application has no project");
            }
            if (form.studioId() == null && form.regionCode() == null) {
                throw ProblemException.invalid("regionCode", "the region of the enterprise, when no studio is named");
            }
            required("patent.number", form.patent().number());
            required("patent.title", form.patent().title());
            required("patent.grantedOn", form.patent().grantedOn());
            required("patent.inventorName", form.patent().inventorName());
            required("patent.memberCard", form.patent().memberCard());
            required("patent.frontline", form.patent().frontline());
            required("patent.useInProduction", form.patent().useInProduction());
        } else {
            if (form.project() == null) {
                throw ProblemException.invalid("project", "a project boost application describes the project");
            }
            if (form.patent() != null) {
                throw ProblemException.invalid("patent", "a project boost application has no patent");
            }
            required("studioId", form.studioId());
            required("project.title", form.project().title());
            required("project.technicalContent", form.project().technicalContent());
            required("project.problemSolved", form.project().problemSolved());
            required("project.skillsTraining", form.project().skillsTraining());
            required("project.industrySection", form.project().industrySection());
            required("project.industryDivision", form.project().industryDivision());
            required("project.approvedOn", form.project().approvedOn());
            required("project.startupFundsPaid", form.project().startupFundsPaid());
            required("project.plannedCompletion", form.project().plannedCompletion());
        }
    }

    private static void achievement(ApplicationForm form) {
        if (form.achievement() == null) {
            throw ProblemException.invalid("achievement", "an outstanding-achievement application describes the achievement");
        }
        if (form.patent() != null || form.project() != null) {
            throw ProblemException.invalid(form.patent() != null ? "patent" : "project",
                    "an outstanding-achievement application has neither patent nor project");
        }
        // the studio's enterprise is the applicant the experts' conflicts of interest are checked against
        required("studioId", form.studioId());
        ApplicationForm.Achievement a = form.achievement();
        required("achievement.title", a.title());
        required("achievement.category", a.category());
        required("achievement.summary", a.summary());
        required("achievement.leadName", a.leadName());
        required("achievement.memberCard", a.memberCard());
        required("achievement.completedOn", a.completedOn());
        required("achievement.useInProduction", a.useInProduction());
        required("achievement.economicValueRmb", a.economicValueRmb());
        required("achievement.industrySection", a.industrySection());
        required("achievement.industryDivision", a.industryDivision());
        required("achievement.promotionPlan", a.promotionPlan());
    }

    private static void required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ProblemException.invalid(field, "must be given");
        }
    }

    static void copy(ApplicationForm form, Application a) {
        ApplicationForm.Patent p = form.patent();
        if (p != null) {
            a.patentNumber = p.number();
            a.patentTitle = p.title();
            a.grantedOn = p.grantedOn();
            a.inventorName = p.inventorName();
            a.memberCard = p.memberCard();
            a.frontline = p.frontline();
            a.useInProduction = p.useInProduction();
        }
        ApplicationForm.Project j = form.project();
        if (j != null) {
            a.title = j.title();
            a.technicalContent = j.technicalContent();
            a.problemSolved = j.problemSolved();
            a.skillsTraining = j.skillsTraining();
            a.industrySection = j.industrySection();
            a.industryDivision = j.industryDivision();
            a.approvedOn = j.approvedOn();
            a.startupFundsPaid = j.startupFundsPaid();
            a.plannedCompletion = j.plannedCompletion();
        }
        ApplicationForm.Achievement o = form.achievement();
        if (o != null) {
            a.title = o.title();
            a.achievementCategory = o.category();
            a.achievementSummary = o.summary();
            a.leadName = o.leadName();
            a.memberCard = o.memberCard();
            a.completedOn = o.completedOn();
            a.useInProduction = o.useInProduction();
            a.economicValueRmb = o.economicValueRmb();
            a.industrySection = o.industrySection();
            a.industryDivision = o.industryDivision();
            a.promotionPlan = o.promotionPlan();
        }
    }
}
