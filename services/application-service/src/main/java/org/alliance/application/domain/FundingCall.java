package org.alliance.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A funding call (申报批次): the window in which studios apply for one boost programme in one year. */
@Entity
@Table(name = "funding_call")
public class FundingCall extends PanacheEntityBase {

    /** 专利助推 pays per granted service-invention patent; 项目助推 funds a studio's innovation project. */
    public enum Kind { PATENT_BOOST, PROJECT_BOOST }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public int year;

    public String title;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;
}
