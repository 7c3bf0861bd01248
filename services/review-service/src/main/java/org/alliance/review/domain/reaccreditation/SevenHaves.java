package org.alliance.review.domain.reaccreditation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores (0-100) of the seven haves (七有标准, seed 001): led by a model worker, an innovation team, a
 * venue, equipment, working rules, funding, and innovation results.
 */
public record SevenHaves(int modelWorkerLead, int team, int venue, int equipment, int rules, int funding, int results) {

    /** The items as reaccreditation.decided.v1 names them, with their Chinese names. */
    public static final Map<String, String> ITEMS = names();

    public List<Integer> values() {
        return List.of(modelWorkerLead, team, venue, equipment, rules, funding, results);
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("modelWorkerLead", "有劳模领衔");
        m.put("team", "有创新团队");
        m.put("venue", "有活动场地");
        m.put("equipment", "有设施设备");
        m.put("rules", "有工作制度");
        m.put("funding", "有经费保障");
        m.put("results", "有创新成果");
        return m;
    }
}
