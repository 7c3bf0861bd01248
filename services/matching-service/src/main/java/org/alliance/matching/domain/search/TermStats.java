package org.alliance.matching.domain.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A forward index: each studio's terms with their frequencies, and the collection statistics BM25
 * needs (document frequency per term, document count, total length). The explanations read matched
 * terms from it, and the naive scan scores every studio from it without the inverted index.
 * Writes are serialized by {@link StudioIndex}.
 */
public final class TermStats {

    /** One studio's terms as sorted term ids with their frequencies, and its length in terms. */
    public record DocTerms(int[] termIds, int[] freqs, int length) {
        public int freq(int termId) {
            int at = Arrays.binarySearch(termIds, termId);
            return at < 0 ? 0 : freqs[at];
        }
    }

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private int[] docFreq = new int[1024];
    private volatile int docCount;
    private volatile long totalLength;

    DocTerms add(List<String> terms) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (String t : terms) {
            counts.merge(idOf(t), 1, Integer::sum);
        }
        int[] termIds = new int[counts.size()];
        int[] freqs = new int[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            termIds[i] = e.getKey();
            freqs[i++] = e.getValue();
            docFreq[e.getKey()]++;
        }
        docCount++;
        totalLength += terms.size();
        return new DocTerms(termIds, freqs, terms.size());
    }

    void remove(DocTerms doc) {
        for (int id : doc.termIds()) {
            docFreq[id]--;
        }
        docCount--;
        totalLength -= doc.length();
    }

    private int idOf(String term) {
        Integer known = ids.get(term);
        if (known != null) {
            return known;
        }
        int id = ids.size();
        ids.put(term, id);
        names.put(id, term);
        if (id >= docFreq.length) {
            docFreq = Arrays.copyOf(docFreq, docFreq.length * 2);
        }
        return id;
    }

    /** The id of a known term, or -1. */
    public int find(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    public String name(int termId) {
        return names.get(termId);
    }

    public int docFreq(int termId) {
        return termId < 0 || termId >= docFreq.length ? 0 : docFreq[termId];
    }

    public int docCount() {
        return docCount;
    }

    public double averageLength() {
        return docCount == 0 ? 0 : (double) totalLength / docCount;
    }
}
