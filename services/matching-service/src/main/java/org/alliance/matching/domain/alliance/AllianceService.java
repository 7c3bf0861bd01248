package org.alliance.matching.domain.alliance;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.messaging.alliance.AllianceEvents;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.Need;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.matching.domain.replica.SupplyLink;

/** Forms alliances and changes their membership; every method runs in the caller's transaction. */
@ApplicationScoped
public class AllianceService {

    @Inject
    AllianceEvents events;

    public record Formation(String name, AllianceKind kind, String coordinatorName, String description,
            List<UUID> members, UUID fromMatch) {
    }

    /** An alliance with its members and their replica records, in joining order. */
    public record State(Alliance alliance, List<AllianceMember> members, Map<UUID, Studio> studios) {
    }

    public Uni<State> form(Formation f, String actor) {
        return pairOf(f.fromMatch(), "fromMatch").flatMap(pair -> {
            Set<UUID> ids = new LinkedHashSet<>(pair);
            if (f.members() != null) {
                ids.addAll(f.members());
            }
            String field = f.members() == null || f.members().isEmpty() ? "fromMatch" : "members";
            return studios(ids, field).flatMap(joining -> links(joining.values()).flatMap(links -> {
                AllianceRules.requireFits(f.kind(), List.of(), rules(joining.values()), links, field);
                OffsetDateTime now = now();
                Alliance a = new Alliance();
                a.id = UUID.randomUUID();
                a.name = f.name();
                a.kind = f.kind();
                a.coordinatorName = f.coordinatorName();
                a.description = f.description();
                a.fromMatchId = f.fromMatch();
                a.formedBy = actor;
                a.version = 1;
                a.createdAt = now;
                a.updatedAt = now;
                List<AllianceMember> members = new ArrayList<>();
                for (UUID id : ids) {
                    members.add(member(a.id, id, pair.contains(id) ? f.fromMatch() : null, actor, now));
                }
                State state = new State(a, members, joining);
                return a.persist().chain(() -> AllianceMember.persist(members))
                        .chain(() -> events.formed(state)).replaceWith(state);
            }));
        });
    }

    /** Adds one studio, or both studios of an accepted match (those not yet members); one event per studio. */
    public Uni<State> add(UUID allianceId, UUID studioId, UUID fromMatch, String actor) {
        return load(allianceId, true).flatMap(state -> {
            Set<UUID> existing = new HashSet<>(state.studios().keySet());
            String field = fromMatch == null ? "studioId" : "fromMatch";
            Uni<List<UUID>> wanted = fromMatch == null ? Uni.createFrom().item(List.of(studioId)) : pairOf(fromMatch, field);
            return wanted.flatMap(ids -> {
                List<UUID> fresh = ids.stream().filter(id -> !existing.contains(id)).toList();
                if (fresh.isEmpty()) {
                    throw ProblemException.conflict(field + ": " + (fromMatch == null ? "studio " + studioId
                            : "both studios of match " + fromMatch) + " already belong to alliance " + allianceId);
                }
                return studios(new LinkedHashSet<>(fresh), field).flatMap(joining -> {
                    List<Studio> all = new ArrayList<>(state.studios().values());
                    all.addAll(joining.values());
                    return links(all).flatMap(links -> {
                        AllianceRules.requireFits(state.alliance().kind, rules(state.studios().values()),
                                rules(joining.values()), links, field);
                        Uni<State> chain = Uni.createFrom().item(state);
                        for (UUID id : fresh) {
                            chain = chain.flatMap(s -> join(s, joining.get(id), fromMatch, actor));
                        }
                        return chain;
                    });
                });
            });
        });
    }

