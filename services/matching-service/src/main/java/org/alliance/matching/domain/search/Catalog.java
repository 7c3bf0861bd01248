package org.alliance.matching.domain.search;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The service's in-memory search state: the studio index and the supply graph, derived from the
 * replica tables. Each put carries the aggregate's version and is ignored when it is not newer than
 * what is held, so the start-up load, a rebuild and the live event handlers may overlap and still
 * end on the newest state. The service has one (see {@code config.CatalogProducer}); the benchmark
 * builds its own.
 */
public class Catalog implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Catalog.class);

    private final ChineseText text = new ChineseText();
    private final SupplyGraph graph = new SupplyGraph();
    private final Map<UUID, Long> studioVersions = new ConcurrentHashMap<>();
    private final Map<UUID, Long> linkVersions = new ConcurrentHashMap<>();
    private final Map<UUID, Long> enterpriseVersions = new ConcurrentHashMap<>();
    private final StudioIndex index;
    private final MatchEngine engine;

    public Catalog(MatchWeights weights) {
        index = new StudioIndex(text);
        engine = new MatchEngine(index, graph, weights);
    }

    public MatchEngine engine() {
        return engine;
    }

    public ChineseText text() {
        return text;
    }

    /** Adds or replaces a studio if {@code version} is newer; visible to searches after {@link #refresh()}. */
    public synchronized boolean putStudio(StudioDoc doc, long version) {
        if (!newer(studioVersions, doc.id(), version)) {
            return false;
        }
        index.put(doc);
        return true;
    }

    /**
     * Many studios at once (a rebuild): segmentation, the costly part, runs in parallel; the index
     * writes and version checks stay serialized.
     */
    public void putStudios(List<StudioDoc> docs, List<Long> versions) {
        List<List<String>> terms = docs.parallelStream().map(index::analyze).toList();
        synchronized (this) {
            for (int i = 0; i < docs.size(); i++) {
                if (newer(studioVersions, docs.get(i).id(), versions.get(i))) {
                    index.put(docs.get(i), terms.get(i));
                }
            }
        }
    }

    public synchronized boolean putLink(SupplyGraph.Link link, boolean active, long version) {
        if (!newer(linkVersions, link.id(), version)) {
            return false;
        }
        graph.putLink(link, active);
        return true;
    }

    public synchronized boolean putEnterprise(UUID id, String name, long version) {
        if (!newer(enterpriseVersions, id, version)) {
            return false;
        }
        graph.putEnterprise(id, name);
        return true;
    }

    private static boolean newer(Map<UUID, Long> versions, UUID id, long version) {
        Long held = versions.get(id);
        if (held != null && held >= version) {
            return false;
        }
        versions.put(id, version);
        return true;
    }

    public void refresh() {
        index.refresh();
    }

    /** After a bulk load: one segment, faster queries (see {@link StudioIndex#compact()}). */
    public void compact() {
        index.compact();
    }

    public StudioIndex.Entry studio(UUID id) {
        return index.entry(id);
    }

    public Collection<StudioIndex.Entry> studios() {
        return index.entries();
    }

    public int studioCount() {
        return studioVersions.size();
    }

    public int linkCount() {
        return graph.linkCount();
    }

    public int enterpriseCount() {
        return enterpriseVersions.size();
    }

    /** Loads the replica tables into memory (at start: the replica is the record, memory derives from it). */
    public Uni<Void> loadFrom(Pool pool) {
        long start = System.nanoTime();
        return pool.query("SELECT id, name, version FROM enterprise").execute()
                .invoke(rows -> rows.forEach(r -> putEnterprise(r.getUUID("id"), r.getString("name"), r.getLong("version"))))
                .chain(() -> pool.query("SELECT id, upstream_enterprise_id, downstream_enterprise_id, product, active, version"
                        + " FROM supply_link").execute())
                .invoke(rows -> rows.forEach(r -> putLink(new SupplyGraph.Link(r.getUUID("id"),
                        r.getUUID("upstream_enterprise_id"), r.getUUID("downstream_enterprise_id"), r.getString("product")),
                        r.getBoolean("active"), r.getLong("version"))))
                .chain(() -> pool.query("SELECT id, name, enterprise_id, enterprise_name, region_code, industry_section,"
                        + " industry_division, tier, status, capability_summary, keywords, version FROM studio").execute())
                .invoke(rows -> {
                    rows.forEach(r -> putStudio(studioOf(r), r.getLong("version")));
                    compact();
                    LOG.infof("catalog loaded: %d studios, %d enterprises, %d active links in %d ms", studioCount(),
                            enterpriseCount(), linkCount(), (System.nanoTime() - start) / 1_000_000);
                })
                .replaceWithVoid();
    }

    public static StudioDoc studioOf(Row r) {
        String[] keywords = r.getArrayOfStrings("keywords");
        return new StudioDoc(r.getUUID("id"), r.getString("name"), r.getUUID("enterprise_id"), r.getString("enterprise_name"),
                r.getString("region_code"), r.getString("industry_section"), r.getString("industry_division"),
                r.getString("tier"), r.getString("status"), r.getString("capability_summary"),
                keywords == null ? List.of() : Arrays.asList(keywords));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
