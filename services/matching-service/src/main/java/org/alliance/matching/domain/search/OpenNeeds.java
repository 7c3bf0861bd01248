package org.alliance.matching.domain.search;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open needs' terms and enterprises in memory, to find the needs a studio or supply-link change
 * affects without reading every need from the database. The need table stays the record: a need
 * found here is re-read and re-checked before it is re-scored.
 */
public final class OpenNeeds {

    private record Entry(UUID enterpriseId, Set<String> terms) {
    }

    private final Map<UUID, Entry> needs = new ConcurrentHashMap<>();

    public void put(UUID needId, UUID enterpriseId, Set<String> terms) {
        needs.put(needId, new Entry(enterpriseId, Set.copyOf(terms)));
    }

    public void remove(UUID needId) {
        needs.remove(needId);
    }

    public int size() {
        return needs.size();
    }

    public List<UUID> all() {
        return needs.keySet().stream().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    /** Open needs sharing terms with {@code studioTerms}: most shared terms first, then by id, at most {@code limit}. */
    public List<UUID> sharingTerms(Set<String> studioTerms, int limit) {
        record Overlap(UUID id, int shared) {
        }
        return needs.entrySet().stream()
                .map(e -> {
                    Set<String> shared = new HashSet<>(e.getValue().terms());
                    shared.retainAll(studioTerms);
                    return new Overlap(e.getKey(), shared.size());
                })
                .filter(o -> o.shared() > 0)
                .sorted(Comparator.comparingInt(Overlap::shared).reversed().thenComparing(o -> o.id().toString()))
                .limit(limit)
                .map(Overlap::id)
                .toList();
    }

    /** Open needs posted for one of {@code enterprises}. */
    public List<UUID> ofEnterprises(Set<UUID> enterprises) {
        return needs.entrySet().stream()
                .filter(e -> e.getValue().enterpriseId() != null && enterprises.contains(e.getValue().enterpriseId()))
                .map(Map.Entry::getKey).sorted(Comparator.comparing(UUID::toString)).toList();
    }
}
