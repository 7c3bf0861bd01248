package org.alliance.matching.api.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.matching.api.MatchViews.StudioCard;
import org.alliance.matching.domain.decision.MatchDecision;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.Need;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;

/**
 * Renders matches for a caller. Across regions only a card of the studio crosses (name, tier, region,
 * capability summary); a side's contact details appear once both sides accepted, or when the caller
 * is that side's own union (it is its own region's record anyway).
 */
@ApplicationScoped
public class MatchConsoleViews {

    @Inject
    ObjectMapper json;

    /** The engine's card of a studio: what crosses regions before acceptance. */
    public static StudioCard card(Studio s) {
        return new StudioCard(s.id, s.name, s.tier, s.regionCode, s.capabilitySummary);
    }

    public record NeedSummary(UUID id, String title, String description, String industryCode, String regionCode,
            Need.Urgency urgency, Need.Status status) {
    }

    public record DecisionView(String side, String decision, String reason, String decidedBy, OffsetDateTime decidedAt) {
        static DecisionView of(MatchDecision d) {
            return new DecisionView(d.side.name(), d.decision.name(), d.reason, d.decidedBy, d.decidedAt);
        }
    }

    public record Contact(UUID studioId, String studioName, String person, String phone, String email, String postedBy) {
    }

    public record MatchView(UUID id, Match.Status status, double score, int rank, JsonNode explanation,
            NeedSummary need, StudioCard studio, List<DecisionView> decisions,
            Contact needContact, Contact studioContact, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** Views of {@code matches} in their order, loading needs, studios and decisions in three queries. */
    public Uni<List<MatchView>> render(List<Match> matches, Caller caller) {
        if (matches.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> matchIds = matches.stream().map(m -> m.id).toList();
        Set<UUID> studioIds = new HashSet<>();
        Set<UUID> needIds = new HashSet<>();
        matches.forEach(m -> {
            studioIds.add(m.studioId);
            needIds.add(m.needId);
        });
        return Need.<Need>list("id in ?1", needIds).flatMap(needs -> {
            Map<UUID, Need> needById = byId(needs, n -> n.id);
            needs.stream().filter(n -> n.studioId != null).forEach(n -> studioIds.add(n.studioId));
            return Studio.<Studio>list("id in ?1", studioIds).flatMap(studios -> MatchDecision.<MatchDecision>list(
                    "matchId in ?1", matchIds).map(decisions -> {
                        Map<UUID, Studio> studioById = byId(studios, s -> s.id);
                        Map<UUID, List<MatchDecision>> decisionsByMatch = decisions.stream()
                                .sorted(Comparator.comparing((MatchDecision d) -> d.decidedAt))
                                .collect(Collectors.groupingBy(d -> d.matchId));
                        return matches.stream().map(m -> view(m, needById.get(m.needId), studioById,
                                decisionsByMatch.getOrDefault(m.id, List.of()), caller)).toList();
                    }));
        });
    }

    private MatchView view(Match m, Need need, Map<UUID, Studio> studios, List<MatchDecision> decisions, Caller caller) {
        Studio studio = studios.get(m.studioId);
        boolean accepted = m.status == Match.Status.ACCEPTED;
        Contact needContact = null;
        if (accepted || ownRegion(caller, m.needRegionCode)) {
            Studio poster = need.studioId == null ? null : studios.get(need.studioId);
            needContact = poster == null
                    ? new Contact(null, null, null, null, null, need.postedBy)
                    : new Contact(poster.id, poster.name, poster.contactPerson, poster.contactPhone, poster.contactEmail, need.postedBy);
        }
        Contact studioContact = studio != null && (accepted || ownRegion(caller, m.studioRegionCode))
                ? new Contact(studio.id, studio.name, studio.contactPerson, studio.contactPhone, studio.contactEmail, null)
                : null;
        StudioCard card = studio == null
                ? new StudioCard(m.studioId, null, null, m.studioRegionCode, null)
                : card(studio);
        return new MatchView(m.id, m.status, m.score, m.rank, explanation(m.explanation),
                new NeedSummary(need.id, need.title, need.description, need.industryCode, need.regionCode, need.urgency, need.status),
                card, decisions.stream().map(DecisionView::of).toList(), needContact, studioContact, m.createdAt, m.updatedAt);
    }

    private static boolean ownRegion(Caller caller, String regionCode) {
        return caller.isRegionBound() && caller.sees(regionCode);
    }

    private JsonNode explanation(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("stored match explanation is not JSON", e);
        }
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
