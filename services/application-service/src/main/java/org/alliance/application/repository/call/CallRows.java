package org.alliance.application.repository.call;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.application.domain.call.CallTerms;
import org.alliance.eventing.sql.SessionSql;

/** A call's amount, regional quota and focus-industry rows: replaced together, read together. */
@ApplicationScoped
public class CallRows {

    /** The rows of one call. */
    public record Rows(List<CallTerms.Amount> amounts, List<CallTerms.RegionQuota> quotas,
            List<CallTerms.FocusIndustry> focusIndustries) {
    }

    public Uni<Void> replace(UUID callId, CallTerms terms) {
        return Panache.getSession().chain(session -> session.flush()
                .chain(() -> session.createNativeQuery("DELETE FROM call_amount WHERE call_id = ?1")
                        .setParameter(1, callId).executeUpdate())
                .chain(() -> session.createNativeQuery("DELETE FROM call_region_quota WHERE call_id = ?1")
                        .setParameter(1, callId).executeUpdate())
                .chain(() -> session.createNativeQuery("DELETE FROM call_focus_industry WHERE call_id = ?1")
                        .setParameter(1, callId).executeUpdate())
                .chain(() -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    int position = 0;
                    for (CallTerms.Amount a : terms.amounts()) {
                        int p = position++;
                        chain = chain.chain(() -> session.createNativeQuery(
                                "INSERT INTO call_amount (call_id, position, tier, grade, amount_rmb) VALUES (?1, ?2, ?3, ?4, ?5)")
                                .setParameter(1, callId).setParameter(2, p).setParameter(3, a.tier())
                                .setParameter(4, a.grade()).setParameter(5, a.amountRmb()).executeUpdate());
                    }
                    for (CallTerms.RegionQuota q : terms.quotas()) {
                        chain = chain.chain(() -> session.createNativeQuery(
                                "INSERT INTO call_region_quota (call_id, region_code, places) VALUES (?1, ?2, ?3)")
                                .setParameter(1, callId).setParameter(2, q.regionCode()).setParameter(3, q.places())
                                .executeUpdate());
                    }
                    for (CallTerms.FocusIndustry f : terms.focusIndustries()) {
                        for (String division : f.divisions()) {
                            chain = chain.chain(() -> session.createNativeQuery(
                                    "INSERT INTO call_focus_industry (call_id, focus, division) VALUES (?1, ?2, ?3)")
                                    .setParameter(1, callId).setParameter(2, f.focus()).setParameter(3, division)
                                    .executeUpdate());
                        }
                    }
                    return chain;
                })).replaceWithVoid();
    }

    public Uni<Rows> of(UUID callId) {
        return SessionSql.rowsAfterFlush("SELECT tier, grade, amount_rmb FROM call_amount WHERE call_id = $1 ORDER BY position", callId)
                .flatMap(amounts -> SessionSql.rows(
                        "SELECT region_code, places FROM call_region_quota WHERE call_id = $1 ORDER BY region_code", callId)
                        .flatMap(quotas -> SessionSql.rows(
                                "SELECT focus, division FROM call_focus_industry WHERE call_id = $1 ORDER BY focus, division", callId)
                                .map(focus -> new Rows(
                                        amounts.stream().map(r -> new CallTerms.Amount((String) r[0], (String) r[1],
                                                ((Number) r[2]).longValue())).toList(),
                                        quotas.stream().map(r -> new CallTerms.RegionQuota((String) r[0],
                                                ((Number) r[1]).intValue())).toList(),
                                        focusIndustries(focus)))));
    }

    private static List<CallTerms.FocusIndustry> focusIndustries(List<Object[]> rows) {
        Map<String, List<String>> byFocus = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byFocus.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return byFocus.entrySet().stream().map(e -> new CallTerms.FocusIndustry(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
