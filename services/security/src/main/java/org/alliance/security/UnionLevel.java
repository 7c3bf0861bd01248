package org.alliance.security;

import java.util.Optional;

/**
 * The level a union signs off at (审核盖章), lowest first: the order in which an application's
 * materials are stamped before the city union receives them (seed 002).
 */
public enum UnionLevel {

    /** 单位工会: the union of one enterprise; its token also names the enterprise. */
    UNIT,
    /** 区、局、集团(公司)工会: a district, bureau or group (company) union. */
    DISTRICT,
    /** 市总工会: the city (or province-level city) federation of trade unions. */
    CITY;

    /** The level a claim value names, exactly as spelled here; empty for anything else. */
    public static Optional<UnionLevel> parse(String value) {
        for (UnionLevel level : values()) {
            if (level.name().equals(value)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The next level up, empty after the city union. */
    public Optional<UnionLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
