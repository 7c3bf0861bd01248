package org.alliance.matching.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.apache.lucene.util.SmallFloat;

/**
 * The baseline the benchmark holds the index against: it scores every studio, computing BM25 itself
 * from the forward index (with Lucene's formula and its one-byte length encoding, so the two agree),
 * then applies the same re-rank. Without an inverted index its cost grows with the number of studios.
 */
public final class NaiveScan {

    private final StudioIndex index;
    private final SupplyGraph graph;
    private final MatchWeights weights;
    private final Scorer scorer;

    public NaiveScan(StudioIndex index, SupplyGraph graph, MatchWeights weights) {
        this.index = index;
        this.graph = graph;
        this.weights = weights;
        this.scorer = new Scorer(weights);
    }

    public List<RankedStudio> match(MatchQuery q, ToIntFunction<UUID> openMatches) {
        TermStats stats = index.stats();
        Map<String, Float> terms = MatchEngine.distinctive(index.text().queryTerms(q.title(), q.description(),
                weights.maxQueryTerms()), stats, weights.maxDocShare());
        int n = terms.size();
        int[] ids = new int[n];
        float[] termWeights = new float[n];
        int i = 0;
        int docCount = stats.docCount();
        for (Map.Entry<String, Float> t : terms.entrySet()) {
            ids[i] = stats.find(t.getKey());
            int df = stats.docFreq(ids[i]);
            float idf = (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
            termWeights[i++] = t.getValue() * idf;
        }
        float avgdl = (float) stats.averageLength();
        Map<UUID, SupplyGraph.Reach> reach = graph.within(q.enterpriseId(), MatchEngine.MAX_HOPS);
        List<Scorer.Candidate> candidates = new ArrayList<>();
        for (StudioIndex.Entry e : index.entries()) {
            if (!Scorer.eligible(q, e.doc())) {
                continue;
            }
            TermStats.DocTerms doc = e.terms();
            float normInverse = 1f / (StudioIndex.K1 * ((1 - StudioIndex.B)
                    + StudioIndex.B * SmallFloat.byte4ToInt(SmallFloat.intToByte4(doc.length())) / avgdl));
            float bm25 = 0;
            for (int k = 0; k < n; k++) {
                int freq = ids[k] < 0 ? 0 : doc.freq(ids[k]);
                if (freq > 0) {
                    bm25 += termWeights[k] - termWeights[k] / (1f + freq * normInverse);
                }
            }
            if (bm25 > 0) {
                candidates.add(new Scorer.Candidate(e, bm25));
            }
        }
        return scorer.rank(q, terms, candidates, reach, openMatches, stats);
    }
}
