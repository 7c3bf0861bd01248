package org.alliance.matching.domain.propagation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An outcome (创新成果) as the application service published it, kept to answer feeds and lineage. */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The studio that made it. */
    @Column(name = "studio_id")
    public UUID studioId;

    public String title;

    public String summary;

    /** PATENT, PROCESS, PRODUCT or SAVING. */
    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] keywords;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The value it created where it was made, in RMB, when reported. */
    @Column(name = "value_rmb")
    public BigDecimal valueRmb;

    /** The hop limit k in force when it was propagated. */
    public int hops;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
