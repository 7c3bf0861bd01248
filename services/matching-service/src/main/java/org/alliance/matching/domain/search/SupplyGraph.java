package org.alliance.matching.domain.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active supply links in memory, as an undirected graph of enterprises (a supplier and a customer
 * are both partners), for the supply-chain feature of every match. The replica's tables stay the
 * record; this is rebuilt from them at start and kept in step by the event handlers.
 */
public final class SupplyGraph {

    /** One link, as the registry knows it: {@code upstream} supplies {@code downstream}. */
    public record Link(UUID id, UUID upstream, UUID downstream, String product) {
    }

    /**
     * One step of a path from the need's enterprise: {@code direction} says how {@code to} relates to
     * {@code from}: {@code UPSTREAM} (to supplies from) or {@code DOWNSTREAM} (from supplies to).
     */
    public record Step(UUID from, String fromName, UUID to, String toName, String direction, String product, UUID linkId) {
    }

    /** An enterprise reached from the origin, with the path that reached it. */
    public record Reach(UUID enterpriseId, int hops, List<Step> path) {
    }

    private final Map<UUID, Link> links = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> linksByEnterprise = new ConcurrentHashMap<>();
    private final Map<UUID, String> enterpriseNames = new ConcurrentHashMap<>();

    public void putEnterprise(UUID id, String name) {
        enterpriseNames.put(id, name);
    }

    /** Adds or replaces a link; an inactive link is removed. */
    public synchronized void putLink(Link link, boolean active) {
        Link old = links.remove(link.id());
        if (old != null) {
            detach(old.upstream(), old.id());
            detach(old.downstream(), old.id());
        }
        if (active && !link.upstream().equals(link.downstream())) {
            links.put(link.id(), link);
            linksByEnterprise.computeIfAbsent(link.upstream(), k -> ConcurrentHashMap.newKeySet()).add(link.id());
            linksByEnterprise.computeIfAbsent(link.downstream(), k -> ConcurrentHashMap.newKeySet()).add(link.id());
        }
    }

    private void detach(UUID enterprise, UUID linkId) {
        Set<UUID> ids = linksByEnterprise.get(enterprise);
        if (ids != null) {
            ids.remove(linkId);
        }
    }

    public int linkCount() {
        return links.size();
    }

    /**
     * Every enterprise within {@code maxHops} of {@code origin}, origin excluded, by breadth-first
     * search. Neighbours are visited in id order, so the path chosen among equally short ones is
     * always the same.
     */
    public Map<UUID, Reach> within(UUID origin, int maxHops) {
        Map<UUID, Reach> reached = new LinkedHashMap<>();
        if (origin == null || maxHops < 1) {
            return reached;
        }
        Map<UUID, List<Step>> paths = new HashMap<>();
        paths.put(origin, List.of());
        Deque<UUID> queue = new ArrayDeque<>();
        queue.add(origin);
        while (!queue.isEmpty()) {
            UUID at = queue.poll();
            List<Step> pathHere = paths.get(at);
            if (pathHere.size() == maxHops) {
                continue;
            }
            for (Step step : steps(at)) {
                if (paths.containsKey(step.to())) {
                    continue;
                }
                List<Step> path = new ArrayList<>(pathHere);
                path.add(step);
                paths.put(step.to(), List.copyOf(path));
                reached.put(step.to(), new Reach(step.to(), path.size(), List.copyOf(path)));
                queue.add(step.to());
            }
        }
        return reached;
    }

    private List<Step> steps(UUID from) {
        Set<UUID> ids = linksByEnterprise.get(from);
        if (ids == null) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        for (UUID id : new TreeSet<>(ids)) {
            Link l = links.get(id);
            if (l == null) {
                continue;
            }
            boolean fromIsUpstream = l.upstream().equals(from);
            UUID to = fromIsUpstream ? l.downstream() : l.upstream();
            steps.add(new Step(from, enterpriseNames.get(from), to, enterpriseNames.get(to),
                    fromIsUpstream ? "DOWNSTREAM" : "UPSTREAM", l.product(), l.id()));
        }
        steps.sort(Comparator.comparing((Step s) -> s.to().toString()).thenComparing(s -> s.linkId().toString()));
        return steps;
    }
}
