package org.alliance.review.domain.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A call's scoring rubric (评分细则), N experts per case and the spread threshold, as data. A call without
 * one of its own uses {@link #defaults}: the four criteria of the Beijing innovation boost with the
 * 高精尖 bonus, 3 experts, a spread of 20 points.
 */
@Entity
@Table(name = "review_rubric")
public class Rubric extends PanacheEntityBase {

    public static final int DEFAULT_EXPERTS = 3;
    public static final BigDecimal DEFAULT_SPREAD = new BigDecimal("20");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "experts_per_case")
    public int expertsPerCase;

    @Column(name = "spread_threshold")
    public BigDecimal spreadThreshold;

    /** {@link Criterion} list as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String criteria;

    /** 0 for the default rubric, which is no row. */
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Rubric defaults(UUID callId) {
        Rubric r = new Rubric();
        r.callId = callId;
        r.expertsPerCase = DEFAULT_EXPERTS;
        r.spreadThreshold = DEFAULT_SPREAD;
        r.criteria(List.of(
                new Criterion("TECHNICAL_CONTENT", "技术含量", BigDecimal.ONE, new BigDecimal("30"), false),
                new Criterion("FILLS_GAP", "填补空白", BigDecimal.ONE, new BigDecimal("25"), false),
                new Criterion("SOLVES_PROCESS_PROBLEM", "解决生产工艺难题", BigDecimal.ONE, new BigDecimal("25"), false),
                new Criterion("TRAINS_SKILLED_WORKERS", "培养技能人才", BigDecimal.ONE, new BigDecimal("20"), false),
                new Criterion("FOCUS_INDUSTRY_BONUS", "高精尖产业加分", BigDecimal.ONE, new BigDecimal("5"), true)));
        r.version = 0;
        return r;
    }

    public List<Criterion> criteria() {
        try {
            return JSON.readerFor(new TypeReference<List<Criterion>>() { }).readValue(JSON.readTree(criteria).path("criteria"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("rubric of call " + callId + " holds unreadable criteria", e);
        }
    }

    public void criteria(List<Criterion> list) {
        try {
            // wrapped in an object: the reactive driver reads a jsonb column as a JSON object
            criteria = JSON.writeValueAsString(java.util.Map.of("criteria", list));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
