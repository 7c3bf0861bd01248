package org.alliance.review.domain.assignment;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The registry facts conflicts of interest rest on, indexed once per assignment run: who supplies whom
 * (active supply links, one link away) and which group each enterprise belongs to. Only the
 * enterprises of the cases being assigned need their links: the index keeps no others.
 */
public final class EnterpriseRelations {

    /** A supply link: {@code upstream} supplies {@code downstream}. */
    public record Link(UUID upstream, UUID downstream) {
    }

    /** A group (集团): its head enterprise, which tells groups apart, and the head's name (null until the replica has it). */
    public record Group(UUID head, String name) {
    }

    private final Map<UUID, Set<UUID>> suppliers = new HashMap<>();
    private final Map<UUID, Set<UUID>> customers = new HashMap<>();
    private final Map<UUID, Group> groups;

    private EnterpriseRelations(Map<UUID, Group> groups) {
        this.groups = groups;
    }

    /**
     * @param applicants the enterprises whose neighbours are asked for (links between other enterprises are skipped)
     * @param links      active supply links
     * @param groups     enterprise id to its group; enterprises of no group are absent
     */
    public static EnterpriseRelations of(Set<UUID> applicants, Collection<Link> links, Map<UUID, Group> groups) {
        EnterpriseRelations relations = new EnterpriseRelations(Map.copyOf(groups));
        for (Link link : links) {
            if (applicants.contains(link.downstream())) {
                relations.suppliers.computeIfAbsent(link.downstream(), k -> new HashSet<>()).add(link.upstream());
            }
            if (applicants.contains(link.upstream())) {
                relations.customers.computeIfAbsent(link.upstream(), k -> new HashSet<>()).add(link.downstream());
            }
        }
        return relations;
    }

    /** Whether {@code other} supplies {@code applicant} directly. */
    public boolean supplies(UUID other, UUID applicant) {
        return suppliers.getOrDefault(applicant, Set.of()).contains(other);
    }

    /** Whether {@code applicant} supplies {@code other} directly. */
    public boolean isSuppliedBy(UUID other, UUID applicant) {
        return customers.getOrDefault(applicant, Set.of()).contains(other);
    }

    /** The group of an enterprise, or null. */
    public Group group(UUID enterprise) {
        return enterprise == null ? null : groups.get(enterprise);
    }
}
