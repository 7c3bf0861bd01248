package org.alliance.matching.domain.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The labelled needs of {@code evaluation/seed-needs.txt}: each need, the studios that should be
 * proposed for it, and the studios, enterprises and supply links around them.
 */
public final class EvaluationSet {

    public record LabelledNeed(String key, MatchQuery query, Set<UUID> relevant) {
    }

    record Enterprise(UUID id, String name, String region, String section, String division) {
    }

    public final List<LabelledNeed> needs = new ArrayList<>();
    public final List<StudioDoc> studios = new ArrayList<>();
    public final Map<UUID, String> enterpriseNames = new LinkedHashMap<>();
    public final List<SupplyGraph.Link> links = new ArrayList<>();

    public static EvaluationSet load() {
        try (InputStream in = EvaluationSet.class.getResourceAsStream("/evaluation/seed-needs.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvaluationSet parse(String text) {
        EvaluationSet set = new EvaluationSet();
        Map<String, Enterprise> enterprises = new HashMap<>();
        Map<String, Set<UUID>> relevant = new LinkedHashMap<>();
        List<String[]> needLines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            switch (f[0]) {
                case "enterprise" -> {
                    Enterprise e = new Enterprise(Population.id("eval-enterprise", f[1]), f[2], f[3], f[4], f[5]);
                    enterprises.put(f[1], e);
                    set.enterpriseNames.put(e.id(), e.name());
                }
                case "link" -> set.links.add(new SupplyGraph.Link(Population.id("eval-link", f[1] + ">" + f[2]),
                        enterprises.get(f[1]).id(), enterprises.get(f[2]).id(), f[3]));
                case "need" -> needLines.add(f);
                case "studio" -> {
                    Enterprise e = enterprises.get(f[3]);
                    if (e == null) {
                        throw new IllegalArgumentException("unknown enterprise " + f[3] + " in: " + line);
                    }
                    StudioDoc s = new StudioDoc(Population.id("eval-studio", f[2]), f[2], e.id(), e.name(), e.region(),
                            e.section(), e.division(), f[4], f[5], f[6], List.of(f[7].split("、")));
                    set.studios.add(s);
                    if (!f[1].equals("-")) {
                        relevant.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(s.id());
                    }
                }
                default -> throw new IllegalArgumentException("unknown record: " + line);
            }
        }
        for (String[] f : needLines) {
            Enterprise e = enterprises.get(f[2]);
            MatchQuery q = new MatchQuery(f[4], f[5], org.alliance.matching.domain.Industries.sectionOf(f[3]), f[3],
                    e.region(), e.id(), null, "ANYWHERE", List.of(), 10);
            set.needs.add(new LabelledNeed(f[1], q, relevant.getOrDefault(f[1], Set.of())));
        }
        return set;
    }
}
