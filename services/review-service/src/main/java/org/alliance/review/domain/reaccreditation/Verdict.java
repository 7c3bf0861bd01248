package org.alliance.review.domain.reaccreditation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alliance.review.domain.sevenhaves.SevenHaves;

/**
 * What the experts' scores say: an item of the seven haves is met when its average over the experts
 * reaches the pass score; the studio is renewed when every item is met and its overall average (of
 * all items and experts) reaches the pass score too, revoked otherwise. The reasons say so in
 * Chinese, one per line, after the deciding union's own note if it wrote one.
 */
public record Verdict(ReaccreditationCase.Decision decision, List<String> failedItems, BigDecimal averageScore,
        List<String> reasons) {

    public static Verdict of(List<SevenHaves> scores, int passScore, String note) {
        List<String> items = List.copyOf(SevenHaves.ITEMS.keySet());
        List<String> failed = new ArrayList<>();
        double[] averages = SevenHaves.itemAverages(scores);
        for (int i = 0; i < items.size(); i++) {
            if (averages[i] < passScore) {
                failed.add(items.get(i));
            }
        }
        BigDecimal overall = SevenHaves.average(scores);
        boolean renewed = failed.isEmpty() && overall.compareTo(BigDecimal.valueOf(passScore)) >= 0;
        List<String> reasons = new ArrayList<>();
        if (note != null && !note.isBlank()) {
            reasons.add(note.strip());
        }
        String experts = scores.size() + "位专家平均分" + overall.stripTrailingZeros().toPlainString() + "分";
        if (renewed) {
            reasons.add("七有标准全部达到，" + experts + "，复评通过。");
        } else if (failed.isEmpty()) {
            reasons.add(experts + "，低于" + passScore + "分，复评未通过。");
        } else {
            reasons.add("未达到" + String.join("、", failed.stream().map(SevenHaves.ITEMS::get).toList())
                    + "（专家平均分低于" + passScore + "分），" + experts + "，复评未通过。");
        }
        return new Verdict(renewed ? ReaccreditationCase.Decision.RENEWED : ReaccreditationCase.Decision.REVOKED,
                List.copyOf(failed), overall, List.copyOf(reasons));
    }
}
