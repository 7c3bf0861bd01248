package org.alliance.matching.domain.propagation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The copy of an outcome in one studio's feed, with every path that brought it there. */
@Entity
@Table(name = "outcome_delivery")
@IdClass(OutcomeDelivery.Key.class)
public class OutcomeDelivery extends PanacheEntityBase {

    @Id
    @Column(name = "outcome_id")
    public UUID outcomeId;

    @Id
    @Column(name = "studio_id")
    public UUID studioId;

    /**
     * A JSON array of {@link Route}s. Bound as text and cast in SQL: the reactive driver's JSON binding
     * only takes objects, and this column holds an array. The inner cast makes PostgreSQL type the
     * parameter as text; cast straight to jsonb, the driver would send the text as a JSON string.
     */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "paths::text", write = "cast(cast(? AS text) AS jsonb)")
    public String paths;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_terms")
    public String[] relatedTerms;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** Its place in the outcome's recipient list: alliance members first, then by distance, then by id. */
    public int position;

    public static class Key implements Serializable {
        public UUID outcomeId;
        public UUID studioId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(outcomeId, k.outcomeId) && Objects.equals(studioId, k.studioId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(outcomeId, studioId);
        }
    }
}