    public Uni<State> remove(UUID allianceId, UUID studioId, String reason, String actor) {
        return load(allianceId, true).flatMap(state -> {
            AllianceMember leaving = state.members().stream().filter(m -> m.studioId.equals(studioId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("member of alliance " + allianceId + ": studio", studioId));
            List<AllianceMember> members = new ArrayList<>(state.members());
            members.remove(leaving);
            Alliance a = state.alliance();
            a.version++;
            a.updatedAt = now();
            State after = new State(a, members, state.studios());
            return leaving.delete().chain(() -> Panache.getSession().flatMap(s -> s.flush()))
                    .chain(() -> events.memberRemoved(after, studioId, reason, actor)).replaceWith(after);
        });
    }

    /** The alliance and its members, optionally locking its row against concurrent membership changes. */
    public Uni<State> load(UUID allianceId, boolean lock) {
        Uni<Alliance> alliance = lock ? Alliance.findById(allianceId, LockModeType.PESSIMISTIC_WRITE) : Alliance.findById(allianceId);
        return alliance.flatMap(a -> {
            if (a == null) {
                throw ProblemException.notFound("alliance", allianceId);
            }
            return AllianceMember.<AllianceMember>list("allianceId = ?1 order by joinedAt, studioId", allianceId)
                    .flatMap(members -> (members.isEmpty() ? Uni.createFrom().item(List.<Studio>of())
                            : Studio.<Studio>list("id in ?1", members.stream().map(m -> m.studioId).toList()))
                            .map(studios -> {
                                Map<UUID, Studio> byId = new HashMap<>();
                                studios.forEach(s -> byId.put(s.id, s));
                                return new State(a, members, byId);
                            }));
        });
    }

    private Uni<State> join(State state, Studio studio, UUID viaMatch, String actor) {
        OffsetDateTime now = now();
        AllianceMember m = member(state.alliance().id, studio.id, viaMatch, actor, now);
        Alliance a = state.alliance();
        a.version++;
        a.updatedAt = now;
        List<AllianceMember> members = new ArrayList<>(state.members());
        members.add(m);
        Map<UUID, Studio> studios = new HashMap<>(state.studios());
        studios.put(studio.id, studio);
        State after = new State(a, members, studios);
        return m.persist().chain(() -> events.memberAdded(after, studio.id, viaMatch, actor)).replaceWith(after);
    }

    /** The studios an accepted match pairs: the proposed studio, and the studio that posted the need if one did. */
    private static Uni<List<UUID>> pairOf(UUID matchId, String field) {
        if (matchId == null) {
            return Uni.createFrom().item(List.of());
        }
        return Match.<Match>findById(matchId).flatMap(match -> {
            if (match == null) {
                throw ProblemException.unprocessable(field, "match " + matchId + " does not exist");
            }
            if (match.status != Match.Status.ACCEPTED) {
                throw ProblemException.unprocessable(field, "match " + matchId + " is " + match.status
                        + "; only a match both sides accepted can start or join an alliance");
            }
            return Need.<Need>findById(match.needId).map(need -> need.studioId == null || need.studioId.equals(match.studioId)
                    ? List.of(match.studioId) : List.of(match.studioId, need.studioId));
        });
    }

    private static Uni<Map<UUID, Studio>> studios(Set<UUID> ids, String field) {
        return Studio.<Studio>list("id in ?1", ids).map(found -> {
            Map<UUID, Studio> byId = new LinkedHashMap<>();
            Map<UUID, Studio> loaded = new HashMap<>();
            found.forEach(s -> loaded.put(s.id, s));
            for (UUID id : ids) {
                Studio s = loaded.get(id);
                if (s == null) {
                    throw ProblemException.unprocessable(field, "studio " + id + " is not known to the registry");
                }
                byId.put(id, s);
            }
            return byId;
        });
    }

    /** Active supply links among the given studios' enterprises, as an undirected adjacency map. */
    private static Uni<Map<UUID, Set<UUID>>> links(Collection<Studio> studios) {
        Set<UUID> enterprises = new HashSet<>();
        studios.forEach(s -> enterprises.add(s.enterpriseId));
        return SupplyLink.<SupplyLink>list("active = true and upstreamEnterpriseId in ?1 and downstreamEnterpriseId in ?1",
                enterprises).map(found -> {
                    Map<UUID, Set<UUID>> adjacency = new HashMap<>();
                    for (SupplyLink l : found) {
                        adjacency.computeIfAbsent(l.upstreamEnterpriseId, k -> new HashSet<>()).add(l.downstreamEnterpriseId);
                        adjacency.computeIfAbsent(l.downstreamEnterpriseId, k -> new HashSet<>()).add(l.upstreamEnterpriseId);
                    }
                    return adjacency;
                });
    }

    private static List<AllianceRules.Member> rules(Collection<Studio> studios) {
        return studios.stream().map(s -> new AllianceRules.Member(s.id, s.name, s.enterpriseId, s.regionCode,
                "REVOKED".equals(s.status))).toList();
    }

    private static AllianceMember member(UUID allianceId, UUID studioId, UUID viaMatch, String actor, OffsetDateTime at) {
        AllianceMember m = new AllianceMember();
        m.allianceId = allianceId;
        m.studioId = studioId;
        m.viaMatchId = viaMatch;
        m.addedBy = actor;
        m.joinedAt = at;
        return m;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
