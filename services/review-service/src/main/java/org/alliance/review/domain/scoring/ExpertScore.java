package org.alliance.review.domain.scoring;

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

/** One version of an expert's scores of a case: 1 is the submission, each correction the next. Never changed. */
@Entity
@Table(name = "expert_score")
public class ExpertScore extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "expert_id")
    public UUID expertId;

    public int version;

    /** {@link ScoreItem} list as JSON text, in the rubric's order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String items;

    /** The sum of weight x points over the rubric. */
    public BigDecimal total;

    /** Why a correction was made; null for the submission. */
    public String note;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    public List<ScoreItem> items() {
        try {
            return JSON.readerFor(new TypeReference<List<ScoreItem>>() { }).readValue(JSON.readTree(items).path("items"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("score " + id + " holds unreadable items", e);
        }
    }

    public void items(List<ScoreItem> list) {
        try {
            // wrapped in an object: the reactive driver reads a jsonb column as a JSON object
            items = JSON.writeValueAsString(java.util.Map.of("items", list));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
