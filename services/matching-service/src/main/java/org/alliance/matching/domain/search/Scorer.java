package org.alliance.matching.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.alliance.security.RegionScope;

/**
 * The re-rank both the index path and the naive scan share: which studios a need may be matched
 * with, each named feature's value, the weighted sum, and the order (score, then studio id, so equal
 * scores always come out the same way).
 */
final class Scorer {

    private final MatchWeights w;

    Scorer(MatchWeights weights) {
        this.w = weights;
    }

    /** Whether the need's region scope and poster allow proposing this studio at all. */
    static boolean eligible(MatchQuery q, StudioDoc s) {
        if (s.revoked() || s.id().equals(q.postingStudioId())) {
            return false;
        }
        return switch (q.scope()) {
            case "OTHER_REGIONS" -> !s.province().equals(q.province());
            case "NAMED" -> q.scopeRegions().stream().anyMatch(code -> RegionScope.covers(code, s.regionCode()));
            default -> true;
        };
    }

    /** A candidate before ranking: the index entry and its BM25. */
    record Candidate(StudioIndex.Entry entry, float bm25) {
    }

    List<RankedStudio> rank(MatchQuery q, Map<String, Float> terms, List<Candidate> candidates,
            Map<UUID, SupplyGraph.Reach> reach, ToIntFunction<UUID> openMatches, TermStats stats) {
        double max = 0;
        for (Candidate c : candidates) {
            max = Math.max(max, c.bm25());
        }
        List<RankedStudio> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            double textShare = max == 0 ? 0 : c.bm25() / max;
            if (textShare < w.minTextShare()) {
                continue;
            }
            Explanation e = explain(q, terms, c, textShare, reach, openMatches, stats);
            scored.add(new RankedStudio(c.entry().doc().id(), e.score(), 0, e));
        }
        scored.sort(Comparator.comparingDouble(RankedStudio::score).reversed()
                .thenComparing(r -> r.studioId().toString()));
        List<RankedStudio> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(q.limit(), scored.size()); i++) {
            RankedStudio r = scored.get(i);
            ranked.add(new RankedStudio(r.studioId(), r.score(), i + 1, r.explanation()));
        }
        return ranked;
    }

    private Explanation explain(MatchQuery q, Map<String, Float> terms, Candidate c, double textShare,
            Map<UUID, SupplyGraph.Reach> reach, ToIntFunction<UUID> openMatches, TermStats stats) {
        StudioDoc s = c.entry().doc();
        SupplyGraph.Reach path = reach.get(s.enterpriseId());
        double chain = path == null ? 0 : path.hops() == 1 ? 1 : w.twoHopFactor();
        double industry = q.industryDivision() != null && q.industryDivision().equals(s.industryDivision()) ? 1
                : q.industrySection() != null && q.industrySection().equals(s.industrySection()) ? w.sameSection() : 0;
        double cross = s.province().equals(q.province()) ? 0 : 1;
        double tier = MatchWeights.tierValue(s.tier());
        double accredited = "ACCREDITED".equals(s.status()) ? 1 : 0;
        int open = openMatches.applyAsInt(s.id());
        double load = open / (open + w.loadHalf());
        List<Explanation.Feature> features = List.of(
                feature("text", textShare, w.text()),
                feature("supplyChain", chain, w.supplyChain()),
                feature("industry", industry, w.industry()),
                feature("crossRegion", cross, w.crossRegion()),
                feature("tier", tier, w.tier()),
                feature("accreditation", accredited, w.accreditation()),
                feature("load", load, -w.load()));
        double score = 0;
        for (Explanation.Feature f : features) {
            score += f.contribution();
        }
        List<String> matched = new ArrayList<>();
        for (String t : terms.keySet()) {
            if (c.entry().terms().freq(stats.find(t)) > 0) {
                matched.add(t);
            }
        }
        return new Explanation(score, c.bm25(), matched, features, path == null ? null : path.hops(),
                path == null ? List.of() : path.path());
    }

    private static Explanation.Feature feature(String name, double value, double weight) {
        return new Explanation.Feature(name, value, weight, value * weight);
    }
}
