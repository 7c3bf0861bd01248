package org.alliance.application.domain.outcome;

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

/** An innovation outcome (创新成果) of a funded project, or the boosted patent of a studio, as published. */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "patent_application_id")
    public UUID patentApplicationId;

    @Column(name = "studio_id")
    public UUID studioId;

    @Column(name = "region_code", columnDefinition = "bpchar(6)")
    public String regionCode;

    /** PATENT, PROCESS, PRODUCT or SAVING. */
    public String kind;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> keywords;

    @Column(name = "industry_section", columnDefinition = "bpchar(1)")
    public String industrySection;

    @Column(name = "industry_division", columnDefinition = "bpchar(2)")
    public String industryDivision;

    @Column(name = "economic_value_rmb")
    public BigDecimal economicValueRmb;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** What the outcome came from: its project, or for a boosted patent the patent boost application. */
    public UUID fundedBy() {
        return projectId != null ? projectId : patentApplicationId;
    }
}
