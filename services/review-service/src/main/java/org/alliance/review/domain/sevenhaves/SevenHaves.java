package org.alliance.review.domain.sevenhaves;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores (0-100) of the seven haves (七有标准, seed 001): led by a model worker, an innovation team, a
 * venue, equipment, working rules, funding, and innovation results. Re-accreditation (复评) and the
 * yearly accreditation round (认定) both score a studio against them.
 */
public record SevenHaves(int modelWorkerLead, int team, int venue, int equipment, int rules, int funding, int results) {

    /** The items as the events name them, with their Chinese names. */
    public static final Map<String, String> ITEMS = names();

    public List<Integer> values() {
        return List.of(modelWorkerLead, team, venue, equipment, rules, funding, results);
    }

    /** Each item's average over the experts' scores, in the order of {@link #ITEMS}. */
    public static double[] itemAverages(List<SevenHaves> scores) {
        double[] averages = new double[ITEMS.size()];
        for (int i = 0; i < averages.length; i++) {
            int item = i;
            averages[i] = scores.stream().mapToInt(s -> s.values().get(item)).average().orElse(0);
        }
        return averages;
    }

    /** The overall average of every item and expert, to 2 decimals (half up): the score a studio is judged by. */
    public static BigDecimal average(List<SevenHaves> scores) {
        double total = 0;
        for (double a : itemAverages(scores)) {
            total += a;
        }
        return BigDecimal.valueOf(total / ITEMS.size()).setScale(2, RoundingMode.HALF_UP);
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
