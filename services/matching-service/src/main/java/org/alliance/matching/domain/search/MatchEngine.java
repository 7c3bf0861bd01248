package org.alliance.matching.domain.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Matching through the index: BM25 candidates from Lucene (the best {@code candidates}, plus the best
 * {@code chainCandidates} among studios of the need's supply-chain partners, so a partner with a
 * relevant capability is never cut off by the top-k), then the shared re-rank.
 */
public final class MatchEngine {

    /** Supply-chain reach used for the feature and for the partner candidates. */
    public static final int MAX_HOPS = 2;

    /** Below this many studios with a term, the term is never left out of a query. */
    static final int COMMON_FLOOR = 1000;

    private final StudioIndex index;
    private final SupplyGraph graph;
    private final MatchWeights weights;
    private final Scorer scorer;

    public MatchEngine(StudioIndex index, SupplyGraph graph, MatchWeights weights) {
        this.index = index;
        this.graph = graph;
        this.weights = weights;
        this.scorer = new Scorer(weights);
    }

    public StudioIndex index() {
        return index;
    }

    public SupplyGraph graph() {
        return graph;
    }

    public MatchWeights weights() {
        return weights;
    }

    /** The candidates of a need, before load is known. */
    public record Candidates(Map<String, Float> terms, Map<UUID, SupplyGraph.Reach> reach, List<Scorer.Candidate> hits) {
        public List<UUID> studioIds() {
            return hits.stream().map(h -> h.entry().doc().id()).toList();
        }
    }

    public Candidates candidates(MatchQuery q) {
        return candidates(q, List.of());
    }

    /**
     * The candidates of a need; {@code alsoScore} are studios scored whatever their BM25 rank (the
     * need's current proposals, so a re-scoring refreshes them rather than losing them past the top-k).
     */
    public Candidates candidates(MatchQuery q, java.util.Collection<UUID> alsoScore) {
        Map<String, Float> terms = distinctive(index.text().queryTerms(q.title(), q.description(), weights.maxQueryTerms()),
                index.stats(), weights.maxDocShare());
        Map<UUID, SupplyGraph.Reach> reach = graph.within(q.enterpriseId(), MAX_HOPS);
        List<Query> filters = new ArrayList<>();
        List<Query> exclusions = new ArrayList<>();
        scope(q, filters, exclusions);
        Map<UUID, Float> found = new LinkedHashMap<>();
        for (StudioIndex.Hit h : index.search(terms, filters, exclusions, weights.candidates())) {
            found.put(h.studioId(), h.bm25());
        }
        if (!reach.isEmpty() && weights.chainCandidates() > 0) {
            List<BytesRef> partners = reach.keySet().stream().map(id -> new BytesRef(id.toString())).toList();
            List<Query> partnerFilters = new ArrayList<>(filters);
            partnerFilters.add(new TermInSetQuery(StudioIndex.ENTERPRISE, partners));
            for (StudioIndex.Hit h : index.search(terms, partnerFilters, exclusions, weights.chainCandidates())) {
                found.putIfAbsent(h.studioId(), h.bm25());
            }
        }
        if (!alsoScore.isEmpty()) {
            List<Query> idFilters = new ArrayList<>(filters);
            idFilters.add(new TermInSetQuery(StudioIndex.ID, alsoScore.stream().map(id -> new BytesRef(id.toString())).toList()));
            for (StudioIndex.Hit h : index.search(terms, idFilters, exclusions, alsoScore.size())) {
                found.putIfAbsent(h.studioId(), h.bm25());
            }
        }
        List<Scorer.Candidate> hits = new ArrayList<>();
        found.forEach((id, bm25) -> {
            StudioIndex.Entry e = index.entry(id);
            if (e != null && Scorer.eligible(q, e.doc())) {
                hits.add(new Scorer.Candidate(e, bm25));
            }
        });
        return new Candidates(terms, reach, hits);
    }

    /**
     * The need's terms without those found in more than {@code maxShare} of all studios (e.g. 设备, 技术
     * in a large population): they hardly change BM25's order (their idf is near zero) but their long
     * postings are most of a query's cost. Only in a large population: a term must also be in more
     * than {@link #COMMON_FLOOR} studios, so a small replica keeps every term. If every term is that
     * common, all are kept.
     */
    static Map<String, Float> distinctive(Map<String, Float> terms, TermStats stats, double maxShare) {
        double limit = Math.max(COMMON_FLOOR, maxShare * stats.docCount());
        Map<String, Float> kept = new LinkedHashMap<>();
        terms.forEach((t, w) -> {
            if (stats.docFreq(stats.find(t)) <= limit) {
                kept.put(t, w);
            }
        });
        return kept.isEmpty() ? terms : kept;
    }

    public List<RankedStudio> rank(MatchQuery q, Candidates c, ToIntFunction<UUID> openMatches) {
        return scorer.rank(q, c.terms(), c.hits(), c.reach(), openMatches, index.stats());
    }

    public List<RankedStudio> match(MatchQuery q, ToIntFunction<UUID> openMatches) {
        return rank(q, candidates(q), openMatches);
    }

    private static void scope(MatchQuery q, List<Query> filters, List<Query> exclusions) {
        if (q.postingStudioId() != null) {
            exclusions.add(StudioIndex.term(StudioIndex.ID, q.postingStudioId().toString()));
        }
        switch (q.scope()) {
            case "OTHER_REGIONS" -> exclusions.add(StudioIndex.term(StudioIndex.PROVINCE, q.province()));
            case "NAMED" -> {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String code : q.scopeRegions()) {
                    any.add(code.endsWith("0000") ? StudioIndex.term(StudioIndex.PROVINCE, code.substring(0, 2))
                            : code.endsWith("00") ? StudioIndex.term(StudioIndex.PREFECTURE, code.substring(0, 4))
                            : StudioIndex.term(StudioIndex.REGION, code), BooleanClause.Occur.SHOULD);
                }
                filters.add(any.build());
            }
            default -> {
            }
        }
    }
}
