package org.alliance.matching.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of studio capabilities (name + summary + keywords, segmented by
 * smartcn) with BM25, beside the studios' facts and a forward index of their terms. Revoked studios
 * are removed, never indexed. Writes are serialized; searches run concurrently on the last
 * refreshed view.
 */
public final class StudioIndex implements AutoCloseable {

    public static final String TEXT = "capability";
    static final String ID = "id";
    static final String ENTERPRISE = "enterprise";
    static final String REGION = "region";
    static final String PREFECTURE = "prefecture";
    static final String PROVINCE = "province";
    /** Lucene's BM25 defaults; the naive scan uses the same. */
    public static final float K1 = 1.2f;
    public static final float B = 0.75f;

    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.freeze();
    }

    /** A studio as the index holds it. */
    public record Entry(StudioDoc doc, TermStats.DocTerms terms) {
    }

    /** A BM25 hit. */
    public record Hit(UUID studioId, float bm25) {
    }

    private final ChineseText text;
    private final Path location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final TermStats stats = new TermStats();

    public StudioIndex(ChineseText text) {
        this.text = text;
        try {
            // memory-mapped files in a temporary directory: searches read them about a quarter faster than
            // a heap ByteBuffersDirectory, and the page cache, not the heap, holds them
            location = Files.createTempDirectory("studio-index");
            directory = new MMapDirectory(location);
            IndexWriterConfig config = new IndexWriterConfig(text.analyzer()).setSimilarity(new BM25Similarity(K1, B))
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChineseText text() {
        return text;
    }

    /** Adds or replaces a studio (a revoked one is removed). Visible to searches after {@link #refresh()}. */
    public void put(StudioDoc doc) {
        put(doc, analyze(doc));
    }

    /** The terms {@link #put(StudioDoc, List)} indexes; thread-safe, so a bulk load can segment in parallel. */
    public List<String> analyze(StudioDoc doc) {
        return doc.revoked() ? List.of() : text.terms(doc.capabilityText());
    }

    /** As {@link #put(StudioDoc)}, with the terms {@link #analyze} gave. */
    public synchronized void put(StudioDoc doc, List<String> terms) {
        remove(doc.id());
        if (doc.revoked()) {
            return;
        }
        TermStats.DocTerms docTerms = stats.add(terms);
        Document d = new Document();
        String id = doc.id().toString();
        d.add(new StringField(ID, id, Field.Store.NO));
        d.add(new SortedDocValuesField(ID, new BytesRef(id)));
        d.add(new StringField(ENTERPRISE, doc.enterpriseId().toString(), Field.Store.NO));
        d.add(new StringField(REGION, doc.regionCode(), Field.Store.NO));
        d.add(new StringField(PREFECTURE, doc.regionCode().substring(0, 4), Field.Store.NO));
        d.add(new StringField(PROVINCE, doc.province(), Field.Store.NO));
        d.add(new Field(TEXT, new TermListStream(terms), TEXT_TYPE));
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put(doc.id(), new Entry(doc, docTerms));
    }

    public synchronized void remove(UUID studioId) {
        Entry old = entries.remove(studioId);
        if (old == null) {
            return;
        }
        stats.remove(old.terms());
        try {
            writer.deleteDocuments(new Term(ID, studioId.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment, after a bulk load: a query then looks each term up once
     * rather than once per segment. Later single updates add small segments again, merged as usual.
     */
    public synchronized void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    public Entry entry(UUID studioId) {
        return entries.get(studioId);
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    public TermStats stats() {
        return stats;
    }

    /**
     * The {@code k} best studios by BM25 for the weighted {@code terms} that pass {@code filters} and
     * none of {@code exclusions}; at least one term must match.
     */
    public List<Hit> search(Map<String, Float> terms, List<Query> filters, List<Query> exclusions, int k) {
        if (terms.isEmpty()) {
            return List.of();
        }
        // a pure disjunction of the terms, so Lucene scores it with block-max WAND; filters wrap it
        BooleanQuery.Builder disjunction = new BooleanQuery.Builder();
        terms.forEach((t, w) -> disjunction.add(new BoostQuery(new TermQuery(new Term(TEXT, t)), w), BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(disjunction.build(), BooleanClause.Occur.MUST);
        filters.forEach(f -> query.add(f, BooleanClause.Occur.FILTER));
        exclusions.forEach(f -> query.add(f, BooleanClause.Occur.MUST_NOT));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.setSimilarity(new BM25Similarity(K1, B));
                // count hits only up to k: past that, block-max WAND may skip studios that cannot enter the top k
                // (search(query, k) would count the first 1,000 exactly); the top k stays exact
                ScoreDoc[] docs = searcher.search(query.build(), new TopScoreDocCollectorManager(k, null, k)).scoreDocs;
                return hits(searcher, docs);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        ScoreDoc[] byDoc = docs.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Hit> hits = new ArrayList<>(docs.length);
        int leafIndex = -1;
        SortedDocValues ids = null;
        for (ScoreDoc sd : byDoc) {
            int leaf = ReaderUtil.subIndex(sd.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                ids = DocValues.getSorted(leaves.get(leaf).reader(), ID);
            }
            int local = sd.doc - leaves.get(leaf).docBase;
            if (ids.advanceExact(local)) {
                hits.add(new Hit(UUID.fromString(ids.lookupOrd(ids.ordValue()).utf8ToString()), sd.score));
            }
        }
        return hits;
    }

    public static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        try (var files = Files.walk(location)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
