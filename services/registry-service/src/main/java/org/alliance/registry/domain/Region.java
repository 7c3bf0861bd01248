package org.alliance.registry.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GB/T 2260 administrative division (province-level or prefecture-level), with its code edition. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    public enum Level { PROVINCE, PREFECTURE }

    @Id
    @Column(columnDefinition = "bpchar(6)")
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "parent_code", columnDefinition = "bpchar(6)")
    public String parentCode;

    @Column(name = "standard_version")
    public String standardVersion;
}
