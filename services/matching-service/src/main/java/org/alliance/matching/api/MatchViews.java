package org.alliance.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;

/** How a match is shown: a card for the studio, contact details only where the rules allow. */
public final class MatchViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MatchViews() {
    }

    /** What crosses regions before acceptance: never contact details. */
    public record StudioCard(UUID id, String name, String tier, String regionCode, String capabilitySummary) {
    }

    public record Contact(String person, String phone, String email) {
    }

    public record MatchView(UUID id, UUID needId, int rank, double score, Match.Status status, StudioCard studio,
            Contact contact, JsonNode explanation, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    static List<MatchView> of(List<Match> matches, List<Studio> studios, Caller caller) {
        Map<UUID, Studio> byId = studios.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<Match> ordered = matches.stream()
                .sorted(Comparator.comparingDouble((Match m) -> -m.score).thenComparing(m -> m.studioId.toString()))
                .toList();
        return java.util.stream.IntStream.range(0, ordered.size()).mapToObj(i -> {
            Match m = ordered.get(i);
            Studio s = byId.get(m.studioId);
            StudioCard card = s == null ? new StudioCard(m.studioId, null, null, m.studioRegionCode, null)
                    : new StudioCard(s.id, s.name, s.tier, s.regionCode, s.capabilitySummary);
            boolean contactVisible = s != null && (m.status == Match.Status.ACCEPTED
                    || caller.isRegionBound() && RegionScope.covers(caller.region(), s.regionCode));
            Contact contact = contactVisible ? new Contact(s.contactPerson, s.contactPhone, s.contactEmail) : null;
            return new MatchView(m.id, m.needId, i + 1, m.score, m.status, card, contact, parse(m.explanation),
                    m.createdAt, m.updatedAt);
        }).toList();
    }

    private static JsonNode parse(String explanation) {
        try {
            return JSON.readTree(explanation);
        } catch (Exception e) {
            throw new IllegalStateException("stored explanation is not JSON", e);
        }
    }
}
