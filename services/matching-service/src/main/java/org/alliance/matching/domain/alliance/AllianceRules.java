package org.alliance.matching.domain.alliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;

/**
 * Whether a set of studios fits an alliance kind. Checked when an alliance is formed and when a
 * studio joins; a removal is never refused, since a studio leaving is a fact the alliance must live
 * with.
 */
public final class AllianceRules {

    /** What the rules need to know about a (prospective) member, read from the replica. */
    public record Member(UUID studioId, String name, UUID enterpriseId, String regionCode, boolean revoked) {
    }

    private AllianceRules() {
    }

    /**
     * Fails with 422 naming {@code field} unless the alliance's members after the change fit
     * {@code kind}. Only the joining studios are checked for revocation: a member revoked after it
     * joined stays until a coordinator removes it, and does not block others from joining.
     *
     * @param existing the members before the change (empty when forming)
     * @param joining  the studios joining
     * @param links    active supply links among the members' enterprises, each enterprise mapped to its direct partners
     */
    public static void requireFits(AllianceKind kind, List<Member> existing, List<Member> joining,
            Map<UUID, Set<UUID>> links, String field) {
        for (Member m : joining) {
            if (m.revoked()) {
                throw ProblemException.unprocessable(field, "studio " + m.studioId() + " (" + m.name()
                        + ") is revoked and cannot join an alliance");
            }
        }
        List<Member> members = new ArrayList<>(existing);
        members.addAll(joining);
        if (members.size() < 2) {
            throw ProblemException.unprocessable(field, "an alliance needs at least two member studios");
        }
        switch (kind) {
            case INTRA_ENTERPRISE -> requireOneEnterprise(members, field);
            case SUPPLY_CHAIN -> requireLinkedChain(members, links, field);
            case CROSS_REGION -> requireTwoRegions(members, field);
        }
    }

    private static void requireOneEnterprise(List<Member> members, String field) {
        UUID first = members.get(0).enterpriseId();
        for (Member m : members) {
            if (!m.enterpriseId().equals(first)) {
                throw ProblemException.unprocessable(field, "an INTRA_ENTERPRISE alliance keeps to one enterprise: studio "
                        + m.studioId() + " belongs to enterprise " + m.enterpriseId() + ", not " + first);
            }
        }
    }

    /** The members' enterprises must be at least two, and connected through direct supply links among themselves. */
    private static void requireLinkedChain(List<Member> members, Map<UUID, Set<UUID>> links, String field) {
        Set<UUID> enterprises = new LinkedHashSet<>();
        members.forEach(m -> enterprises.add(m.enterpriseId()));
        if (enterprises.size() < 2) {
            throw ProblemException.unprocessable(field,
                    "a SUPPLY_CHAIN alliance joins studios of upstream and downstream enterprises: all members are in one enterprise");
        }
        Set<UUID> reached = new HashSet<>();
        Deque<UUID> queue = new ArrayDeque<>();
        UUID start = enterprises.iterator().next();
        queue.add(start);
        reached.add(start);
        while (!queue.isEmpty()) {
            for (UUID partner : links.getOrDefault(queue.poll(), Set.of())) {
                if (enterprises.contains(partner) && reached.add(partner)) {
                    queue.add(partner);
                }
            }
        }
        for (Member m : members) {
            if (!reached.contains(m.enterpriseId())) {
                throw ProblemException.unprocessable(field, "a SUPPLY_CHAIN alliance's enterprises must be linked by supply links:"
                        + " studio " + m.studioId() + "'s enterprise " + m.enterpriseId()
                        + " has no supply link to the other members' enterprises");
            }
        }
    }

    /**
     * Cross-region means across provinces (the first two digits of the GB/T 2260 code), as the
     * matching engine's cross-region feature counts it: 340000 and 340600 are one region.
     */
    private static void requireTwoRegions(List<Member> members, String field) {
        if (members.stream().map(m -> m.regionCode().substring(0, 2)).distinct().count() >= 2) {
            return;
        }
        throw ProblemException.unprocessable(field, "a CROSS_REGION alliance needs members from at least two provinces");
    }
}
