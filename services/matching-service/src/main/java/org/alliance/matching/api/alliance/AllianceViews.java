package org.alliance.matching.api.alliance;

import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.matching.domain.alliance.Alliance;
import org.alliance.matching.domain.alliance.AllianceKind;
import org.alliance.matching.domain.alliance.AllianceMember;
import org.alliance.matching.domain.alliance.AllianceService.State;
import org.alliance.matching.api.MatchViews.StudioCard;
import org.alliance.matching.api.decision.MatchConsoleViews;
import org.alliance.matching.domain.replica.Studio;

/** Alliance responses. Members are shown as match cards: alliances cross regions, contact details do not. */
public final class AllianceViews {

    private AllianceViews() {
    }

    public record MemberView(StudioCard studio, UUID enterpriseId, String enterpriseName, OffsetDateTime joinedAt,
            UUID viaMatchId, String addedBy) {
    }

    public record AllianceView(UUID id, String name, AllianceKind kind, String coordinatorName, String description,
            UUID fromMatchId, String formedBy, long version, List<MemberView> members, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    public static AllianceView of(State s) {
        return of(s.alliance(), s.members(), s.studios());
    }

    static AllianceView of(Alliance a, List<AllianceMember> members, Map<UUID, Studio> studios) {
        List<MemberView> views = members.stream().map(m -> {
            Studio s = studios.get(m.studioId);
            StudioCard card = s == null ? new StudioCard(m.studioId, null, null, null, null) : MatchConsoleViews.card(s);
            return new MemberView(card, s == null ? null : s.enterpriseId, s == null ? null : s.enterpriseName,
                    m.joinedAt, m.viaMatchId, m.addedBy);
        }).toList();
        return new AllianceView(a.id, a.name, a.kind, a.coordinatorName, a.description, a.fromMatchId, a.formedBy,
                a.version, views, a.createdAt, a.updatedAt);
    }

    /** Views of a page of alliances, loading all their members and studios in two queries. */
    static Uni<List<AllianceView>> of(List<Alliance> alliances) {
        if (alliances.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = alliances.stream().map(a -> a.id).toList();
        return AllianceMember.<AllianceMember>list("allianceId in ?1 order by joinedAt, studioId", ids).flatMap(members -> {
            Map<UUID, List<AllianceMember>> byAlliance = members.stream().collect(Collectors.groupingBy(m -> m.allianceId));
            List<UUID> studioIds = members.stream().map(m -> m.studioId).distinct().toList();
            Uni<List<Studio>> studios = studioIds.isEmpty() ? Uni.createFrom().item(List.of()) : Studio.list("id in ?1", studioIds);
            return studios.map(found -> {
                Map<UUID, Studio> byId = new HashMap<>();
                found.forEach(s -> byId.put(s.id, s));
                return alliances.stream().map(a -> of(a, byAlliance.getOrDefault(a.id, List.of()), byId)).toList();
            });
        });
    }
}
